import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConfigInput, BridgeConfig, DeviceInput } from '../config/schema.js';
import type { SettingsStore } from '../config/store.js';
import { ConfigError, parseConfig, parseDevice } from '../config/validate.js';
import type { Logger } from '../util/logger.js';
import type {
  ActionResult,
  BridgeApi,
  BridgeEvent,
  CommandView,
  ConnectionSettingsInput,
  PortListResult,
  PublicSettings,
  SaveResult,
  Snapshot,
} from './api.js';
import { BridgeCore, type BridgeOptions } from './bridge.js';
import { GuestDataRetention } from './retention.js';
import { commandView, deviceView } from './views.js';
import { boundLog } from '../util/bound-log.js';
import { listSystemPrinters } from '../devices/system/index.js';
import type { SystemPrinterList } from '../devices/system/types.js';

export interface ServiceOptions extends BridgeOptions {
  store: SettingsStore;
  /** Values that override the stored settings without being saved (env tokens, demo addresses). */
  overrides?: (config: BridgeConfig) => BridgeConfig;
  /** Lists serial ports for the UI (from the transport layer). */
  listSerialPorts?: () => Promise<PortListResult>;
  /** Lists the printers of this computer (default: CUPS or the Windows spooler; the demo adds its simulated printer). */
  listSystemPrinters?: () => Promise<SystemPrinterList>;
  /** Writes a diagnostics bundle; returns its path. */
  exportDiagnostics?: () => Promise<string>;
  recentLimit?: number;
}

const SIMULATION_CONNECTION =
  'This is the built-in simulation: its Mews runs on this PC and cannot be switched to a real hotel. Stop the simulation and start the bridge with your settings file to connect to Mews.';

/** The BridgeApi over the core: views, settings, person actions. Both UIs talk to this. */
export class BridgeService implements BridgeApi {
  core!: BridgeCore;
  /** Removes guest data past `privacy.guestDataRetentionHours` (see retention.ts). */
  retention: GuestDataRetention | null = null;
  private stored!: BridgeConfig;
  private readonly listeners = new Set<(e: BridgeEvent) => void>();

  constructor(private readonly opts: ServiceOptions) {}

  /** Throws ConfigError when the stored settings are invalid. */
  async start(): Promise<void> {
    this.stored = parseConfig(this.opts.store.load());
    await this.startCore();
  }

  async stop(): Promise<void> {
    this.retention?.stop();
    await this.core?.stop();
  }

  get config(): BridgeConfig {
    return this.core.config;
  }

  /** The stored settings with the overrides on top (env tokens, --data-dir, the demo's simulator addresses). */
  private effective(): BridgeConfig {
    return this.opts.overrides ? this.opts.overrides(this.stored) : this.stored;
  }

  private async startCore(): Promise<void> {
    this.core = new BridgeCore(this.effective(), this.opts);
    this.core.on('command', (id) => {
      const v = this.commandViewOf(id);
      if (v) this.broadcast({ type: 'command', command: v });
    });
    this.core.on('device', (id) => {
      const d = this.core.config.devices.find((x) => x.id === id);
      if (d) this.broadcast({ type: 'device', device: deviceView(d, this.core.slots.get(id), this.core.mewsDeviceIds) });
    });
    this.core.on('devices', () => void this.getSnapshot().then((snapshot) => this.broadcast({ type: 'snapshot', snapshot })));
    this.core.on('connection', (reason) => this.broadcast({ type: 'connection', connection: this.core.connectionView(reason) }));
    this.core.on('notice', (level, message) => this.broadcast({ type: 'notice', level, message, at: new Date().toISOString() }));
    await this.core.start();
    this.retention?.stop();
    if (!this.opts.readOnly) {
      this.retention = new GuestDataRetention({
        journal: this.core.journal,
        dataDir: this.core.config.dataDir,
        retentionHours: this.core.config.privacy.guestDataRetentionHours,
        log: this.opts.log,
      });
      this.retention.start();
    }
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
    const e = this.core.journal.get(id);
    if (!e) return null;
    const slot = this.core.slots.get(e.deviceId);
    const running = slot?.current === id;
    return commandView(e, running, this.core.progressOf(id), !!slot && !running && slot.current !== null && slot.has(id));
  }

