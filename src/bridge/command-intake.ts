import type { FetchedCommands } from '../mews/mews-api-client.js';
import { FINAL_STATES, type MewsCommand } from '../mews/wire.js';
import { backoffDelay } from '../util/backoff-delay.js';
import type { Logger } from '../util/logger.js';
import { CancelledInMews } from './abort-reasons.js';
import type { CommandFetcher } from './command-fetcher.js';
import { documentLimit, parseCommand } from './command-data.js';
import { summaryFields, UNREADABLE_SUMMARY } from './command-summary.js';
import type { CommandRunner } from './command-runner.js';
import type { CoreLife, CoreSignals } from './core-events.js';
import type { DeviceSet } from './device-set.js';
import type { DeviceSlot } from './device-slot.js';
import type { Journal, JournalEntry } from './journal.js';
import type { LocalCommands } from './local-commands.js';
import { deviceRemovedNote, INTERRUPTED_NOTE } from './notes.js';
import { msg } from '../i18n/note.js';
import type { ProblemLog } from './problem-log.js';
import type { Reporter } from './reporter.js';
import type { StatusUpdates } from './status-updates.js';
import { scalarText } from '../util/scalar-text.js';

/**
 * A new Pending command found by a re-sync (not by its own event) waits this long before it is taken:
 * right after this bridge starts, the events of another bridge already working on the same device
 * (its final states) arrive meanwhile, and the device is refused before anything of it runs twice.
 */
const RESYNC_SETTLE_MS = 1_000;

/** The outcome of one read from Mews (a re-sync or a read by id). */
export type MewsReadResult = { ok: true } | { ok: false; error: unknown };

export interface CommandIntakeDeps {
  journal: Journal;
  local: LocalCommands;
  devices: DeviceSet;
  fetcher: CommandFetcher;
  /** Reads every active command (`commands/getAllActive`). */
  getAllActive: () => Promise<FetchedCommands>;
  reporter: Reporter;
  status: StatusUpdates;
  runner: CommandRunner;
  log: Logger;
  /** Mews trouble logged once when it starts and once when it ends. */
  problems: ProblemLog;
  signals: CoreSignals;
  life: CoreLife;
  /** A re-sync succeeded (`ok`) or failed (after the client's retries), with the error. */
  onSync: (result: MewsReadResult) => void;
  /** A read of single commands succeeded or failed (after the client's retries). */
  onRead: (result: MewsReadResult) => void;
}

/**
 * Intake: Mews events and re-syncs in, commands of this bridge's devices journalled and queued.
 * Skips what it already knows (final, foreign, the echo of its own updates), validates new commands,
 * detects a second bridge on a device, and recovers the journal after a crash.
 */
export class CommandIntake {
  private resyncTimer: NodeJS.Timeout | null = null;
  private resyncFailures = 0;

  constructor(private readonly d: CommandIntakeDeps) {}

  /**
   * A hint that command `id` changed: look at it unless we already know all there is. `stateHint`
   * is the event's State; the echo of our own Received/Processing updates needs no fetch.
   */
  consider(id: string, stateHint: string | null = null): void {
    const { journal, local, devices, log } = this.d;
    const known = local.get(id);
    if (this.d.life.stopping || known.fetching || known.foreign) return;
    const e = journal.get(id);
    if (e?.phase === 'final' && !known.retrying) return void this.d.runner.deliver(id);
    const slot = e ? devices.get(e.deviceId) : undefined;
    // Our own Received/Processing updates echo back; only a Processing we never sent is news.
    const ours = stateHint === 'Pending' || stateHint === 'Received' || (stateHint === 'Processing' && e?.phase !== 'queued');
    if (e && slot?.has(id) && ours) return;
    if (e && slot?.current === id) return this.watchRunning(id);
    local.set(id, { fetching: true });
    this.d.fetcher
      .fetch(id)
      .then((cmd) => {
        this.d.problems.ok('fetch', 'Commands can be read from Mews again');
        this.d.onRead({ ok: true });
        if (cmd) this.handle(cmd);
        else log.warn({ commandId: id }, 'Mews does not know this command');
      })
      .catch((err) => {
        this.d.problems.failing('fetch', 'Could not read a command from Mews; a re-sync will pick it up', {
          commandId: id,
          err: String(err),
        });
        this.d.onRead({ ok: false, error: err });
        this.scheduleResync();
      })
      .finally(() => local.set(id, { fetching: false }));
  }

