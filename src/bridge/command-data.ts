import type { DeviceConfig } from '../config/schema.js';
import type { Job } from '../devices/driver.js';
import { keyCutterDataSchema, printerDataSchema, type MewsCommand } from '../mews/wire.js';
import { guestValues } from '../util/guest-data.js';
import { oversizedLength } from '../mews/bounded-body.js';
import { looksLikePdf } from '../devices/pdf/pdf-header.js';
import { isPdfFileType } from './is-pdf-file-type.js';
import { lockProtocolOf } from './lock-protocol-of.js';
import type { z } from 'zod';
import { msg, type Message, type Note } from '../i18n/note.js';
import { dataIssueNote } from './data-issue-note.js';
import type { SummaryParts } from './api.js';
import { INVALID_KEY_SUMMARY, INVALID_PRINT_SUMMARY, keySummary, otherSummary, printSummary } from './command-summary.js';

/** Turns a validated Mews command into a driver Job, or a note saying what is wrong with it. */

/** `summary`: what the queue shows of the command (see `command-summary.ts`). */
export type ParsedCommand = { ok: true; job: Job; summary: SummaryParts } | { ok: false; note: Note; summary: SummaryParts };

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

/** Documents larger than this fail before they are decoded, unless the device sets its own `maxPdfBytes`. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Also remembers the command's personal data (guest names, phone, e-mail) so logs are scrubbed of it.
 * `maxDocumentBytes`: a print document whose base64 would decode to more fails with a note, never decoded.
 */
/** The largest print document a device takes (its `maxPdfBytes` where it has one). */
export function documentLimit(device: DeviceConfig): number {
  const o = device.options as { maxPdfBytes?: number };
  return o.maxPdfBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
}

export function parseCommand(cmd: MewsCommand, maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES): ParsedCommand {
  rememberPersonalData(cmd);
  switch (cmd.Device.Type) {
    case 'Printer':
      return parsePrinter(cmd, maxDocumentBytes);
    case 'KeyCutter':
      return parseKeyCutter(cmd);
    default:
      return { ok: false, summary: otherSummary(cmd.Device.Type), note: [msg('command.deviceTypeUnsupported', { type: cmd.Device.Type })] };
  }
}

function parsePrinter(cmd: MewsCommand, maxDocumentBytes: number): ParsedCommand {
  const r = printerDataSchema.safeParse(cmd.Data);
  if (!r.success)
    return { ok: false, summary: INVALID_PRINT_SUMMARY, note: [msg('command.invalidPrintData', { issue: firstIssue(r.error, cmd.Data) })] };
  const d = r.data;
  const summary = printSummary(d.CopyCount);
  const skipped = oversizedLength(d.FileData); // too long to read from Mews at all (see mews/bounded-body.ts)
  if (skipped !== null)
    return {
      ok: false,
      summary,
      note: [msg('command.documentTooLargeToRead', { size: mb((skipped * 3) / 4) })],
    };
  // Checked before decoding: base64 carries 3 bytes in 4 characters.
  const decodedBytes = Math.floor((d.FileData.length * 3) / 4);
  if (decodedBytes > maxDocumentBytes)
    return {
      ok: false,
      summary,
      note: [msg('command.documentTooLarge', { size: mb(decodedBytes), limit: mb(maxDocumentBytes) })],
    };
  if (!BASE64.test(d.FileData)) return { ok: false, summary, note: [msg('command.documentCorrupt')] };
  const pdf = Uint8Array.from(Buffer.from(d.FileData, 'base64')); // a plain Uint8Array: PDF renderers refuse Buffer
  if (pdf.length === 0) return { ok: false, summary, note: [msg('command.documentEmpty')] };
  // The label is checked only when the bytes are not a PDF: a PDF labelled oddly still prints.
  if (!isPdfFileType(d.FileType) && !looksLikePdf(pdf))
    return {
      ok: false,
      summary,
      note: [msg('command.documentNotPdf', { type: d.FileType.slice(0, 60) })],
    };
  return {
    ok: true,
    summary,
    job: {
      kind: 'print',
      pdf,
      copies: d.CopyCount,
      printerName: d.PrinterName?.trim() || cmd.Device.Name,
      printerDriverName: d.PrinterDriverName?.trim() ?? '',
      printerPortName: d.PrinterPortName?.trim() ?? '',
    },
  };
}

function parseKeyCutter(cmd: MewsCommand): ParsedCommand {
  const r = keyCutterDataSchema.safeParse(cmd.Data);
  if (!r.success)
    return { ok: false, summary: INVALID_KEY_SUMMARY, note: [msg('command.invalidKeyData', { issue: firstIssue(r.error, cmd.Data) })] };
  const d = r.data;
  const summary = keySummary(d.KeyCount, d.LockIds, d.LastName);
  let keyCutterData: Record<string, unknown> = {};
  if (d.KeyCutterData) {
    try {
      const parsed: unknown = JSON.parse(d.KeyCutterData);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      keyCutterData = parsed as Record<string, unknown>;
    } catch {
      return { ok: false, summary, note: [msg('command.keyDataJsonInvalid')] };
    }
  }
  const lock = lockProtocolOf(keyCutterData.Type);
  const start = new Date(d.StartUtc);
  const end = new Date(d.EndUtc);
  if (!(end > start)) return { ok: false, summary, note: [msg('command.keyDatesReversed')] };
  return {
    ok: true,
    summary,
    job: {
      kind: 'key',
      keyCount: d.KeyCount,
      lockIds: d.LockIds,
      startUtc: start,
      endUtc: end,
      firstName: d.FirstName ?? null,
      lastName: d.LastName,
      normalizedFirstName: d.NormalizedFirstName ?? null,
      normalizedLastName: d.NormalizedLastName ?? null,
      reservationNumber: d.ReservationNumber ?? null,
      reservationId: d.ReservationId ?? null,
      telephone: d.Telephone ?? null,
      email: d.Email ?? null,
      keyCutterId: d.KeyCutterId ?? null,
      apiUrl: d.ApiUrl ?? null,
      lockProtocol: lock.protocol,
      lockProtocolNote: lock.note,
      keyCutterData,
    },
  };
}

function rememberPersonalData(cmd: MewsCommand): void {
  const d = (cmd.Data ?? {}) as Record<string, unknown>;
  const text = (k: string): string | null => (typeof d[k] === 'string' ? d[k] : null);
  guestValues.remember(cmd.Id, [
    text('FirstName'),
    text('LastName'),
    text('NormalizedFirstName'),
    text('NormalizedLastName'),
    text('Telephone'),
    text('Email'),
    [text('FirstName'), text('LastName')].filter(Boolean).join(' '),
  ]);
  // Room names are not guest data: a guest called "Park" must not mask the room "Park Suite" in the log.
  const rooms = Array.isArray(d.LockIds) ? d.LockIds.filter((r): r is string => typeof r === 'string') : [];
  if (rooms.length) guestValues.protect(cmd.Id, rooms);
}

/** Megabytes to one decimal (the note formats the number in its language). */
function mb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

/** The first thing wrong with `data` (the command's `Data`), in the staff's language (see `dataIssueNote`). */
function firstIssue(err: z.ZodError, data: unknown): Message {
  const first = err.issues[0];
  return first ? dataIssueNote(first, data) : msg('dataIssue.invalid', { field: 'Data' });
}