  async getSnapshot(): Promise<Snapshot> {
    const entries = this.core.journal
      .all()
      .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen))
      .slice(0, this.opts.recentLimit ?? 200);
    const commands = entries.map((e) => this.commandViewOf(e.id)!);
    const today = new Date().toISOString().slice(0, 10);
    const all = this.core.journal.all();
    return {
      version: this.opts.version,
      connection: this.core.connectionView(),
      devices: this.core.config.devices.map((d) => deviceView(d, this.core.slots.get(d.id), this.core.mewsDeviceIds)),
      commands,
      counts: {
        queued: commands.filter((c) => c.phase === 'queued' || c.phase === 'waiting').length,
        running: commands.filter((c) => c.phase === 'running').length,
        failed: commands.filter((c) => c.phase === 'failed' && !c.dismissed).length,
        doneToday: all.filter((e) => e.outcome?.state === 'Processed' && e.updatedAt.startsWith(today)).length,
      },
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
      startAtLogin: null,
    };
  }

  async saveConnection(input: ConnectionSettingsInput): Promise<SaveResult> {
    if (this.opts.simulation) return { ok: false, issues: [{ field: '(root)', message: SIMULATION_CONNECTION }] };
    // Tokens belong to one Mews: pointing the bridge elsewhere needs them typed again, so nobody with
    // access to the settings can send the stored tokens to a server of their choice.
    const now = this.core.config.mews;
    const moved =
      input.environment !== now.environment ||
      (input.environment === 'custom' && (input.apiUrl !== now.apiUrl || input.webSocketUrl !== now.webSocketUrl));
    if (moved && (now.clientToken || now.accessToken)) {
      const message = 'enter the tokens for the new address: saved tokens are never sent to a different server';
      const issues = [
        ...(input.clientToken?.trim() ? [] : [{ field: 'mews.clientToken', message }]),
        ...(input.accessToken?.trim() ? [] : [{ field: 'mews.accessToken', message }]),
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
      return { ok: false, issues: [{ field: 'id', message: 'another device already uses this Mews device Id' }] };
    const devices = originalId
      ? this.stored.devices.map((d) => (d.id === originalId ? device : d))
      : [...this.stored.devices, device];
    if (originalId && !this.stored.devices.some((d) => d.id === originalId))
      return { ok: false, issues: [{ field: 'id', message: 'this device no longer exists' }] };
    const saved = await this.trySave({ ...this.stored, devices });
    if (saved.ok) await this.core.applyDevices(this.effective().devices);
    return saved;
  }

  async removeDevice(id: string): Promise<ActionResult> {
    if (!this.stored.devices.some((d) => d.id === id)) return { ok: false, message: 'No such device' };
    const saved = await this.trySave({ ...this.stored, devices: this.stored.devices.filter((d) => d.id !== id) });
    if (!saved.ok) return { ok: false, message: saved.issues.map((i) => i.message).join('; ') };
    await this.core.applyDevices(this.effective().devices);
    return { ok: true, message: 'Device removed' };
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
    const slot = this.core.slots.get(id);
    if (!slot) return { ok: false, message: 'This device is not running (disabled or not configured)' };
    const signal = AbortSignal.timeout(60_000);
    try {
      return await slot.driver.test({ signal, log: boundLog(this.opts.log, { device: slot.config.name, action: 'test' }) });
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
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
    return { ok: true, message: 'Reconnecting to Mews' };
  }

  async setPaused(paused: boolean): Promise<ActionResult> {
    this.core.setPaused(paused);
    return { ok: true, message: paused ? 'Paused: new commands wait until you resume' : 'Resumed' };
  }

  async listSerialPorts(): Promise<PortListResult> {
    if (!this.opts.listSerialPorts) return { ports: [], error: 'Serial port listing is not available' };
    return this.opts.listSerialPorts();
  }

  async listSystemPrinters(): Promise<SystemPrinterList> {
    return (this.opts.listSystemPrinters ?? listSystemPrinters)();
  }

  async getDevicePreview(id: string): Promise<string | null> {
    const png = this.core.slots.get(id)?.driver.lastPreview?.();
    return png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : null;
  }

  async searchHistory(query: string, limit = 100): Promise<CommandView[]> {
    const q = query.trim().toLowerCase();
    return this.core.journal
      .all()
      .filter((e) => !q || [e.id, e.deviceName, e.summary, e.creator ?? '', e.outcome?.notes ?? '', e.outcome?.state ?? ''].some((s) => s.toLowerCase().includes(q)))
      .sort((a, b) => b.firstSeen.localeCompare(a.firstSeen))
      .slice(0, Math.max(1, Math.min(limit, 1000)))
      .map((e) => this.commandViewOf(e.id)!);
  }

  async exportDiagnostics(): Promise<ActionResult> {
    if (!this.opts.exportDiagnostics) return { ok: false, message: 'Diagnostics export is not available here' };
    try {
      return { ok: true, message: `Diagnostics saved to ${await this.opts.exportDiagnostics()}` };
    } catch (err) {
      return { ok: false, message: `Could not write diagnostics: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}

/** Builds and starts the bridge service; the desktop app and headless mode both use this. */
export async function createBridge(opts: ServiceOptions): Promise<BridgeService> {
  const service = new BridgeService(opts);
  await service.start();
  return service;
}