  /** Re-read everything active plus everything unfinished in the journal. */
  async resync(reason: string): Promise<void> {
    if (this.d.life.stopping || this.d.life.paused) return;
    try {
      const active = await this.d.getAllActive();
      for (const i of active.invalid) this.unreadable(i);
      for (const cmd of byCreation(active.commands)) if (!this.d.local.get(cmd.Id).fetching) this.handleFound(cmd);
      const activeIds = new Set(active.commands.map((c) => c.Id));
      for (const e of this.d.journal.unfinished()) if (!activeIds.has(e.id)) this.consider(e.id);
      this.resyncFailures = 0;
      this.d.problems.ok('resync', 'Re-sync with Mews works again');
      // A good re-sync read every active command: a failed read of one is over too, not only at the next event.
      this.d.problems.ok('fetch', 'Commands can be read from Mews again');
      this.d.log.debug({ reason, active: active.commands.length }, 'Re-synced with Mews');
      this.d.onSync({ ok: true });
    } catch (err) {
      this.d.onSync({ ok: false, error: err });
      this.d.problems.failing('resync', 'Re-sync with Mews failed; trying again', { reason, err: String(err) });
      this.resyncFailures++;
      this.scheduleResync();
    }
  }

  /** A re-sync soon (backing off while Mews keeps failing), so a failed fetch never strands a command. */
  scheduleResync(): void {
    if (this.resyncTimer || this.d.life.stopping) return;
    const delay = backoffDelay(this.resyncFailures, 1_000, 30_000);
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      void this.resync('after a failure');
    }, delay);
  }

  /** Re-syncs that failed in a row (0 after a good one). */
  get failedResyncs(): number {
    return this.resyncFailures;
  }

  /** Cancels a scheduled re-sync (at stop). */
  stop(): void {
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.resyncTimer = null;
  }

  /** After a crash: anything that may have reached a device is reported, never re-run. */
  recover(): void {
    const { journal, runner } = this.d;
    for (const e of journal.unfinished()) {
      if (e.phase === 'sent') runner.finishLocal(e.id, 'Error', INTERRUPTED_NOTE);
      if (journal.get(e.id)!.phase === 'final') void runner.deliver(e.id);
    }
  }

  /**
   * A command Mews sent in a shape we cannot read. If it names one of our devices it fails with a note
   * (so it does not sit Pending for ever); otherwise it is not ours to touch.
   */
  unreadable(item: FetchedCommands['invalid'][number]): void {
    const { journal, devices, runner } = this.d;
    this.d.log.warn({ commandId: item.id, reason: item.reason }, 'Mews sent a command this bridge cannot read');
    const note = [msg('bridge.unreadable', { reason: item.reason })];
    const known = item.id ? journal.get(item.id) : undefined;
    if (known) {
      // Ours and still waiting, but it no longer reads: fail it now. Left queued, it was re-read at every
      // re-sync for ever (about two requests a second, out of the token's shared budget).
      if (known.phase === 'queued') {
        devices.get(known.deviceId)?.remove(known.id);
        runner.finish(known.id, 'Error', note, { retryable: false });
      }
      return;
    }
    const deviceId = (item.raw as { Device?: { Id?: unknown } } | null)?.Device?.Id;
    const slot = typeof deviceId === 'string' ? devices.get(deviceId) : undefined;
    if (!item.id || !slot || slot.conflict) return;
    const state = (item.raw as { State?: unknown }).State;
    if (typeof state === 'string' && state !== 'Pending') return; // someone else has it, or it is closed
    journal.create({
      id: item.id,
      deviceId: slot.config.id,
      deviceName: slot.config.name,
      deviceType: scalarText((item.raw as { Device: { Type?: unknown } }).Device.Type) ?? 'unknown',
      createdUtc: scalarText((item.raw as { CreatedUtc?: unknown }).CreatedUtc) ?? new Date().toISOString(),
      creator: null,
      ...summaryFields(UNREADABLE_SUMMARY),
    });
    runner.finish(item.id, 'Error', note, { retryable: false });
  }

  /** A command a re-sync found: a new Pending one of ours is taken after RESYNC_SETTLE_MS, the rest now. */
  private handleFound(cmd: MewsCommand): void {
    const slot = this.d.devices.get(cmd.Device.Id);
    if (cmd.State !== 'Pending' || !slot || slot.conflict || this.d.journal.get(cmd.Id)) return this.handle(cmd);
    setTimeout(() => {
      if (!this.d.life.stopping && !this.d.life.paused) this.handle(cmd); // handle() skips it if its event got there first
    }, RESYNC_SETTLE_MS).unref();
  }

  private handle(cmd: MewsCommand): void {
    const { journal, local, devices } = this.d;
    const slot = devices.get(cmd.Device.Id);
    const entry = journal.get(cmd.Id);
    if ((!slot || slot.conflict) && !entry) return local.set(cmd.Id, { foreign: true });
    if (entry) return this.handleKnown(cmd, entry, slot);
    // Finished on one of our devices, yet never ours: another bridge runs this device too.
    if (cmd.State === 'Processed' || cmd.State === 'Error') return this.conflictOn(slot!, cmd.State);
    if (FINAL_STATES.has(cmd.State)) return;
    if (cmd.State === 'Received' || cmd.State === 'Processing') {
      // Claimed, but not by us: another bridge serves this device too.
      local.set(cmd.Id, { foreign: true });
      return this.conflictOn(slot!, cmd.State);
    }
    const parsed = parseCommand(cmd, documentLimit(slot!.config));
    const created = journal.create({
      id: cmd.Id,
      deviceId: cmd.Device.Id,
      deviceName: slot!.config.name,
      deviceType: cmd.Device.Type,
      createdUtc: cmd.CreatedUtc,
      creator: [cmd.Creator?.FirstName, cmd.Creator?.LastName].filter(Boolean).join(' ') || null,
      ...summaryFields(parsed.summary),
    });
    if (!parsed.ok) return this.d.runner.finish(created.id, 'Error', parsed.note, { retryable: false });
    this.d.signals.command(created.id);
    // Received only if it waits behind a job that is held up (status-updates.ts); before it may start running.
    this.d.status.queued(cmd.Id, slot!);
    local.set(cmd.Id, { lastRead: { cmd, at: Date.now(), parsed } });
    slot!.enqueue(cmd.Id, cmd.CreatedUtc);
  }

  private handleKnown(cmd: MewsCommand, entry: JournalEntry, slot: DeviceSlot | undefined): void {
    const { journal, local, runner } = this.d;
    if (entry.phase === 'final') {
      if (local.get(entry.id).retrying && slot) return slot.enqueue(entry.id);
      if (!entry.reported) void runner.deliver(entry.id);
      return;
    }
    if (
      slot &&
      !slot.conflict &&
      entry.phase === 'queued' &&
      slot.current !== entry.id &&
      (cmd.State === 'Processing' || cmd.State === 'Processed' || cmd.State === 'Error')
    )
      return this.conflictOn(slot, cmd.State);
    if (cmd.State === 'Cancelled' || cmd.State === 'Processed') {
      // Someone (a user in Mews, another bridge) closed it: stop, but never re-report.
      slot?.remove(entry.id);
      local.set(entry.id, { lastRead: null });
      this.d.status.done(entry.id);
      if (slot?.current === entry.id) slot.currentAbort?.abort(new CancelledInMews());
      journal.update(entry.id, { phase: 'final', outcome: { state: cmd.State, notes: null }, reported: true }, true);
      this.d.log.info({ commandId: entry.id, device: entry.deviceName, state: cmd.State }, 'Command closed in Mews before it ran here');
      return this.d.signals.command(entry.id);
    }
    if (slot?.has(entry.id)) return;
    if (entry.phase === 'sent') return runner.finish(entry.id, 'Error', INTERRUPTED_NOTE);
    if (!slot) return runner.finish(entry.id, 'Error', deviceRemovedNote(entry.deviceName));
    slot.enqueue(entry.id, entry.createdUtc); // queued or started (nothing reached the device): safe to run
  }

  /**
   * Another bridge is running commands of this device (Mews has no way to claim a command, so two
   * bridges on one device would race): refuse the device, hand back what is waiting, and say so.
   */
  private conflictOn(slot: DeviceSlot, seenState: string): void {
    if (slot.conflict) return;
    const name = slot.config.name;
    slot.conflict = [msg('status.otherBridge', { device: name, state: seenState })];
    for (const id of slot.drain()) {
      this.d.local.set(id, { lastRead: null });
      this.d.status.done(id);
      this.d.journal.update(id, { phase: 'final', outcome: null, reported: true, handedOver: true }, true);
      this.d.signals.command(id);
    }
    this.d.log.warn({ device: name, seenState }, 'Device refused: another bridge serves it too');
    this.d.signals.notice('warn', slot.conflict);
    this.d.signals.device(slot.config.id);
  }

  /** The running command got an event: if Mews has it as Cancelled now, abort the job. */
  private watchRunning(id: string): void {
    const { local } = this.d;
    if (local.get(id).fetching) return;
    local.set(id, { fetching: true });
    this.d.fetcher
      .fetch(id)
      .then((cmd) => {
        if (cmd && cmd.State === 'Cancelled') {
          const slot = this.d.devices.get(cmd.Device.Id);
          if (slot?.current === id) slot.currentAbort?.abort(new CancelledInMews());
        }
      })
      .catch(() => undefined)
      .finally(() => local.set(id, { fetching: false }));
  }
}

/** Commands oldest first (a stable sort: those created in the same second keep Mews's order). */
function byCreation(commands: readonly MewsCommand[]): MewsCommand[] {
  return [...commands].sort((a, b) => (Date.parse(a.CreatedUtc) || 0) - (Date.parse(b.CreatedUtc) || 0));
}
