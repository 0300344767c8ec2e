import type { MessageLog } from '../util/bound-log.js';
import type { DeviceStatus } from './device-status.js';
import { englishNote, noteMessage } from '../i18n/render-note.js';
import { asNote, type Note, type NotePart } from '../i18n/note.js';

export type { DeviceHealth, DeviceStatus } from './device-status.js';

/**
 * The driver contract. A driver knows its device and nothing about Mews: the bridge turns a
 * validated Mews command into a Job, and a driver turns a Job into bytes on a transport.
 */

export interface PrintJob {
  kind: 'print';
  /** Raw PDF bytes (already base64-decoded by the bridge). */
  pdf: Uint8Array;
  copies: number;
  /** Mews's `PrinterName` (the Mews device's name when Mews sent none): the `system` driver prints on the OS printer of that name. */
  printerName: string;
  /** Mews's legacy `PrinterDriverName` / `PrinterPortName` (Windows); empty or absent when not sent. */
  printerDriverName?: string;
  printerPortName?: string;
}

/** A lock system's interface protocol: Salto's (Industry Standard Protocol) or FIAS (dormakaba, Messerschmitt). */
export type LockProtocol = 'salto' | 'fias';

export interface KeyJob {
  kind: 'key';
  keyCount: number;
  lockIds: string[];
  startUtc: Date;
  endUtc: Date;
  firstName: string | null;
  lastName: string;
  normalizedFirstName: string | null;
  normalizedLastName: string | null;
  reservationNumber: string | null;
  reservationId: string | null;
  telephone: string | null;
  email: string | null;
  /** Encoder id/address from Mews (`KeyCutterId`). */
  keyCutterId: string | null;
  /** Lock server address from Mews (`ApiUrl`), e.g. "192.168.1.20:5010" or "tcp://host:port". */
  apiUrl: string | null;
  /**
   * The lock system's protocol, read by the bridge from `KeyCutterData.Type`; null when the command
   * names none this bridge speaks (then `lockProtocolNote` says why, in words for staff).
   */
  lockProtocol: LockProtocol | null;
  lockProtocolNote: Note | null;
  /** Parsed `KeyCutterData` JSON: vendor options (`Operator`, `Eject`, `Workstation`, …). Unknown fields kept. */
  keyCutterData: Record<string, unknown>;
}

export type Job = PrintJob | KeyJob;

export interface JobContext {
  /** Stable id of this job (the Mews command id); the same on a retry. */
  jobId: string;
  /** Aborted when the command is cancelled, times out or the bridge stops. */
  signal: AbortSignal;
  /** Report progress in 0..1; the bridge throttles what it forwards to Mews. */
  progress(fraction: number): void;
  /**
   * Must be awaited immediately before the first byte that can change the device's state leaves
   * (first print byte, key request). It durably records that the command may have reached the
   * device, so a crash after this point is reported as an Error and never silently re-run.
   */
  beforeSideEffect(): Promise<void>;
  log: DriverLog;
}

/** Drivers log message first, fields second. */
export type DriverLog = MessageLog;

/**
 * Outcome of a job: what Mews shows as the command's Notes (receptionist-readable). `note` (message keys,
 * rendered in the bridge's language when the command ends) wins over `notes` (text kept as it is; with
 * `note`, the same in English).
 */
export interface JobResult {
  note?: Note;
  notes?: string;
}

/** A job's outcome with a note in message keys (and its English text, as `DeviceError` keeps its message). */
export function noted(note: Note | NotePart): JobResult {
  const parts = asNote(note);
  return { note: parts, notes: englishNote(parts) };
}

/**
 * Thrown by drivers for a failure a receptionist can act on. `note` is what Mews gets, rendered in the
 * bridge's language when the command ends (message keys of `src/i18n/catalogs`; a string part is kept as
 * it is); `message` is the same note in English, for logs.
 */
export class DeviceError extends Error {
  readonly note: Note;
  /** False when running the same command again can never succeed (see `UnrunnableCommandError`): no Retry. */
  readonly retryable: boolean = true;
  constructor(
    note: Note | NotePart,
    /** True when the device may have acted (partial print, key maybe encoded). */
    readonly mayHaveActed = false,
  ) {
    const parts = asNote(note);
    super(englishNote(parts));
    this.note = parts;
    this.name = 'DeviceError';
  }
}

/**
 * The command can never run on this device as Mews sent it: a copy count over the driver's limit, a document that
 * is not a PDF, damaged, password-protected, empty, too large or with too many pages. Thrown before any side effect;
 * Retry is not offered (it would fail the same way): Mews must send a corrected command.
 */
export class UnrunnableCommandError extends DeviceError {
  override readonly retryable = false;
}

/**
 * What Test print / Test encode found: `message` in English, `messageNote` the same as message keys for the UI's
 * language (`noteMessage(note)` gives both); a string part of the note keeps a device's or the OS's own words.
 */
export interface TestResult {
  ok: boolean;
  message: string;
  messageNote?: Note;
}

/** A test's result from message keys. */
export function tested(ok: boolean, note: Note | NotePart): TestResult {
  return { ok, ...noteMessage(note) };
}

export interface Driver {
  /** Driver kind as in the config (`escpos`, `salto`, `fias`, `keycutter`, `null`). */
  readonly kind: string;
  /** Open connections / start listening. Must not throw for an absent device: report it in status. */
  start(): Promise<void>;
  /** Close everything; pending jobs are aborted by the bridge before this. */
  stop(): Promise<void>;
  execute(job: Job, ctx: JobContext): Promise<JobResult>;
  /** The current status, as kept by the driver's `StatusBoard`. */
  status(): DeviceStatus;
  /** Subscribe to status changes (see `StatusBoard` for when listeners are called); returns an unsubscribe function. */
  onStatus(listener: (status: DeviceStatus) => void): () => void;
  /** Harmless check or self-test (test print, encoder readiness). */
  test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult>;
  /** PNG of the last thing printed, for the UI preview (printers only). */
  lastPreview?(): Uint8Array | null;
}

/** What went wrong, as a note: a `DeviceError`'s message keys, or another error's own words (kept as they are). */
export function errorNote(err: unknown): Note {
  return err instanceof DeviceError ? err.note : [err instanceof Error ? err.message : String(err)];
}
