import { EventEmitter } from 'node:events';
import type { BridgeConfig, DeviceConfig } from '../config/schema.js';
import { DeviceError, type Driver } from '../devices/driver.js';
import { createDriver } from '../devices/registry.js';
import { MewsApiClient, type ApiClientOptions, type Credentials } from '../mews/api-client.js';
import { mewsAddresses, socketEndpoint } from '../mews/environments.js';
import { MewsApiError } from '../mews/errors.js';
import { MewsSocket, type SocketState } from '../mews/socket.js';
import { FINAL_STATES, type MewsCommand } from '../mews/wire.js';
import { AbortedError } from '../util/abort.js';
import { backoffDelay } from '../util/backoff.js';
import type { Logger } from '../util/logger.js';
import type { ConnectionView } from './api.js';
import { CommandFetcher } from './command-fetcher.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, parseCommand, type ParsedCommand } from './command-data.js';
import { DeviceSlot } from './device-slot.js';
import { DataDirLock } from './data-lock.js';
import { Journal, type FinalState, type JournalEntry } from './journal.js';
import { finalNote, INTERRUPTED_NOTE, timeoutNote, unexpectedNote } from './notes.js';
import { Reporter } from './reporter.js';
import { DEFAULT_TUNING, type BridgeTuning } from './tuning.js';
import { boundLog } from '../util/bound-log.js';


export interface BridgeOptions {
  log: Logger;
  version: string;
  /** Overrides for tests: socket timings, fetch window, journal fsync, periodic resync. */
  tuning?: Partial<BridgeTuning>;
  /** Builds a driver for a device; defaults to the registry. */
  driverFactory?: (device: DeviceConfig) => Driver;
  /** Read the journal without touching it (diagnostics next to a running bridge). */
  readOnly?: boolean;
  /** The built-in simulation (`npm run demo`): Mews and the devices are simulators on this PC. */
  simulation?: boolean;
  /** Told about every Connector API attempt (metrics). */
  onMewsRequest?: ApiClientOptions['onRequest'];
}

/** The largest print document a device takes (its `maxPdfBytes` where it has one). */
function documentLimit(device: DeviceConfig): number {
  const o = device.options as { maxPdfBytes?: number };
  return o.maxPdfBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
}

/** A command read from Mews this recently is not read again before it runs. */
const FRESH_READ_MS = 1_000;

/** What changed inside the core; the service turns these into BridgeEvents with views. */
export interface CoreEvents {
  command: [id: string];
  device: [id: string];
  devices: [];
  connection: [reason: string | undefined];
  notice: [level: 'info' | 'warn' | 'error', message: string];
}

/**
 * The orchestration: Mews events and re-syncs in, per-device queues through drivers, results out.
 * Owns the guarantees of ARCHITECTURE.md: nothing lost, nothing run twice, foreign devices untouched.
 */
export class BridgeCore extends EventEmitter<CoreEvents> {
  readonly journal: Journal;
  readonly api: MewsApiClient;
  readonly socket: MewsSocket;
  readonly slots = new Map<string, DeviceSlot>();
  private readonly lock: DataDirLock;
  private readonly fetcher: CommandFetcher;
  private readonly reporter: Reporter;
  private readonly tuning: BridgeTuning;
  private readonly log: Logger;
  /** Ids being looked at right now (fetch in flight), so a burst of events costs one fetch. */
  private readonly looking = new Set<string>();
  /** Commands of devices we don't own, so their events are not re-fetched every time. */
  private readonly foreign = new Set<string>();
  /** Ids a person asked to run again although Mews has them as Error. */
  private readonly retrying = new Set<string>();
  private readonly progress = new Map<string, number>();
  private readonly delivering = new Set<string>();
  /** Each queued command as last read from Mews; a read this fresh makes the pre-run re-read redundant. */
  private readonly recentRead = new Map<string, { cmd: MewsCommand; at: number; parsed: ParsedCommand }>();
  private timers: NodeJS.Timeout[] = [];
  private resyncTimer: NodeJS.Timeout | null = null;
  private resyncFailures = 0;
  private stopping = false;
  paused = false;
  lastSyncAt: string | null = null;
  connectionSince = new Date().toISOString();

