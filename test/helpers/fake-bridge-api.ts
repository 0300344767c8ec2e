import { logLineViews, type LogLineView } from '../../src/util/log-line-views.js';
import { shownState } from '../../src/bridge/shown-state.js';
import type {
  ActionResult,
  BridgeApi,
  BridgeEvent,
  CommandView,
  ConnectionSettingsInput,
  ConnectionView,
  DeviceView,
  Language,
  LanguageSetting,
  PortListResult,
  SystemPrinterList,
  PublicSettings,
  SaveResult,
  ShownWordMatch,
  Snapshot,
} from '../../src/bridge/api.js';
import type { DeviceConfig, DeviceInput } from '../../src/config/schema.js';
import { ConfigError, parseDevice } from '../../src/config/validate.js';
import { legacySummary } from '../../src/bridge/legacy-summary.js';
import { summaryText } from '../../src/bridge/command-summary.js';

/** 1×1 PNG, enough to prove the preview path works end to end. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

export interface FakeOptions {
  devices?: DeviceConfig[];
  commands?: CommandView[];
  ports?: PortListResult;
  printers?: SystemPrinterList;
}

/** In-memory `BridgeApi` for UI and transport tests. Records every call. */
export class FakeBridgeApi implements BridgeApi {
  readonly calls: { method: string; args: unknown[] }[] = [];
  settings: PublicSettings;
  connection: ConnectionView;
  commands: CommandView[];
  health = new Map<string, Pick<DeviceView, 'health' | 'detail' | 'flags' | 'detailNote'>>();
  ports: PortListResult;
  printers: SystemPrinterList;
  previews = new Map<string, string>();
  private listeners = new Set<(e: BridgeEvent) => void>();

