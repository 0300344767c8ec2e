import { closeSync, existsSync, fchmodSync, fdatasyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SummaryParts } from './api.js';
import { summaryText, withoutGuest } from './command-summary.js';
import { legacySummary } from './legacy-summary.js';

/**
 * The durable record of each command's local progress: an append-only JSON-lines file of patches,
 * folded per command id on load and compacted now and then. It is written before every step with a
 * side effect, so after a crash (even `kill -9`) the bridge knows what may already have reached a device.
 */

export type JournalPhase =
  /** Accepted; nothing has touched the device. Safe to run (again). */
  | 'queued'
  /** Execution started (Processing reported) but no byte has left for the device yet. Still safe to re-run. */
  | 'started'
  /** The device may have acted. Never re-run without a person deciding. */
  | 'sent'
  /** Outcome decided (see `outcome`). */
  | 'final';

export type FinalState = 'Processed' | 'Error' | 'Cancelled';

export interface JournalEntry {
  id: string;
  deviceId: string;
  deviceName: string;
  deviceType: string;
  createdUtc: string;
  creator: string | null;
  /**
   * The summary in English, as `/api/status` shows it ("2 keys · room 206 · Novák"). Still written with each
   * entry, so a bridge of an older version reading this journal (a downgrade) shows it; read as data only for
   * entries written before `summaryParts` existed (`summaryPartsOf`).
   */
  summary: string;
  /** The summary as data (absent in entries written before 2026-11-30): what the UI renders in its language. */
  summaryParts?: SummaryParts;
  phase: JournalPhase;
  /** `retryable: false` when running it again can never succeed (its input is wrong): Retry is not offered. */
  outcome: { state: FinalState; notes: string | null; retryable?: false } | null;
  /** Mews acknowledged the final state. */
  reported: boolean;
  dismissed: boolean;
  /** Left to another bridge serving the same device; never reported by this one. */
  handedOver?: boolean;
  /** How many times execution was started (retries included). */
  attempts: number;
  firstSeen: string;
  updatedAt: string;
  /** Guest data (guest name in the summary, creator) was removed by the retention sweep. */
  guestDataRemoved?: boolean;
}

/** The entry's summary as data: kept with it, or read from the English line of an older journal. */
export function summaryPartsOf(e: Pick<JournalEntry, 'summary' | 'summaryParts'>): SummaryParts {
  return e.summaryParts ?? legacySummary(e.summary);
}

export interface JournalOptions {
  dataDir: string;
  /** Final entries kept for the UI's history. */
  historyLimit?: number;
  /** fdatasync the records that guard side effects (on by default; tests of throughput may turn it off). */
  fsync?: boolean;
  /** Only read (diagnostics next to a running bridge): no compaction, no writes. */
  readOnly?: boolean;
}

/** The journal holds guest names until retention removes them: only the bridge's user may read it (POSIX mode; ignored on Windows). */
const OWNER_ONLY = 0o600;

export class Journal {
  private readonly entries = new Map<string, JournalEntry>();
  private readonly file: string;
  private fd: number | null = null;
  private readonly readOnly: boolean;
  private linesSinceCompact = 0;
  private readonly historyLimit: number;
  private readonly fsync: boolean;

  constructor(opts: JournalOptions) {
    mkdirSync(opts.dataDir, { recursive: true });
    this.file = join(opts.dataDir, 'journal.jsonl');
    this.historyLimit = opts.historyLimit ?? 1000;
    this.fsync = opts.fsync ?? true;
    this.readOnly = opts.readOnly ?? false;
    this.load();
    if (this.readOnly) return;
    this.compact();
    this.fd = openSync(this.file, 'a', OWNER_ONLY);
  }

  get(id: string): JournalEntry | undefined {
    return this.entries.get(id);
  }

  /** How many entries are held (unfinished plus kept history). */
  get size(): number {
    return this.entries.size;
  }

  all(): JournalEntry[] {
    return [...this.entries.values()];
  }

  unfinished(): JournalEntry[] {
    return this.all().filter((e) => e.phase !== 'final' || !e.reported);
  }