  constructor(
    public config: BridgeConfig,
    private readonly opts: BridgeOptions,
  ) {
    super();
    this.log = opts.log;
    this.tuning = { ...DEFAULT_TUNING, ...opts.tuning };
    // The lock comes first: opening the journal compacts it, which must never happen under another bridge.
    this.lock = new DataDirLock(config.dataDir);
    if (!opts.readOnly) this.lock.acquire();
    this.journal = new Journal({ dataDir: config.dataDir, fsync: this.tuning.journalFsync, readOnly: opts.readOnly });
    const addr = mewsAddresses(config.mews);
    const credentials = (): Credentials => ({
      clientToken: this.config.mews.clientToken,
      accessToken: this.config.mews.accessToken,
      client: this.config.mews.client,
    });
    this.api = new MewsApiClient({
      apiUrl: addr.apiUrl,
      credentials,
      log: this.log,
      maxRequestsPer30s: config.mews.maxRequestsPer30s,
      requestTimeoutMs: config.mews.requestTimeoutMs,
      maxResponseBytes: config.mews.maxResponseBytes,
      onRequest: opts.onMewsRequest,
      maxAttempts: this.tuning.apiMaxAttempts,
      backoffBaseMs: this.tuning.apiBackoffBaseMs,
      backoffCapMs: this.tuning.apiBackoffCapMs,
    });
    this.socket = new MewsSocket({
      url: socketEndpoint(addr.webSocketUrl),
      credentials,
      log: this.log,
      pingIntervalMs: this.tuning.pingIntervalMs,
      pongTimeoutMs: this.tuning.pongTimeoutMs,
      reconnectBaseMs: this.tuning.reconnectBaseMs,
      reconnectCapMs: this.tuning.reconnectCapMs,
    });
    this.fetcher = new CommandFetcher(this.api, this.tuning.fetchWindowMs);
    this.fetcher.onInvalid = (items) => {
      for (const i of items) this.unreadable(i);
    };
    this.reporter = new Reporter(this.api, this.log, this.tuning.progressIntervalMs);
  }

  async start(): Promise<void> {
    for (const d of this.config.devices) if (d.enabled) await this.addSlot(d);
    this.socket.on('state', (s) => this.onSocketState(s));
    this.socket.on('commands', (events) => {
      if (this.paused) return;
      for (const e of events) this.consider(e.id, e.state);
    });
    await this.recover();
    this.socket.start();
    this.timers.push(setInterval(() => void this.resync('periodic'), this.tuning.resyncIntervalMs));
    this.timers.push(
      setInterval(() => {
        if (this.socket.state.status !== 'online') void this.resync('offline poll');
      }, this.tuning.offlinePollMs),
    );
  }

  /** Stop taking new commands, let running jobs finish (bounded), deliver final states, close. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.socket.stop();
    const closing = [...this.slots.values()].map((s) => s.close(false));
    const deadline = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
    if ((await Promise.race([Promise.all(closing), deadline])) === 'timeout') {
      for (const s of this.slots.values()) s.currentAbort?.abort(new Error('The bridge is stopping'));
      await Promise.all(closing);
    }
    await Promise.race([this.reporter.drain(), new Promise((r) => setTimeout(r, 2000).unref())]);
    this.reporter.close();
    for (const s of this.slots.values()) await s.driver.stop().catch(() => undefined);
    this.journal.close();
    this.lock.release();
    this.emitConnection();
  }

  // ---- intake -------------------------------------------------------------------------------

  /**
   * A hint that command `id` changed: look at it unless we already know all there is. `stateHint`
   * is the event's State; the echo of our own Received/Processing updates needs no fetch.
   */
  consider(id: string, stateHint: string | null = null): void {
    if (this.stopping || this.looking.has(id) || this.foreign.has(id)) return;
    const e = this.journal.get(id);
    if (e?.phase === 'final' && !this.retrying.has(id)) return void this.deliver(id);
    const slot = e ? this.slots.get(e.deviceId) : undefined;
    // Our own Received/Processing updates echo back; only a Processing we never sent is news.
    const ours = stateHint === 'Pending' || stateHint === 'Received' || (stateHint === 'Processing' && e?.phase !== 'queued');
    if (e && slot?.has(id) && ours) return;
    if (e && slot?.current === id) return this.watchRunning(id);
    this.looking.add(id);
    this.fetcher
      .fetch(id)
      .then((cmd) => (cmd ? this.handle(cmd) : this.log.warn({ commandId: id }, 'Mews does not know this command')))
      .catch((err) => {
        this.log.warn({ commandId: id, err: String(err) }, 'Could not fetch the command; will re-sync');
        this.scheduleResync();
      })
      .finally(() => this.looking.delete(id));
  }

