import { DeviceError } from '../devices/driver.js';
import type { MewsCommand } from '../mews/wire.js';
import { AbortedError } from '../util/abort.js';
import { boundLog } from '../util/bound-log.js';
import type { Logger } from '../util/logger.js';
import { CancelledInMews, JobTimedOut } from './abort-reasons.js';
import type { CommandFetcher } from './command-fetcher.js';
import { documentLimit, parseCommand } from './command-data.js';
import type { CoreLife, CoreSignals } from './core-events.js';
import type { DeviceSlot } from './device-slot.js';
import type { FinalState, Journal } from './journal.js';
import type { LocalCommands } from './local-commands.js';
import { finalNote, timeoutNote, unexpectedNote } from './notes.js';
import { msg, type Note } from '../i18n/note.js';
import { renderNote } from '../i18n/render-note.js';
import type { Language } from '../i18n/languages.js';
import type { Reporter } from './reporter.js';
import type { StatusUpdates } from './status-updates.js';

/**
 * A command read from Mews this recently is not read again before it runs. Older reads are refreshed
 * together: the re-read before a run also re-reads every other waiting command read longer ago than
 * this, in the same `getAllByIds`, so a backlog costs about one read per this interval, not one per
 * command. Cancellations reach the bridge as events meanwhile; the periodic re-sync catches a lost one.
 */
const FRESH_READ_MS = 1_000;

export interface CommandRunnerDeps {
  journal: Journal;
  local: LocalCommands;
  fetcher: CommandFetcher;
  reporter: Reporter;
  /** What Mews is told between the read and the final state. */
  status: StatusUpdates;
  /** The commands next in line on every device (refreshed together with the one about to run). */
  queuedIds: () => string[];
  log: Logger;
  signals: CoreSignals;
  life: CoreLife;
  /** Asks intake for a re-sync soon (a read failed, so the command must not be stranded). */
  scheduleResync: () => void;
  /** The language notes are written in, read when each command ends (a changed setting counts at once). */
  language: () => Language;
}

/** A note as the runner receives it: message keys (rendered in the bridge's language), text kept as it is, or none. */
export type NoteInput = Note | string | null;

/**
 * Runs one command on its device and records the outcome: re-read (unless fresh), journal `started`,
 * `Processing` to Mews, the driver with abort/timeout/`beforeSideEffect`, then `final` in the journal
 * and delivery to Mews. Owns guarantee 2 of ARCHITECTURE.md (never run twice) together with the journal.
 */
export class CommandRunner {
  constructor(private readonly d: CommandRunnerDeps) {}

  /** Called by a device slot for each command in its FIFO. */
  async run(id: string, slot: DeviceSlot): Promise<void> {
    const { journal, local, log, signals } = this.d;
    if (this.d.life.stopping || this.d.life.paused) return;
    const retry = local.take(id, 'retrying');
    let cmd: MewsCommand | null;
    const recent = local.get(id).lastRead;
    local.set(id, { lastRead: null });
    const fresh = recent && Date.now() - recent.at < FRESH_READ_MS ? recent : undefined;
    try {
      // Re-read unless we read it a moment ago: it may have been cancelled while it waited.
      cmd = fresh ? fresh.cmd : await this.reread(id);
    } catch (err) {
      log.warn({ commandId: id, err: String(err) }, 'Could not re-read the command before running it; will re-sync');
      this.d.scheduleResync();
      return;
    }
    const entry = journal.get(id)!;
    if (!cmd) return this.finish(id, 'Error', [msg('bridge.commandGone')]);
    if (cmd.State === 'Cancelled' || cmd.State === 'Processed' || (cmd.State === 'Error' && !retry)) {
      journal.update(id, { phase: 'final', outcome: entry.outcome ?? { state: cmd.State, notes: null }, reported: true }, true);
      this.d.status.done(id);
      return signals.command(id);
    }
    const parsed = fresh ? fresh.parsed : parseCommand(cmd, documentLimit(slot.config)); // a fresh read was parsed (PDF decoded) on arrival
    if (!parsed.ok) return this.finish(id, 'Error', parsed.note, { retryable: false });

    journal.update(id, { phase: 'started', outcome: null, reported: false, attempts: entry.attempts + 1 }, true);
    local.set(id, { progress: 0 });
    signals.command(id);
    const stopStatus = this.d.status.started(id, slot, parsed.job.kind === 'key'); // Processing only if it runs for a while (keys: at once)

    const abort = new AbortController();
    slot.currentAbort = abort;
    const timeoutMs = slot.config.options.jobTimeoutSeconds * 1000;
    const timer = setTimeout(() => abort.abort(new JobTimedOut()), timeoutMs);
    let sent = false;
    try {
      const result = await slot.driver.execute(parsed.job, {
        jobId: id,
        signal: abort.signal,
        log: boundLog(log, { commandId: id, device: slot.config.name }),
        progress: (f) => {
          local.set(id, { progress: f });
          signals.command(id);
          this.d.status.progress(id, f);
        },
        beforeSideEffect: async () => {
          if (abort.signal.aborted) throw new AbortedError(abort.signal.reason);
          if (!sent) journal.update(id, { phase: 'sent' }, true);
          sent = true;
        },
      });
      this.finish(id, 'Processed', result.note ?? result.notes ?? null);
    } catch (err) {
      const reason: unknown = abort.signal.reason;
      if (reason instanceof CancelledInMews) {
        journal.update(id, { phase: 'final', outcome: { state: 'Cancelled', notes: null }, reported: true }, true);
        this.d.status.done(id);
        log.info({ commandId: id, device: slot.config.name, state: 'Cancelled' }, 'Command cancelled in Mews while running');
        signals.command(id);
      } else if (abort.signal.aborted && this.d.life.stopping && !sent) {
        // Parked: the journal still says 'started' (nothing reached the device), so it runs after restart.
      } else if (reason instanceof JobTimedOut) {
        this.finish(id, 'Error', timeoutNote(slot.config.name, timeoutMs / 1000, sent));
      } else if (err instanceof DeviceError) {
        this.finish(id, 'Error', err.note, { retryable: err.retryable });
      } else {
        log.error({ commandId: id, err: err instanceof Error ? err.stack : String(err) }, 'Driver failed unexpectedly');
        this.finish(id, 'Error', unexpectedNote(slot.config.name, sent));
      }
    } finally {
      clearTimeout(timer);
      stopStatus();
      local.set(id, { progress: null });
    }
  }