  create(entry: Omit<JournalEntry, 'phase' | 'outcome' | 'reported' | 'dismissed' | 'attempts' | 'firstSeen' | 'updatedAt'>): JournalEntry {
    const now = new Date().toISOString();
    const full: JournalEntry = {
      ...entry,
      phase: 'queued',
      outcome: null,
      reported: false,
      dismissed: false,
      attempts: 0,
      firstSeen: now,
      updatedAt: now,
    };
    this.entries.set(full.id, full);
    this.append(full, false);
    return full;
  }

  /** Apply a change and persist it. `durable` forces it to disk before returning. */
  update(id: string, patch: Partial<Omit<JournalEntry, 'id'>>, durable = false): JournalEntry {
    const e = this.entries.get(id);
    if (!e) throw new Error(`journal has no command ${id}`);
    Object.assign(e, patch, { updatedAt: new Date().toISOString() });
    this.append({ id, ...patch, updatedAt: e.updatedAt }, durable);
    // Sized on what compaction keeps (the history limit), not on the current entry count: entries grow by one
    // per command, so a threshold proportional to them is never reached when a command writes ≤ 4 lines.
    if (this.linesSinceCompact > Math.max(2000, Math.min(this.entries.size, this.historyLimit) * 4)) this.compactLive();
    return e;
  }

  /**
   * Removes guest data from finished commands first seen before `cutoffIso`: the creator and the guest's name
   * in the summary go, notes are passed through `scrubNotes`. The file is rewritten at once, so no earlier line
   * still holds the data. Returns the ids changed. Unfinished commands keep their data until they finish.
   */
  forgetGuestData(cutoffIso: string, scrubNotes: (id: string, notes: string) => string): string[] {
    const changed: string[] = [];
    for (const e of this.entries.values()) {
      if (e.phase !== 'final' || e.guestDataRemoved || e.firstSeen >= cutoffIso) continue;
      e.creator = null;
      e.summaryParts = withoutGuest(summaryPartsOf(e));
      e.summary = summaryText('en', e.summaryParts);
      if (e.outcome?.notes) e.outcome = { ...e.outcome, notes: scrubNotes(e.id, e.outcome.notes) };
      e.guestDataRemoved = true;
      changed.push(e.id);
    }
    if (changed.length && !this.readOnly) this.compactLive();
    return changed;
  }

  close(): void {
    if (this.fd === null) return;
    fdatasyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }

  private append(record: object, durable: boolean): void {
    if (this.fd === null) throw new Error(this.readOnly ? 'the journal was opened read-only' : 'the journal is closed');
    writeSync(this.fd, JSON.stringify(record) + '\n');
    if (durable && this.fsync) fdatasyncSync(this.fd);
    this.linesSinceCompact++;
  }

  private load(): void {
    if (!existsSync(this.file)) return;
    const text = readFileSync(this.file, 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let rec: Partial<JournalEntry> & { id?: string };
      try {
        rec = JSON.parse(line) as typeof rec;
      } catch {
        continue; // a torn last line after a crash: the step it described never completed
      }
      if (typeof rec.id !== 'string') continue;
      const prev = this.entries.get(rec.id);
      if (prev) Object.assign(prev, rec);
      else if (rec.phase && rec.deviceId) this.entries.set(rec.id, rec as JournalEntry);
    }
  }

  /** Keeps every unfinished entry and the newest `historyLimit` finished ones. */
  private retained(): JournalEntry[] {
    const finished = this.all()
      .filter((e) => e.phase === 'final' && e.reported)
      .reverse() // newest first among equal timestamps (the sort is stable)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    for (const old of finished.slice(this.historyLimit)) this.entries.delete(old.id);
    return this.all();
  }

  private compact(): void {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w', OWNER_ONLY);
    fchmodSync(fd, OWNER_ONLY); // a .tmp left by a crash keeps its old mode otherwise
    for (const e of this.retained()) writeSync(fd, JSON.stringify(e) + '\n');
    fdatasyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.file);
    this.linesSinceCompact = 0;
  }

  private compactLive(): void {
    if (this.fd === null) return; // closed: the next open compacts
    closeSync(this.fd);
    this.compact();
    this.fd = openSync(this.file, 'a', OWNER_ONLY);
  }
}
