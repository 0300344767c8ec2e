import type { SystemOptions } from '../../config/schema.js';
import { asNote, type Message, type Note, type NotePart } from '../../i18n/note.js';
import { englishNote } from '../../i18n/render-note.js';
import type { SystemPrinter, SystemPrinterList } from './types.js';

/**
 * What the `system` driver needs from an operating system's print system. Two implementations:
 * CUPS over IPP (Linux, macOS; also any IPP Everywhere printer by address) and the Windows spooler.
 */

/** A printer the job goes to: an OS queue by name, or an IPP printer by `ipp://` / `ipps://` address. */
export type PrinterRef = { kind: 'queue'; name: string } | { kind: 'direct'; uri: string };

/** Where a job is (IPP job-state, RFC 8011 §5.3.7, reduced). */
export interface JobSnapshot {
  state: 'pending' | 'held' | 'processing' | 'stopped' | 'completed' | 'cancelled' | 'aborted';
  /** IPP job-state-reasons without "none". */
  reasons: string[];
  /** IPP job-state-message (the print system's own words), or our words for a state it cannot name. */
  message: string | Message | null;
}

export interface SubmitRequest {
  printer: PrinterRef;
  /** What the printer says it supports (to drop settings it cannot do). */
  status: SystemPrinter;
  pdf: Uint8Array;
  copies: number;
  options: SystemOptions;
  /** job-name: e.g. "Mews 2391a3df". */
  jobName: string;
  signal: AbortSignal;
}

export interface SubmittedJob {
  /** Opaque to the driver. */
  handle: unknown;
  /** e.g. "job 12 on office"; for logs and notes. */
  label: string;
  /** Settings the printer cannot do and that were left out, for the note (e.g. `paper tray "tray-2" (the printer offers auto, main)`). */
  dropped: Message[];
  /** True when the print system gives no job state back (Windows spooler): handed over = done. */
  untracked: boolean;
}

export interface PrintBackend {
  readonly system: 'cups' | 'windows';
  /** All printers; never throws (`error` says why the list is empty). */
  list(): Promise<SystemPrinterList>;
  /** Current state of one printer. Throws PrintSystemDownError when the print system cannot be asked. */
  printer(ref: PrinterRef): Promise<SystemPrinter>;
  submit(req: SubmitRequest): Promise<SubmittedJob>;
  job(job: SubmittedJob): Promise<JobSnapshot>;
  cancel(job: SubmittedJob): Promise<void>;
  /** Raw bytes to a queue, unfiltered (ESC/POS through an OS printer). Resolves once accepted. */
  submitRaw?(queue: string, bytes: Uint8Array, jobName: string, signal?: AbortSignal): Promise<SubmittedJob>;
}

/** The print system itself (CUPS, the spooler) cannot be reached; `note` is for staff, `message` the same in English. */
export class PrintSystemDownError extends Error {
  readonly note: Note;
  constructor(note: Note | NotePart) {
    const parts = asNote(note);
    super(englishNote(parts));
    this.note = parts;
    this.name = 'PrintSystemDownError';
  }
}

/** A printer (queue or address) that does not exist. */
export class NoSuchPrinterError extends Error {
  constructor(readonly printer: string) {
    super(`no printer "${printer}"`);
    this.name = 'NoSuchPrinterError';
  }
}