  /**
   * Reads `id` again, and in the same coalesced `getAllByIds` every other waiting command whose last
   * read is older than FRESH_READ_MS (their reads are kept for when their turn comes).
   */
  private reread(id: string): Promise<MewsCommand | null> {
    const { local, fetcher } = this.d;
    const now = Date.now();
    for (const q of this.d.queuedIds()) {
      const read = local.get(q).lastRead;
      if (q === id || !read || now - read.at < FRESH_READ_MS) continue;
      fetcher.fetch(q).then(
        (cmd) => {
          const still = local.get(q).lastRead; // null once it started (or left): nothing to keep then
          if (cmd && still) local.set(q, { lastRead: { cmd, at: Date.now(), parsed: still.parsed } });
        },
        () => undefined, // its own re-read before it runs will try again
      );
    }
    return fetcher.fetch(id);
  }

  /**
   * Records the outcome durably (no delivery yet); an Error also raises a notice for staff. `retryable: false`: the
   * command can never succeed as sent (its data is wrong), so Retry is not offered.
   */
  finishLocal(id: string, state: FinalState, note: NoteInput, opts: { retryable?: boolean } = {}): void {
    const text = note === null || typeof note === 'string' ? note : renderNote(this.d.language(), note);
    const notes = text === null ? null : finalNote(text);
    const outcome = opts.retryable === false ? { state, notes, retryable: false as const } : { state, notes };
    this.d.journal.update(id, { phase: 'final', outcome, reported: false }, true);
    this.d.status.done(id);
    this.d.signals.command(id);
    const device = this.d.journal.get(id)!.deviceName;
    // Every outcome leaves a log line (id, device, state, note; never the summary, which names the guest).
    if (state !== 'Error') return void this.d.log.info({ commandId: id, device, state, notes }, 'Command finished');
    this.d.log.warn({ commandId: id, device, state, notes }, 'Command failed');
    const shown = notes?.includes(device) ? notes : `${device}: ${notes}`;
    if (note === null || typeof note === 'string') return this.d.signals.notice('error', shown);
    // The note's keys too, so the UI shows it in its own language (the text above is in the bridge's language).
    this.d.signals.notice('error', renderNote('en', note).includes(device) ? note : [`${device}:`, ...note]);
  }

  /** Records the outcome durably, then tells Mews in the background (ordered per command by the reporter). */
  finish(id: string, state: FinalState, note: NoteInput, opts: { retryable?: boolean } = {}): void {
    this.finishLocal(id, state, note, opts);
    void this.deliver(id);
  }

  /** Tells Mews the recorded outcome, once: further calls while it is on its way do nothing. */
  async deliver(id: string): Promise<void> {
    const { journal, local } = this.d;
    const e = journal.get(id);
    if (!e?.outcome || e.reported || local.get(id).delivering) return;
    local.set(id, { delivering: true });
    try {
      const res = await this.d.reporter.final({
        CommandId: id,
        State: e.outcome.state,
        ...(e.outcome.notes ? { Notes: e.outcome.notes } : {}),
      });
      if (res === 'stopped') return;
      journal.update(id, { reported: true });
      this.d.signals.command(id);
    } finally {
      local.set(id, { delivering: false });
    }
  }
}
