import { existsSync } from 'node:fs';
import { shownState } from './shown-state.js';
import { resolve } from 'node:path';
import type { ConfigInput, BridgeConfig, DeviceInput } from '../config/schema.js';
import type { SettingsStore } from '../config/settings-store.js';
import { ConfigError, parseConfig, parseDevice } from '../config/validate.js';
import type {
  ActionResult,
  BridgeApi,
  BridgeEvent,
  CommandView,
  ConnectionSettingsInput,
  LanguageView,
  PortListResult,
  PublicSettings,
  SaveResult,
  ShownWordMatch,
  Snapshot,
} from './api.js';
import type { CorePort, CoreStats } from './core-port.js';
import { createCore, type CoreOptions } from './create-core.js';
import { summaryPartsOf, type JournalEntry } from './journal.js';
import { summaryText } from './command-summary.js';
import { commandView, deviceView } from './views.js';
import { noteMessage } from '../i18n/render-note.js';
import { errorNote } from '../devices/driver.js';
import { msg } from '../i18n/note.js';
import { boundLog } from '../util/bound-log.js';
import { logLineViews, type LogLineView } from '../util/log-line-views.js';
import { listSystemPrinters } from '../devices/system/index.js';
import type { SystemPrinterList } from '../devices/system/types.js';
import { resolveLanguage, type Language, type LanguageSetting } from '../i18n/languages.js';
import { currentHostLocale } from '../i18n/host-locale.js';

export interface ServiceOptions extends CoreOptions {
  store: SettingsStore;
  /** Values that override the stored settings without being saved (env tokens, demo addresses). */
  overrides?: (config: BridgeConfig) => BridgeConfig;
  /** Lists serial ports for the UI (from the transport layer). */
  listSerialPorts?: () => Promise<PortListResult>;
  /** Lists the printers of this computer (default: CUPS or the Windows spooler; the demo adds its simulated printer). */
  listSystemPrinters?: () => Promise<SystemPrinterList>;
  /** Writes a diagnostics bundle; returns its path. */
  exportDiagnostics?: () => Promise<string>;
  /** The last `n` lines of the log file (JSON), for the Logs screen. */
  logTail?: (n: number) => string[];
  recentLimit?: number;
  /** The desktop shell's UI locale (Electron's `app.getLocale()`), one of the sources `language: auto` reads. */
  appLocale?: string;
  /** Assembles the core for a config; `createCore` unless a test or diagnostics needs another. */
  createCore?: (config: BridgeConfig, opts: CoreOptions) => CorePort;
}

/** The BridgeApi over the core: views, settings, person actions. Both UIs talk to this. */
export class BridgeService implements BridgeApi {
  private core!: CorePort;
  private stored!: BridgeConfig;
  private readonly listeners = new Set<(e: BridgeEvent) => void>();

  constructor(private readonly opts: ServiceOptions) {}

  /** Throws ConfigError when the stored settings are invalid. */
  async start(): Promise<void> {
    this.open();
    await this.startCore();
  }

  /**
   * Reads the settings and assembles the core without starting it: enough to read the journal and
   * build views (diagnostics). Throws ConfigError when the stored settings are invalid.
   */
  open(): void {
    this.stored = parseConfig(this.opts.store.load());
    this.core = this.assemble();
  }

  async stop(): Promise<void> {
    await this.core?.stop();
  }

  /** The effective settings (overrides applied), tokens included: for the process that owns them, never for a UI. */
  get config(): BridgeConfig {
    return this.core.config;
  }

  /** Every journal entry (for the diagnostics bundle). */
  journalEntries(): JournalEntry[] {
    return this.core.entries();
  }

  /** Sizes of the core's in-memory tables (the soak watches them for leaks) and its counters. */
  coreStats(): CoreStats {
    return this.core.stats();
  }

  /** Removes guest data past the retention period as if it were `now` (ms); returns the command ids swept. */
  sweepGuestData(now?: number): string[] {
    return this.core.sweepGuestData(now);
  }

