import { EventEmitter } from 'node:events';
import type { BridgeConfig, DeviceConfig } from '../config/schema.js';
import type { Driver, JobContext, TestResult } from '../devices/driver.js';
import type { MewsApiClient } from '../mews/mews-api-client.js';
import type { MewsSocket, SocketState } from '../mews/mews-socket.js';
import type { Logger } from '../util/logger.js';
import { BridgeStopping } from './abort-reasons.js';
import { guestValues } from '../util/guest-data.js';
import type { ActionResult, ConnectionView } from './api.js';
import { msg, type Message, type Note } from '../i18n/note.js';
import { englishNote, noteMessage } from '../i18n/render-note.js';
import { CommandFetcher } from './command-fetcher.js';
import { CommandIntake, type MewsReadResult } from './command-intake.js';
import { MewsApiError, mewsTroubleNote } from '../mews/errors.js';
import { deviceRemovedNote } from './notes.js';
import type { Language } from '../i18n/languages.js';
import { CommandRunner } from './command-runner.js';
import type { CoreEvents, CoreLife, CoreSignals } from './core-events.js';
import type { CommandState, CorePort, CoreStats, DeviceState } from './core-port.js';
import type { DataDirLock } from './data-dir-lock.js';
import { DeviceSet } from './device-set.js';
import type { Journal, JournalEntry } from './journal.js';
import { LocalCommands } from './local-commands.js';
import { ProblemLog } from './problem-log.js';
import { Reporter } from './reporter.js';
import { StatusUpdates } from './status-updates.js';
import type { GuestDataRetention } from './guest-data-retention.js';
import type { BridgeTuning } from './tuning.js';

/** Waiting commands per device re-read together with the one about to run (the next to run; each read carries its document). */
const REFRESH_AHEAD = 10;

/** What the core works with; built where the app is assembled (`createCore`) and passed in. */
export interface CoreCollaborators {
  journal: Journal;
  api: MewsApiClient;
  socket: MewsSocket;
  /** Held while the core runs; released by stop(). */
  lock: DataDirLock;
  /** Sweeps guest data past the retention period while the core runs; null when read-only. */
  retention: GuestDataRetention | null;
  /** Builds a driver for a configured device. */
  createDriver: (device: DeviceConfig) => Driver;
  log: Logger;
  /** Where lasting problems are logged (shared with the Mews client); one is made from `log` when omitted. */
  problems?: ProblemLog;
  tuning: BridgeTuning;
  /** The built-in simulation (`npm run demo`): Mews and the devices are simulators on this PC. */
  simulation: boolean;
  /** The language notes are written in, read when each command ends. */
  language: () => Language;
}

/**
 * The orchestration: Mews events and re-syncs in (`CommandIntake`), per-device queues through
 * drivers (`DeviceSet`, `CommandRunner`), results out (`Reporter`). Owns the guarantees of
 * ARCHITECTURE.md: nothing lost, nothing run twice, foreign devices untouched.
 */
export class BridgeCore extends EventEmitter<CoreEvents> implements CorePort {
  private readonly journal: Journal;
  private readonly socket: MewsSocket;
  private readonly api: MewsApiClient;
  private readonly lock: DataDirLock;
  private readonly retention: GuestDataRetention | null;
  private readonly log: Logger;
  private readonly tuning: BridgeTuning;
  private readonly simulation: boolean;
  private readonly local = new LocalCommands();
  private readonly devices: DeviceSet;
  private readonly reporter: Reporter;
  private readonly runner: CommandRunner;
  private readonly intake: CommandIntake;
  private readonly life: { stopping: boolean; paused: boolean } = { stopping: false, paused: false };
  /** Each problem logged once when it starts and once when it ends, repeats summarised. */
  private readonly problems: ProblemLog;
  private wasOnline = false;
  private timers: NodeJS.Timeout[] = [];
  private lastSyncAt: string | null = null;
  private connectionSince = new Date().toISOString();
  /** Why reads from Mews fail while its WebSocket may be up (null once a read succeeds again); `readTroubleNote` as keys. */
  private readTrouble: string | null = null;
  private readTroubleNote: Note | null = null;
  /** Mews refused the tokens on the last read (its words), null once a read succeeds. */
  private unauthorized: string | null = null;
  /** Set when a token is empty: nothing is sent to Mews (no WebSocket, no reads, no reports) until the settings give both. */
  private readonly tokensMissing: Note | null;