  /** Re-read everything active plus everything unfinished in the journal. */
  async resync(reason: string): Promise<void> {
    if (this.stopping || this.paused) return;
    try {
      const active = await this.api.getAllActive();
      for (const i of active.invalid) this.unreadable(i);
      for (const cmd of active.commands) if (!this.looking.has(cmd.Id)) this.handle(cmd);
      const activeIds = new Set(active.commands.map((c) => c.Id));
      for (const e of this.journal.unfinished()) if (!activeIds.has(e.id)) this.consider(e.id);
      this.lastSyncAt = new Date().toISOString();
      this.resyncFailures = 0;
      this.log.debug({ reason, active: active.commands.length }, 'Re-synced with Mews');
      this.emitConnection();
    } catch (err) {
      if (err instanceof MewsApiError && err.kind === 'unauthorized') this.emitConnection(err.message);
      this.log.warn({ reason, err: String(err) }, 'Re-sync with Mews failed; will try again');
      this.resyncFailures++;
      this.scheduleResync();
    }
  }

  /** A re-sync soon (backing off while Mews keeps failing), so a failed fetch never strands a command. */
  private scheduleResync(): void {
    if (this.resyncTimer || this.stopping) return;
    const delay = backoffDelay(this.resyncFailures, 1_000, 30_000);
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      void this.resync('after a failure');
    }, delay);
  }

  private handle(cmd: MewsCommand): void {
    const slot = this.slots.get(cmd.Device.Id);
    const entry = this.journal.get(cmd.Id);
    if ((!slot || slot.conflict) && !entry) {
      this.markForeign(cmd.Id);
      return;
    }
    if (entry) return this.handleKnown(cmd, entry, slot);
    if (FINAL_STATES.has(cmd.State)) return;
    if (cmd.State === 'Received' || cmd.State === 'Processing') {
      // Claimed, but not by us: another bridge serves this device too.
      this.markForeign(cmd.Id);
      return this.conflictOn(slot!, cmd.State);
    }
    const parsed = parseCommand(cmd, documentLimit(slot!.config));
    const created = this.journal.create({
      id: cmd.Id,
      deviceId: cmd.Device.Id,
      deviceName: slot!.config.name,
      deviceType: cmd.Device.Type,
      createdUtc: cmd.CreatedUtc,
      creator: [cmd.Creator?.FirstName, cmd.Creator?.LastName].filter(Boolean).join(' ') || null,
      summary: parsed.summary,
    });
    if (!parsed.ok) return this.finish(created.id, 'Error', parsed.note);
    this.emitCommand(created.id);
    // Mews allows Pending → Processing; Received is only worth a request when the command has to wait.
    if (cmd.State === 'Pending' && slot!.queueLength > 0) void this.reporter.send({ CommandId: cmd.Id, State: 'Received' });
    this.recentRead.set(cmd.Id, { cmd, at: Date.now(), parsed });
    slot!.enqueue(cmd.Id);
  }

  /** Remembers a command that is not ours so its events cost nothing; bounded (forgetting only costs a fetch). */
  private markForeign(id: string): void {
    if (this.foreign.size >= 10_000) this.foreign.clear();
    this.foreign.add(id);
  }

  /**
   * A command Mews sent in a shape we cannot read. If it names one of our devices it fails with a note
   * (so it does not sit Pending for ever); otherwise it is not ours to touch.
   */
  private unreadable(item: { id: string | null; reason: string; raw: unknown }): void {
    this.log.warn({ commandId: item.id, reason: item.reason }, 'Mews sent a command this bridge cannot read');
    const note = `Mews sent this command in a form the bridge cannot read (${item.reason}). Please send it again.`;
    const known = item.id ? this.journal.get(item.id) : undefined;
    if (known) {
      // Ours and still waiting, but it no longer reads: fail it now. Left queued, it was re-read at every
      // re-sync for ever (about two requests a second, out of the token's shared budget).
      if (known.phase === 'queued') {
        this.slots.get(known.deviceId)?.remove(known.id);
        this.finish(known.id, 'Error', note);
      }
      return;
    }
    const deviceId = (item.raw as { Device?: { Id?: unknown } } | null)?.Device?.Id;
    const slot = typeof deviceId === 'string' ? this.slots.get(deviceId) : undefined;
    if (!item.id || !slot || slot.conflict) return;
    const state = (item.raw as { State?: unknown }).State;
    if (typeof state === 'string' && state !== 'Pending') return; // someone else has it, or it is closed
    this.journal.create({
      id: item.id,
      deviceId: slot.config.id,
      deviceName: slot.config.name,
      deviceType: String((item.raw as { Device: { Type?: unknown } }).Device.Type ?? 'unknown'),
      createdUtc: String((item.raw as { CreatedUtc?: unknown }).CreatedUtc ?? new Date().toISOString()),
      creator: null,
      summary: 'Unreadable command',
    });
    this.finish(item.id, 'Error', note);
  }

  private handleKnown(cmd: MewsCommand, entry: JournalEntry, slot: DeviceSlot | undefined): void {
    if (entry.phase === 'final') {
      if (this.retrying.has(entry.id) && slot) return slot.enqueue(entry.id);
      if (!entry.reported) void this.deliver(entry.id);
      return;
    }
    if (slot && !slot.conflict && entry.phase === 'queued' && slot.current !== entry.id && (cmd.State === 'Processing' || cmd.State === 'Processed' || cmd.State === 'Error'))
      return this.conflictOn(slot, cmd.State);
    if (cmd.State === 'Cancelled' || cmd.State === 'Processed') {
      // Someone (a user in Mews, another bridge) closed it: stop, but never re-report.
      slot?.remove(entry.id);
      this.recentRead.delete(entry.id);
      if (slot?.current === entry.id) slot.currentAbort?.abort(new Error('Cancelled in Mews'));
      this.journal.update(entry.id, { phase: 'final', outcome: { state: cmd.State, notes: null }, reported: true }, true);
      return this.emitCommand(entry.id);
    }
    if (slot?.has(entry.id)) return;
    if (entry.phase === 'sent') return this.finish(entry.id, 'Error', INTERRUPTED_NOTE);
    if (!slot) return this.finish(entry.id, 'Error', `Device "${entry.deviceName}" was removed from this bridge before the command ran.`);
    slot.enqueue(entry.id); // queued or started (nothing reached the device): safe to run
  }

  /**
   * Another bridge is running commands of this device (Mews has no way to claim a command, so two
   * bridges on one device would race): refuse the device, hand back what is waiting, and say so.
   */
  private conflictOn(slot: DeviceSlot, seenState: string): void {
    if (slot.conflict) return;
    const name = slot.config.name;
    slot.conflict = `Another bridge is also serving "${name}" (a command was ${seenState} elsewhere). This bridge leaves it alone: remove the device from one bridge, then save it here again to take it back.`;
    for (const id of slot.drain()) {
      this.recentRead.delete(id);
      this.journal.update(id, { phase: 'final', outcome: null, reported: true, handedOver: true }, true);
      this.emitCommand(id);
    }
    this.log.warn({ device: name, seenState }, 'Device refused: another bridge serves it too');
    this.emit('notice', 'warn', slot.conflict);
    this.emit('device', slot.config.id);
  }

  private watchRunning(id: string): void {
    if (this.looking.has(id)) return;
    this.looking.add(id);
    this.fetcher
      .fetch(id)
      .then((cmd) => {
        if (cmd && cmd.State === 'Cancelled') {
          const slot = this.slots.get(cmd.Device.Id);
          if (slot?.current === id) slot.currentAbort?.abort(new Error('Cancelled in Mews'));
        }
      })
      .catch(() => undefined)
      .finally(() => this.looking.delete(id));
  }

  /** After a crash: anything that may have reached a device is reported, never re-run. */
  private async recover(): Promise<void> {
    for (const e of this.journal.unfinished()) {
      if (e.phase === 'sent') this.finishLocal(e.id, 'Error', INTERRUPTED_NOTE);
      if (this.journal.get(e.id)!.phase === 'final') void this.deliver(e.id);
    }
  }

  // ---- execution ----------------------------------------------------------------------------

  private async run(id: string, slot: DeviceSlot): Promise<void> {
    if (this.stopping || this.paused) return;
    const retry = this.retrying.delete(id);
    let cmd: MewsCommand | null;
    const recent = this.recentRead.get(id);
    this.recentRead.delete(id);
    const fresh = recent && Date.now() - recent.at < FRESH_READ_MS ? recent : undefined;
    try {
      // Re-read unless we read it a moment ago: it may have been cancelled while it waited.
      cmd = fresh ? fresh.cmd : await this.fetcher.fetch(id);
    } catch (err) {
      this.log.warn({ commandId: id, err: String(err) }, 'Could not re-read the command before running it; will re-sync');
      this.scheduleResync();
      return;
    }
    const entry = this.journal.get(id)!;
    if (!cmd) return this.finish(id, 'Error', 'Mews no longer knows this command.');
    if (cmd.State === 'Cancelled' || cmd.State === 'Processed' || (cmd.State === 'Error' && !retry)) {
      this.journal.update(id, { phase: 'final', outcome: entry.outcome ?? { state: cmd.State, notes: null }, reported: true }, true);
      return this.emitCommand(id);
    }
    const parsed = fresh ? fresh.parsed : parseCommand(cmd, documentLimit(slot.config)); // a fresh read was parsed (PDF decoded) on arrival
    if (!parsed.ok) return this.finish(id, 'Error', parsed.note);

    this.journal.update(id, { phase: 'started', outcome: null, reported: false, attempts: entry.attempts + 1 }, true);
    this.progress.set(id, 0);
    this.emitCommand(id);
    void this.reporter.send({ CommandId: id, State: 'Processing', Progress: 0 });

    const abort = new AbortController();
    slot.currentAbort = abort;
    const timeoutMs = slot.config.options.jobTimeoutSeconds * 1000;
    const timer = setTimeout(() => abort.abort(new Error('timeout')), timeoutMs);
    let sent = false;
    try {
      const result = await slot.driver.execute(parsed.job, {
        jobId: id,
        signal: abort.signal,
        log: boundLog(this.log, { commandId: id, device: slot.config.name }),
        progress: (f) => {
          this.progress.set(id, f);
          this.emitCommand(id);
          this.reporter.progress(id, f);
        },
        beforeSideEffect: async () => {
          if (abort.signal.aborted) throw new AbortedError(abort.signal.reason);
          if (!sent) this.journal.update(id, { phase: 'sent' }, true);
          sent = true;
        },
      });
      this.finish(id, 'Processed', result.notes ?? null);
    } catch (err) {
      const reason = abort.signal.reason as Error | undefined;
      if (reason?.message === 'Cancelled in Mews') {
        this.journal.update(id, { phase: 'final', outcome: { state: 'Cancelled', notes: null }, reported: true }, true);
        this.emitCommand(id);
      } else if (abort.signal.aborted && this.stopping && !sent) {
        // Parked: the journal still says 'started' (nothing reached the device), so it runs after restart.
      } else if (reason?.message === 'timeout') {
        this.finish(id, 'Error', timeoutNote(slot.config.name, timeoutMs / 1000, sent));
      } else if (err instanceof DeviceError) {
        this.finish(id, 'Error', err.message);
      } else {
        this.log.error({ commandId: id, err: err instanceof Error ? err.stack : String(err) }, 'Driver failed unexpectedly');
        this.finish(id, 'Error', unexpectedNote(slot.config.name, err, sent));
      }
    } finally {
      clearTimeout(timer);
      this.progress.delete(id);
    }
  }

  private finishLocal(id: string, state: FinalState, rawNotes: string | null): void {
    const notes = rawNotes === null ? null : finalNote(rawNotes);
    this.journal.update(id, { phase: 'final', outcome: { state, notes }, reported: false }, true);
    this.emitCommand(id);
    const device = this.journal.get(id)!.deviceName;
    if (state !== 'Error') return;
    // Every failure leaves a log line, whatever failed (a device's own error such as "not responding",
    // a timeout, an interruption), not only the unexpected ones.
    this.log.warn({ commandId: id, device, notes }, 'Command failed');
    this.emit('notice', 'error', notes?.includes(device) ? notes : `${device}: ${notes}`);
  }

  /** Records the outcome durably, then tells Mews in the background (ordered per command by the reporter). */
  private finish(id: string, state: FinalState, notes: string | null): void {
    this.finishLocal(id, state, notes);
    void this.deliver(id);
  }

  /** Tells Mews the recorded outcome, once: further calls while it is on its way do nothing. */
  private async deliver(id: string): Promise<void> {
    const e = this.journal.get(id);
    if (!e?.outcome || e.reported || this.delivering.has(id)) return;
    this.delivering.add(id);
    try {
      const res = await this.reporter.final({ CommandId: id, State: e.outcome.state, ...(e.outcome.notes ? { Notes: e.outcome.notes } : {}) });
      if (res === 'stopped') return;
      this.journal.update(id, { reported: true });
      this.emitCommand(id);
    } finally {
      this.delivering.delete(id);
    }
  }

  // ---- devices ------------------------------------------------------------------------------

  private async addSlot(device: DeviceConfig): Promise<void> {
    const driver = this.opts.driverFactory
      ? this.opts.driverFactory(device)
      : createDriver(device, { dataDir: this.config.dataDir, version: this.opts.version });
    const slot = new DeviceSlot(device, driver, (id, s) => this.run(id, s), (commandId) => {
      if (commandId) this.emitCommand(commandId);
      this.emit('device', device.id);
    });
    this.slots.set(device.id, slot);
    driver.onStatus(() => this.emit('device', device.id));
    try {
      await driver.start();
    } catch (err) {
      this.log.warn({ device: device.name, err: String(err) }, 'Device did not start; it will be retried by its driver');
    }
  }

  /** Replace the device set (after a settings change). Queued work on a changed device is kept. */
  async applyDevices(devices: DeviceConfig[]): Promise<void> {
    const next = new Map(devices.filter((d) => d.enabled).map((d) => [d.id, d]));
    for (const [id, slot] of [...this.slots]) {
      const nd = next.get(id);
      if (nd && JSON.stringify(nd) === JSON.stringify(slot.config)) {
        next.delete(id);
        continue;
      }
      const left = await slot.close(false);
      await slot.driver.stop().catch(() => undefined);
      this.slots.delete(id);
      if (nd) {
        await this.addSlot(nd);
        next.delete(id);
        for (const q of left) this.slots.get(id)!.enqueue(q);
      } else for (const q of left) this.finish(q, 'Error', `Device "${slot.config.name}" was removed from this bridge before the command ran.`);
    }
    for (const d of next.values()) await this.addSlot(d);
    this.foreign.clear();
    this.config = { ...this.config, devices };
    this.mewsDeviceIds = null; // the device set changed: look again before flagging anything
    this.emit('devices');
    void this.checkDevicesKnown().then(() => this.emit('devices'));
  }

  // ---- person actions -----------------------------------------------------------------------

  retry(id: string): { ok: boolean; message: string } {
    const e = this.journal.get(id);
    if (!e) return { ok: false, message: 'Unknown command' };
    if (e.phase !== 'final' || e.outcome?.state !== 'Error') return { ok: false, message: 'Only failed commands can be retried' };
    const slot = this.slots.get(e.deviceId);
    if (!slot) return { ok: false, message: `Device "${e.deviceName}" is not configured on this bridge` };
    this.retrying.add(id);
    this.journal.update(id, { dismissed: false });
    slot.enqueue(id);
    this.emitCommand(id);
    return { ok: true, message: `Retrying on ${e.deviceName}` };
  }

  dismiss(id: string): { ok: boolean; message: string } {
    const e = this.journal.get(id);
    if (!e || e.phase !== 'final') return { ok: false, message: 'Only finished commands can be dismissed' };
    this.journal.update(id, { dismissed: true });
    this.emitCommand(id);
    return { ok: true, message: 'Dismissed' };
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) void this.resync('resumed');
    this.emitConnection();
  }

  reconnect(): void {
    this.socket.reconnect();
  }

  // ---- views --------------------------------------------------------------------------------

  progressOf(id: string): number | null {
    return this.progress.get(id) ?? null;
  }

  private onSocketState(s: SocketState): void {
    this.connectionSince = new Date().toISOString();
    if (s.status === 'online') {
      void this.resync('connected');
      void this.checkDevicesKnown();
    }
    this.emitConnection();
  }

  /** Ids of the enterprise's devices in Mews, once read; a configured id missing there is a typo. */
  mewsDeviceIds: ReadonlySet<string> | null = null;

  private async checkDevicesKnown(): Promise<void> {
    try {
      this.mewsDeviceIds = new Set((await this.api.getDevices()).map((d) => d.Id.toLowerCase()));
    } catch (err) {
      this.log.debug({ err: String(err) }, 'Could not list devices in Mews');
      return;
    }
    for (const slot of this.slots.values())
      if (!this.mewsDeviceIds.has(slot.config.id.toLowerCase())) {
        this.log.warn({ device: slot.config.name, id: slot.config.id }, 'Mews has no device with this Id');
        this.emit('device', slot.config.id);
      }
  }

  connectionView(override?: string): ConnectionView {
    const s = this.socket.state;
    return {
      status: this.stopping ? 'stopped' : s.status,
      reason: override ?? s.reason,
      since: this.connectionSince,
      environment: this.config.mews.environment,
      lastSyncAt: this.lastSyncAt,
      paused: this.paused,
      simulation: this.opts.simulation ?? false,
    };
  }

  private emitConnection(reason?: string): void {
    this.emit('connection', reason);
  }

  private emitCommand(id: string): void {
    this.emit('command', id);
  }
}