  /** Re-reads every active command from Mews now (tests, and support after a network change). */
  resync(reason: string): Promise<void> {
    return this.core.resync(reason);
  }

  /** The stored settings with the overrides on top (env tokens, --data-dir, the demo's simulator addresses). */
  private effective(): BridgeConfig {
    return this.opts.overrides ? this.opts.overrides(this.stored) : this.stored;
  }

  private assemble(): CorePort {
    return (this.opts.createCore ?? createCore)(this.effective(), { ...this.opts, language: () => this.language() });
  }

  private async startCore(): Promise<void> {
    const core = this.core;
    core.on('command', (id) => {
      const v = this.commandViewOf(id);
      if (v) this.broadcast({ type: 'command', command: v });
    });
    core.on('device', (id) => {
      const d = core.config.devices.find((x) => x.id === id);
      if (d) this.broadcast({ type: 'device', device: deviceView(d, core.deviceState(id)) });
    });
    core.on('devices', () => void this.getSnapshot().then((snapshot) => this.broadcast({ type: 'snapshot', snapshot })));
    core.on('connection', (reason) => this.broadcast({ type: 'connection', connection: core.connectionView(reason) }));
    core.on('notice', (level, message, note) =>
      this.broadcast({ type: 'notice', level, message, ...(note ? { messageNote: note } : {}), at: new Date().toISOString() }),
    );
    await core.start();
  }

  /** The language setting and what it resolves to now (read at each call: a changed setting or environment counts at once). */
  languageView(): LanguageView {
    const setting = this.stored.language;
    return { setting, resolved: this.language() };
  }

  /** The language notes are written in now. */
  language(): Language {
    return resolveLanguage(this.stored.language, currentHostLocale(this.opts.appLocale));
  }

