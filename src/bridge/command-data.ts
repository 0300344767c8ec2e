import type { Job } from '../devices/driver.js';
import { keyCutterDataSchema, printerDataSchema, type MewsCommand } from '../mews/wire.js';

/** Turns a validated Mews command into a driver Job, or a note saying what is wrong with it. */

export type ParsedCommand = { ok: true; job: Job; summary: string } | { ok: false; note: string; summary: string };

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

export function parseCommand(cmd: MewsCommand): ParsedCommand {
  switch (cmd.Device.Type) {
    case 'Printer':
      return parsePrinter(cmd);
    case 'KeyCutter':
      return parseKeyCutter(cmd);
    default:
      return { ok: false, summary: cmd.Device.Type, note: `Device type "${cmd.Device.Type}" is not supported by this bridge.` };
  }
}

function parsePrinter(cmd: MewsCommand): ParsedCommand {
  const r = printerDataSchema.safeParse(cmd.Data);
  if (!r.success) return { ok: false, summary: 'Print', note: `Invalid print data from Mews (${issue(r.error)}).` };
  const d = r.data;
  const summary = `Print · ${d.CopyCount} ${d.CopyCount === 1 ? 'copy' : 'copies'}`;
  if (d.FileType.toLowerCase() !== 'application/pdf')
    return { ok: false, summary, note: `Cannot print a "${d.FileType}" file: only PDF documents are supported.` };
  if (!BASE64.test(d.FileData)) return { ok: false, summary, note: 'The document sent by Mews is corrupt (invalid base64 data).' };
  const pdf = Uint8Array.from(Buffer.from(d.FileData, 'base64')); // a plain Uint8Array: PDF renderers refuse Buffer
  if (pdf.length === 0) return { ok: false, summary, note: 'The document sent by Mews is empty.' };
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
  if (!r.success) return { ok: false, summary: 'Key', note: `Invalid key data from Mews (${issue(r.error)}).` };
  const d = r.data;
  const rooms = d.LockIds.join(', ');
  const summary = `${d.KeyCount} ${d.KeyCount === 1 ? 'key' : 'keys'} · room ${rooms} · ${d.LastName}`;
  let keyCutterData: Record<string, unknown> = {};
  if (d.KeyCutterData) {
    try {
      const parsed: unknown = JSON.parse(d.KeyCutterData);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      keyCutterData = parsed as Record<string, unknown>;
    } catch {
      return { ok: false, summary, note: 'The key cutter "Data JSON" configured in Mews is not valid JSON.' };
    }
  }
  const start = new Date(d.StartUtc);
  const end = new Date(d.EndUtc);
  if (!(end > start)) return { ok: false, summary, note: 'The key validity ends before it starts; check the reservation dates.' };
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
      keyCutterData,
    },
  };
}

function issue(err: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = err.issues[0];
  return i ? `${i.path.map(String).join('.') || 'Data'}: ${i.message}` : 'unknown problem';
}