  constructor(
    public config: BridgeConfig,
    c: CoreCollaborators,
  ) {
    super();
    this.journal = c.journal;
    this.socket = c.socket;
    this.api = c.api;
    this.lock = c.lock;
    this.retention = c.retention;
    this.log = c.log;
    this.tuning = c.tuning;
    this.simulation = c.simulation;
    this.problems = c.problems ?? new ProblemLog(c.log);
    this.tokensMissing = config.mews.clientToken.trim() && config.mews.accessToken.trim() ? null : [msg('mews.tokensMissing')];
    const life: CoreLife = this.life;
    const signals: CoreSignals = {
      command: (id) => this.emit('command', id),
      device: (id) => this.emit('device', id),
      notice: (level, message) =>
        typeof message === 'string' ? this.emit('notice', level, message) : this.emit('notice', level, englishNote(message), message),
    };
    const fetcher = new CommandFetcher(c.api, this.tuning.fetchWindowMs);
    this.reporter = new Reporter(c.api, this.log, this.tuning.progressIntervalMs);
    const status = new StatusUpdates(this.reporter, this.local, this.tuning.statusAfterMs);
    this.runner = new CommandRunner({
      journal: this.journal,
      local: this.local,
      fetcher,
      reporter: this.reporter,
      status,
      queuedIds: () => [...this.devices.all()].flatMap((s) => s.queued().slice(0, REFRESH_AHEAD)),
      log: this.log,
      signals,
      life,
      scheduleResync: () => this.intake.scheduleResync(),
      language: c.language,
    });
    this.devices = new DeviceSet({
      createDriver: c.createDriver,
      run: (id, slot) => this.runner.run(id, slot),
      getMewsDevices: () => c.api.getDevices(),
      onDevice: signals.device,
      onCommand: signals.command,
      log: this.log,
      problems: this.problems,
    });
    this.intake = new CommandIntake({
      journal: this.journal,
      local: this.local,
      devices: this.devices,
      fetcher,
      getAllActive: () => c.api.getAllActive(),
      reporter: this.reporter,
      status,
      runner: this.runner,
      log: this.log,
      problems: this.problems,
      signals,
      life,
      onSync: (r) => {
        if (r.ok) this.lastSyncAt = new Date().toISOString();
        this.onMewsRead(r);
      },
      onRead: (r) => this.onMewsRead(r),
    });
    fetcher.onInvalid = (items) => {
      for (const i of items) this.intake.unreadable(i);
    };
  }

  async start(): Promise<void> {
    this.protectDeviceNames();
    for (const d of this.config.devices) if (d.enabled) await this.devices.add(d);
    this.socket.on('state', (s) => this.onSocketState(s));
    this.socket.on('commands', (events) => {
      if (this.life.paused) return;
      for (const e of events) this.intake.consider(e.id, e.state);
    });
    if (this.tokensMissing) {
      // Saving the tokens builds a new core (BridgeService.saveConnection), which connects: no restart needed.
      const mews = this.config.mews;
      this.log.warn(
        { clientTokenSet: mews.clientToken.trim() !== '', accessTokenSet: mews.accessToken.trim() !== '' },
        englishNote(this.tokensMissing),
      );
      this.emit('connection', undefined);
      this.retention?.start();
      return;
    }
    this.intake.recover();
    this.socket.start();
    this.timers.push(setInterval(() => void this.intake.resync('periodic'), this.tuning.resyncIntervalMs));
    this.timers.push(
      setInterval(() => {
        if (this.socket.state.status !== 'online') void this.intake.resync('offline poll');
      }, this.tuning.offlinePollMs),
    );
    this.retention?.start();
  }