  private broadcast(e: BridgeEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.opts.log.warn({ err: String(err) }, 'A UI listener failed');
      }
    }
  }

  private commandViewOf(id: string): CommandView | null {
    const s = this.core.commandState(id);
    return s ? commandView(s.entry, s.running, s.progress, s.queuedBehind) : null;
  }

  async getSnapshot(): Promise<Snapshot> {
    const entries = this.core
      .entries()
      .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen))
      .slice(0, this.opts.recentLimit ?? 200);
    const commands = entries.map((e) => this.commandViewOf(e.id)!);
    const today = new Date().toISOString().slice(0, 10);
    const all = this.core.entries();
    return {
      version: this.opts.version,
      connection: this.core.connectionView(),
      devices: this.core.config.devices.map((d) => deviceView(d, this.core.deviceState(d.id))),
      commands,
      counts: {
        queued: commands.filter((c) => c.phase === 'queued' || c.phase === 'waiting').length,
        running: commands.filter((c) => c.phase === 'running').length,
        failed: commands.filter((c) => c.phase === 'failed' && !c.dismissed).length,
        doneToday: all.filter((e) => e.outcome?.state === 'Processed' && e.updatedAt.startsWith(today)).length,
      },
      language: this.languageView(),
    };
  }

  subscribe(listener: (event: BridgeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getSettings(): Promise<PublicSettings> {
    const { clientToken, accessToken, ...mews } = this.core.config.mews;
    return {
      mews: { ...mews, clientTokenSet: clientToken.length > 0, accessTokenSet: accessToken.length > 0 },
      // What runs, so a device's form shows the address its card shows (the demo points its own devices at its simulators).
      devices: this.core.config.devices,
      dataDir: existsSync(this.core.config.dataDir) ? resolve(this.core.config.dataDir) : null,
      tokenStorage: this.opts.store.tokenStorage?.() ?? { kind: 'memory' },
      startAtLogin: null,
      language: this.languageView(),
    };
  }

  async saveConnection(input: ConnectionSettingsInput): Promise<SaveResult> {
    if (this.opts.simulation) return { ok: false, issues: [{ field: '(root)', ...noteMessage(msg('issue.simulationConnection')) }] };
    // Tokens belong to one Mews: pointing the bridge elsewhere needs them typed again, so nobody with
    // access to the settings can send the stored tokens to a server of their choice.
    const now = this.core.config.mews;
    const moved =
      input.environment !== now.environment ||
      (input.environment === 'custom' && (input.apiUrl !== now.apiUrl || input.webSocketUrl !== now.webSocketUrl));
    if (moved && (now.clientToken || now.accessToken)) {
      const message = noteMessage(msg('issue.tokensForNewAddress'));
      const issues = [
        ...(input.clientToken?.trim() ? [] : [{ field: 'mews.clientToken', ...message }]),
        ...(input.accessToken?.trim() ? [] : [{ field: 'mews.accessToken', ...message }]),
      ];
      if (issues.length) return { ok: false, issues };
    }
    const mews: ConfigInput['mews'] = {
      ...this.stored.mews,
      environment: input.environment,
      apiUrl: input.environment === 'custom' ? input.apiUrl : undefined,
      webSocketUrl: input.environment === 'custom' ? input.webSocketUrl : undefined,
      client: input.client?.trim() || this.stored.mews.client,
      clientToken: input.clientToken?.trim() || this.stored.mews.clientToken,
      accessToken: input.accessToken?.trim() || this.stored.mews.accessToken,
    };
    const saved = await this.trySave({ ...this.stored, mews });
    if (!saved.ok) return saved;
    await this.core.stop();
    this.core = this.assemble();
    await this.startCore();
    return saved;
  }

  async saveDevice(input: DeviceInput, originalId?: string): Promise<SaveResult> {
    let device;
    try {
      device = parseDevice(input);
    } catch (e) {
      if (e instanceof ConfigError) return { ok: false, issues: e.issues };
      throw e;
    }
    const others = originalId === undefined ? this.stored.devices : this.stored.devices.filter((d) => d.id !== originalId);
    if (others.some((d) => d.id.toLowerCase() === device.id.toLowerCase()))
      return { ok: false, issues: [{ field: 'id', ...noteMessage(msg('issue.duplicateDeviceId')) }] };
    const devices = originalId ? this.stored.devices.map((d) => (d.id === originalId ? device : d)) : [...this.stored.devices, device];
    if (originalId && !this.stored.devices.some((d) => d.id === originalId))
      return { ok: false, issues: [{ field: 'id', ...noteMessage(msg('issue.deviceGone')) }] };
    const saved = await this.trySave({ ...this.stored, devices });
    if (saved.ok) await this.core.applyDevices(this.effective().devices);
    return saved;
  }

  async removeDevice(id: string): Promise<ActionResult> {
    if (!this.stored.devices.some((d) => d.id === id)) return { ok: false, ...noteMessage(msg('action.noSuchDevice')) };
    const saved = await this.trySave({ ...this.stored, devices: this.stored.devices.filter((d) => d.id !== id) });
    if (!saved.ok) return { ok: false, message: saved.issues.map((i) => i.message).join('; ') };
    await this.core.applyDevices(this.effective().devices);
    return { ok: true, ...noteMessage(msg('action.deviceRemoved')) };
  }

  private async trySave(next: unknown): Promise<SaveResult> {
    let parsed: BridgeConfig;
    try {
      parsed = parseConfig(next);
    } catch (e) {
      if (e instanceof ConfigError) return { ok: false, issues: e.issues };
      throw e;
    }
    await this.opts.store.save(parsed);
    this.stored = parsed;
    return { ok: true };
  }

  async testDevice(id: string): Promise<ActionResult> {
    const name = this.core.config.devices.find((d) => d.id === id)?.name ?? id;
    const signal = AbortSignal.timeout(60_000);
    try {
      const test = this.core.testDevice(id, { signal, log: boundLog(this.opts.log, { device: name, action: 'test' }) });
      if (!test) return { ok: false, ...noteMessage(msg('action.deviceNotRunning')) };
      return await test;
    } catch (err) {
      return { ok: false, ...noteMessage(errorNote(err)) };
    }
  }

  async retryCommand(id: string): Promise<ActionResult> {
    return this.core.retry(id);
  }

  async dismissCommand(id: string): Promise<ActionResult> {
    return this.core.dismiss(id);
  }

  async reconnect(): Promise<ActionResult> {
    this.core.reconnect();
    return { ok: true, ...noteMessage(msg('action.reconnecting')) };
  }

  async setPaused(paused: boolean): Promise<ActionResult> {
    this.core.setPaused(paused);
    return { ok: true, ...noteMessage(msg(paused ? 'action.paused' : 'action.resumed')) };
  }

  async setLanguage(language: LanguageSetting): Promise<SaveResult> {
    const saved = await this.trySave({ ...this.stored, language });
    if (saved.ok) {
      this.opts.log.info({ language, resolved: this.language() }, 'Language of notes changed');
      void this.getSnapshot().then((snapshot) => this.broadcast({ type: 'snapshot', snapshot }));
    }
    return saved;
  }

  async listSerialPorts(): Promise<PortListResult> {
    if (!this.opts.listSerialPorts) return { ports: [], error: 'Serial port listing is not available' };
    return this.opts.listSerialPorts();
  }

  async listSystemPrinters(): Promise<SystemPrinterList> {
    return (this.opts.listSystemPrinters ?? listSystemPrinters)();
  }

  async getDevicePreview(id: string): Promise<string | null> {
    const png = this.core.devicePreview(id);
    return png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : null;
  }

  async searchHistory(query: string, limit = 100, language?: Language, shown?: ShownWordMatch): Promise<CommandView[]> {
    const q = query.trim().toLocaleLowerCase(language);
    // The summary as the UI shows it (`language`), and in English (what /api/status and older UIs show).
    const shownSummary = (e: JournalEntry) => (language && language !== 'en' ? summaryText(language, summaryPartsOf(e)) : '');
    const text = (e: JournalEntry) =>
      [e.id, e.deviceName, e.summary, shownSummary(e), e.creator ?? '', e.outcome?.notes ?? '', e.outcome?.state ?? ''].some((s) =>
        s.toLocaleLowerCase(language).includes(q),
      );
    // Words from the UI's catalogs: the UI said which values its words for them contain the query.
    const words = (c: CommandView) =>
      !!shown && (shown.states.includes(shownState(c)) || shown.mewsStates.includes(c.mewsState) || (shown.reporting && c.reportPending));
    return this.core
      .entries()
      .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen))
      .map((e) => ({ e, c: this.commandViewOf(e.id)! }))
      .filter(({ e, c }) => !q || text(e) || words(c))
      .slice(0, Math.max(1, Math.min(limit, 1000)))
      .map(({ c }) => c);
  }

  async getLog(query: string, limit = 300): Promise<LogLineView[]> {
    // Read more than asked for, so a filter still finds lines among the recent ones.
    return logLineViews(this.opts.logTail?.(5000) ?? [], query, Math.max(1, Math.min(limit, 2000)));
  }

  async exportDiagnostics(): Promise<ActionResult> {
    if (!this.opts.exportDiagnostics) return { ok: false, ...noteMessage(msg('action.diagnosticsUnavailable')) };
    try {
      return { ok: true, ...noteMessage(msg('action.diagnosticsSaved', { path: await this.opts.exportDiagnostics() })) };
    } catch (err) {
      return { ok: false, ...noteMessage(msg('action.diagnosticsFailed', { error: err instanceof Error ? err.message : String(err) })) };
    }
  }
}

/** Builds and starts the bridge service; the desktop app and headless mode both use this. */
export async function createBridge(opts: ServiceOptions): Promise<BridgeService> {
  const service = new BridgeService(opts);
  await service.start();
  return service;
}