  constructor(opts: FakeOptions = {}) {
    this.settings = {
      mews: {
        environment: 'demo',
        client: 'Mews Device Bridge 1.0.0',
        clientTokenSet: false,
        accessTokenSet: false,
        maxRequestsPer30s: 180,
        requestTimeoutMs: 30_000,
        maxResponseBytes: 128 * 1024 * 1024,
      },
      devices: opts.devices ?? [],
      dataDir: './bridge-data',
      tokenStorage: { kind: 'encrypted' },
      startAtLogin: null,
      language: { setting: 'auto', resolved: 'en' },
    };
    this.connection = {
      status: 'online',
      reason: null,
      since: new Date().toISOString(),
      environment: 'demo',
      lastSyncAt: new Date().toISOString(),
      paused: false,
      simulation: false,
    };
    this.commands = opts.commands ?? [];
    this.ports = opts.ports ?? { ports: [], error: null };
    this.printers = opts.printers ?? { system: 'cups', printers: [], defaultPrinter: null, error: null };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  emit(event: BridgeEvent): void {
    for (const l of this.listeners) l(event);
  }

  private record(method: string, args: unknown[]) {
    this.calls.push({ method, args });
  }

  deviceView(d: DeviceConfig): DeviceView {
    const h = this.health.get(d.id) ?? { health: 'online' as const, detail: null, flags: {} };
    const conn = 'connection' in d ? d.connection : undefined;
    const address = !conn
      ? d.driver === 'null'
        ? 'virtual'
        : 'from the command'
      : conn.type === 'serial'
        ? `${conn.path} · ${conn.baudRate} baud`
        : conn.type === 'system-queue'
          ? `printer "${conn.queue}" (raw)`
          : conn.type === 'usb-lp'
            ? `${conn.path} (USB)`
            : `${conn.host}:${conn.port}`;
    const queue = this.commands.filter((c) => c.deviceId === d.id && (c.phase === 'queued' || c.phase === 'waiting'));
    const current = this.commands.find((c) => c.deviceId === d.id && c.phase === 'running')?.id ?? null;
    return {
      id: d.id,
      name: d.name,
      driver: d.driver,
      enabled: d.enabled,
      ...h,
      queueLength: queue.length + (current ? 1 : 0),
      waiting: queue.length,
      current,
      address,
      hasPreview: this.previews.has(d.id),
    };
  }

  async getSnapshot(): Promise<Snapshot> {
    this.record('getSnapshot', []);
    const c = this.commands;
    return {
      version: '1.0.0',
      connection: { ...this.connection },
      devices: this.settings.devices.map((d) => this.deviceView(d)),
      commands: [...c].sort((a, b) => b.createdUtc.localeCompare(a.createdUtc)),
      counts: {
        queued: c.filter((x) => x.phase === 'queued' || x.phase === 'waiting').length,
        running: c.filter((x) => x.phase === 'running').length,
        failed: c.filter((x) => x.phase === 'failed' && !x.dismissed).length,
        doneToday: c.filter((x) => x.phase === 'done').length,
      },
      language: { ...this.settings.language },
    };
  }

  subscribe(listener: (event: BridgeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getSettings(): Promise<PublicSettings> {
    this.record('getSettings', []);
    return structuredClone(this.settings);
  }

  async saveConnection(input: ConnectionSettingsInput): Promise<SaveResult> {
    this.record('saveConnection', [{ ...input, clientToken: input.clientToken ? '***' : '', accessToken: input.accessToken ? '***' : '' }]);
    if (input.environment === 'custom') {
      const issues = [];
      if (!input.apiUrl) issues.push({ field: 'mews.apiUrl', message: 'is required when environment is "custom"' });
      if (!input.webSocketUrl) issues.push({ field: 'mews.webSocketUrl', message: 'is required when environment is "custom"' });
      if (issues.length) return { ok: false, issues };
    }
    const m = this.settings.mews;
    this.settings.mews = {
      ...m,
      environment: input.environment,
      apiUrl: input.apiUrl || undefined,
      webSocketUrl: input.webSocketUrl || undefined,
      client: input.client || m.client,
      clientTokenSet: m.clientTokenSet || !!input.clientToken,
      accessTokenSet: m.accessTokenSet || !!input.accessToken,
    };
    this.connection = { ...this.connection, environment: input.environment };
    this.emit({ type: 'connection', connection: { ...this.connection } });
    return { ok: true };
  }

  async saveDevice(input: DeviceInput, originalId?: string): Promise<SaveResult> {
    this.record('saveDevice', [input, originalId]);
    let device: DeviceConfig;
    try {
      device = parseDevice(input);
    } catch (err) {
      if (err instanceof ConfigError) return { ok: false, issues: err.issues };
      throw err;
    }
    const list = this.settings.devices;
    const at = originalId === undefined ? -1 : list.findIndex((d) => d.id === originalId);
    if (list.some((d, i) => d.id.toLowerCase() === device.id.toLowerCase() && i !== at))
      return { ok: false, issues: [{ field: 'id', message: 'another device already uses this Id' }] };
    if (originalId !== undefined && at < 0) return { ok: false, issues: [{ field: 'id', message: 'no such device' }] };
    if (at >= 0) list[at] = device;
    else list.push(device);
    this.emit({ type: 'device', device: this.deviceView(device) });
    return { ok: true };
  }

  async removeDevice(id: string): Promise<ActionResult> {
    this.record('removeDevice', [id]);
    const before = this.settings.devices.length;
    this.settings.devices = this.settings.devices.filter((d) => d.id !== id);
    const ok = this.settings.devices.length < before;
    if (ok) this.emit({ type: 'snapshot', snapshot: await this.getSnapshot() });
    return { ok, message: ok ? 'Device removed' : 'No such device' };
  }

  /** A test waits for this before answering (an encoder waiting for a card). */
  testGate: Promise<void> = Promise.resolve();

  async testDevice(id: string): Promise<ActionResult> {
    this.record('testDevice', [id]);
    await this.testGate;
    const d = this.settings.devices.find((x) => x.id === id);
    if (!d) return { ok: false, message: 'No such device' };
    if (d.driver === 'escpos') this.previews.set(id, TINY_PNG);
    return { ok: true, message: d.driver === 'escpos' ? 'Test page printed' : 'Encoder answered' };
  }

  updateCommand(id: string, patch: Partial<CommandView>): CommandView {
    const c = this.commands.find((x) => x.id === id);
    if (!c) throw new Error(`no command ${id}`);
    Object.assign(c, patch, { updatedAt: new Date().toISOString() });
    this.emit({ type: 'command', command: { ...c } });
    return c;
  }

  addCommand(c: CommandView): void {
    this.commands.push(c);
    this.emit({ type: 'command', command: { ...c } });
  }

  async retryCommand(id: string): Promise<ActionResult> {
    this.record('retryCommand', [id]);
    const c = this.commands.find((x) => x.id === id);
    if (!c?.canRetry) return { ok: false, message: 'This command cannot be retried' };
    this.updateCommand(id, { phase: 'queued', mewsState: 'Processing', notes: null, canRetry: false, canDismiss: false });
    return { ok: true, message: 'Queued again' };
  }

  async dismissCommand(id: string): Promise<ActionResult> {
    this.record('dismissCommand', [id]);
    const c = this.commands.find((x) => x.id === id);
    if (!c?.canDismiss) return { ok: false, message: 'This command cannot be dismissed' };
    this.updateCommand(id, { dismissed: true, canDismiss: false, canRetry: false });
    return { ok: true, message: 'Dismissed' };
  }

  async reconnect(): Promise<ActionResult> {
    this.record('reconnect', []);
    this.connection = { ...this.connection, status: 'connecting', since: new Date().toISOString() };
    this.emit({ type: 'connection', connection: { ...this.connection } });
    return { ok: true, message: 'Reconnecting to Mews' };
  }

  /** Like the core: `auto` resolves to English here (the fake has no host), a language to itself. */
  async setLanguage(language: LanguageSetting): Promise<SaveResult> {
    this.record('setLanguage', [language]);
    this.settings = { ...this.settings, language: { setting: language, resolved: language === 'auto' ? 'en' : language } };
    this.emit({ type: 'snapshot', snapshot: await this.getSnapshot() });
    return { ok: true };
  }

  async setPaused(paused: boolean): Promise<ActionResult> {
    this.record('setPaused', [paused]);
    this.connection = { ...this.connection, paused };
    this.emit({ type: 'connection', connection: { ...this.connection } });
    return { ok: true, message: paused ? 'Paused' : 'Resumed' };
  }

  async listSerialPorts(): Promise<PortListResult> {
    this.record('listSerialPorts', []);
    return structuredClone(this.ports);
  }

  async listSystemPrinters(): Promise<SystemPrinterList> {
    this.record('listSystemPrinters', []);
    return structuredClone(this.printers);
  }

  async getDevicePreview(id: string): Promise<string | null> {
    this.record('getDevicePreview', [id]);
    return this.previews.get(id) ?? null;
  }

  async searchHistory(query: string, limit = 100, language?: Language, words?: ShownWordMatch): Promise<CommandView[]> {
    this.record('searchHistory', [query, limit, ...(language ? [language] : []), ...(words ? [words] : [])]);
    const q = query.trim().toLowerCase();
    const shown = (c: CommandView) => (language && c.summaryParts ? summaryText(language, c.summaryParts) : '');
    const byWords = (c: CommandView) =>
      !!words && (words.states.includes(shownState(c)) || words.mewsStates.includes(c.mewsState) || (words.reporting && c.reportPending));
    return this.commands
      .filter(
        (c) =>
          !q ||
          byWords(c) ||
          [c.id, c.summary, shown(c), c.deviceName, c.creator ?? '', c.notes ?? ''].some((s) => s.toLowerCase().includes(q)),
      )
      .slice(0, limit);
  }

  async setStartAtLogin(enabled: boolean): Promise<ActionResult> {
    this.record('setStartAtLogin', [enabled]);
    this.settings.startAtLogin = enabled;
    return { ok: true, message: enabled ? 'Starts at sign-in' : 'No longer starts at sign-in' };
  }

  /** Lines the fake log holds (JSON, oldest first), as the real log file would. */
  logLines: string[] = [];

  async getLog(query: string, limit = 300): Promise<LogLineView[]> {
    this.record('getLog', [query, limit]);
    return logLineViews(this.logLines, query, limit);
  }

  async exportDiagnostics(): Promise<ActionResult> {
    this.record('exportDiagnostics', []);
    return { ok: true, message: 'Diagnostics saved to bridge-data/diagnostics.zip' };
  }
}

let seq = 0;
export function makeCommand(p: Partial<CommandView> & Pick<CommandView, 'deviceId' | 'deviceName'>): CommandView {
  const now = new Date().toISOString();
  seq += 1;
  const summary = p.summary ?? 'Print · 1 copy';
  return {
    id: `cmd-${seq.toString().padStart(4, '0')}`,
    deviceType: 'Printer',
    phase: 'queued',
    mewsState: 'Received',
    createdUtc: now,
    updatedAt: now,
    creator: 'Jana Nováková',
    progress: null,
    notes: null,
    summary,
    reportPending: false,
    canRetry: false,
    canDismiss: false,
    dismissed: false,
    ...p,
    summaryParts: p.summaryParts ?? legacySummary(summary),
  };
}

export function sampleDevices(): DeviceConfig[] {
  return [
    parseDevice({
      id: '10000000-0000-4000-8000-000000000001',
      name: 'Front desk printer',
      driver: 'escpos',
      connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, flowControl: 'rtscts' },
    }),
    parseDevice({
      id: '10000000-0000-4000-8000-000000000002',
      name: 'Reception printer (Ethernet)',
      driver: 'escpos',
      connection: { type: 'tcp', host: '192.168.1.40', port: 9100 },
    }),
    parseDevice({
      id: 'e0000000-0000-4000-8000-000000000001',
      name: 'Encoder 1',
      driver: 'salto',
      connection: { type: 'tcp', host: '192.168.1.20', port: 5010 },
      options: { encoder: 'Online Encoder 1', timeZone: 'Europe/Prague' },
    }),
  ];
}