  async stop(graceMs = 10_000): Promise<void> {
    if (this.life.stopping) return;
    this.life.stopping = true;
    this.retention?.stop();
    for (const t of this.timers) clearInterval(t);
    this.intake.stop();
    this.socket.stop();
    const slots = [...this.devices.all()];
    const closing = slots.map((s) => s.close(false));
    const deadline = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
    if ((await Promise.race([Promise.all(closing), deadline])) === 'timeout') {
      for (const s of slots) s.currentAbort?.abort(new BridgeStopping());
      await Promise.all(closing);
    }
    await Promise.race([this.reporter.drain(), new Promise((r) => setTimeout(r, 2000).unref())]);
    this.reporter.close();
    this.api.close();
    await this.devices.stopDrivers();
    this.journal.close();
    guestValues.protect(`devices:${this.config.dataDir}`, []);
    this.lock.release();
    this.emit('connection', undefined);
  }

  async applyDevices(devices: DeviceConfig[]): Promise<void> {
    await this.devices.apply(devices, (left, device) => {
      for (const q of left) this.runner.finish(q, 'Error', deviceRemovedNote(device.name));
    });
    this.local.forgetForeign();
    this.config = { ...this.config, devices };
    this.protectDeviceNames();
    this.emit('devices');
    if (!this.tokensMissing) void this.devices.checkKnown().then(() => this.emit('devices'));
  }

  // ---- person actions -----------------------------------------------------------------------

  retry(id: string): ActionResult {
    const e = this.journal.get(id);
    if (!e) return refused(msg('action.unknownCommand'));
    if (e.phase !== 'final' || e.outcome?.state !== 'Error') return refused(msg('action.onlyFailedRetry'));
    if (e.outcome.retryable === false) return refused(msg('action.cannotSucceed'));
    const slot = this.devices.get(e.deviceId);
    if (!slot) return refused(msg('action.deviceNotConfigured', { device: e.deviceName }));
    this.local.set(id, { retrying: true });
    this.journal.update(id, { dismissed: false });
    slot.enqueue(id);
    this.emit('command', id);
    return { ok: true, ...noteMessage(msg('action.retrying', { device: e.deviceName })) };
  }

  dismiss(id: string): ActionResult {
    const e = this.journal.get(id);
    if (!e || e.phase !== 'final') return refused(msg('action.onlyFinishedDismiss'));
    this.journal.update(id, { dismissed: true });
    this.emit('command', id);
    return { ok: true, ...noteMessage(msg('action.dismissed')) };
  }

  setPaused(paused: boolean): void {
    if (paused !== this.life.paused) this.log.info({ paused }, paused ? 'Commands paused: nothing runs until resumed' : 'Commands resumed');
    this.life.paused = paused;
    if (!paused) void this.resync('resumed');
    this.emit('connection', undefined);
  }

  reconnect(): void {
    if (!this.tokensMissing) this.socket.reconnect();
  }

  resync(reason: string): Promise<void> {
    return this.tokensMissing ? Promise.resolve() : this.intake.resync(reason);
  }

  sweepGuestData(now?: number): string[] {
    return this.retention?.sweep(now) ?? [];
  }

  testDevice(id: string, ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> | undefined {
    return this.devices.get(id)?.driver.test(ctx);
  }

  // ---- views --------------------------------------------------------------------------------

  entries(): JournalEntry[] {
    return this.journal.all();
  }

  commandState(id: string): CommandState | null {
    const entry = this.journal.get(id);
    if (!entry) return null;
    const slot = this.devices.get(entry.deviceId);
    const running = slot?.current === id;
    return {
      entry,
      running,
      progress: this.local.get(id).progress,
      queuedBehind: !!slot && !running && slot.current !== null && slot.has(id),
    };
  }

  deviceState(id: string): DeviceState | undefined {
    const slot = this.devices.get(id);
    if (!slot) return undefined;
    const known = this.devices.mewsDeviceIds;
    return {
      conflict: slot.conflict,
      unknownInMews: known !== null && !known.has(slot.config.id.toLowerCase()),
      current: slot.current,
      queueLength: slot.queueLength,
      waiting: slot.waiting,
      status: slot.driver.status(),
      hasPreview: !!slot.driver.lastPreview?.(),
    };
  }

  devicePreview(id: string): Uint8Array | null {
    return this.devices.get(id)?.driver.lastPreview?.() ?? null;
  }

  connectionView(override?: string): ConnectionView {
    // No tokens: `offline` (not `unauthorized`: Mews refused nothing, nothing was sent), with what to do.
    const s: SocketState =
      this.tokensMissing && !this.life.stopping
        ? { status: 'offline', reason: englishNote(this.tokensMissing), reasonNote: this.tokensMissing }
        : this.socket.state;
    const refused = s.status === 'online' && this.unauthorized !== null;
    const degraded = this.isDegraded();
    // Refused tokens keep Mews's own words; an override is the caller's.
    const reasonNote = override !== undefined || refused ? undefined : degraded ? this.readTroubleNote : s.reasonNote;
    return {
      status: this.life.stopping ? 'stopped' : refused ? 'unauthorized' : degraded ? 'degraded' : s.status,
      reason: override ?? (refused ? this.unauthorized : degraded ? this.readTrouble : s.reason),
      ...(reasonNote ? { reasonNote } : {}),
      since: this.connectionSince,
      environment: this.config.mews.environment,
      lastSyncAt: this.lastSyncAt,
      paused: this.life.paused,
      simulation: this.simulation,
    };
  }

  stats(): CoreStats {
    const l = this.local.sizes();
    return {
      journalEntries: this.journal.size,
      localCommands: l.tracked,
      foreignIds: l.foreign,
      lastReads: l.lastRead,
      oversizedFrames: this.socket.oversizedFrames,
      mewsBudget: { left: this.api.budgetLeft(), limit: this.api.budget.ceiling },
      failedResyncs: this.intake.failedResyncs,
    };
  }

  /** Configured device names are never masked as guest data in the log (a guest may share a word with one). */
  private protectDeviceNames(): void {
    guestValues.protect(
      `devices:${this.config.dataDir}`,
      this.config.devices.map((d) => d.name),
    );
  }

  /** The WebSocket is up, but reading from the Connector API fails: commands are not being read. */
  private isDegraded(): boolean {
    return this.socket.state.status === 'online' && this.readTrouble !== null;
  }

  /**
   * A read from Mews finished: a failure (after the client's retries) marks the connection degraded with
   * the reason, a success makes it whole again. Refused tokens keep their own words.
   */
  private onMewsRead(r: MewsReadResult): void {
    const wasDegraded = this.isDegraded();
    const before = [this.readTrouble, this.unauthorized].join('|');
    if (r.ok) {
      this.readTrouble = null;
      this.readTroubleNote = null;
      this.unauthorized = null;
    } else if (r.error instanceof MewsApiError) {
      if (r.error.kind === 'unauthorized') this.unauthorized = r.error.message;
      else {
        this.readTroubleNote = mewsTroubleNote(r.error);
        this.readTrouble = englishNote(this.readTroubleNote);
      }
    } else return;
    if (wasDegraded !== this.isDegraded()) {
      this.connectionSince = new Date().toISOString();
      if (this.isDegraded()) this.problems.failing('mews-read', 'Connected to Mews, but its API fails', { reason: this.readTrouble });
      else this.problems.ok('mews-read', 'Mews API answers again');
    }
    if (before !== [this.readTrouble, this.unauthorized].join('|')) this.emit('connection', undefined);
  }

  private onSocketState(s: SocketState): void {
    // "Since" is when it came online or went off, not the latest of many reconnect attempts.
    const online = s.status === 'online';
    if (online !== this.wasOnline) this.connectionSince = new Date().toISOString();
    if (online && !this.wasOnline) {
      if (this.problems.has('mews')) this.problems.ok('mews', 'Connected to Mews again');
      else this.log.info({ environment: this.config.mews.environment }, 'Connected to Mews');
    } else if (!online && s.status !== 'connecting' && s.status !== 'stopped')
      this.problems.failing('mews', 'Not connected to Mews', { status: s.status, reason: s.reason });
    this.wasOnline = online;
    if (s.status === 'online') {
      void this.intake.resync('connected');
      void this.devices.checkKnown();
    }
    this.emit('connection', undefined);
  }
}

/** A person's action that was not done, and why (message keys, English in `message`). */
function refused(note: Message): ActionResult {
  return { ok: false, ...noteMessage(note) };
}
