import { msg } from '../../i18n/note.js';
import type { StatusInput } from '../status-board.js';
import { ERROR_CAUSE, OFFLINE_CAUSE, PAPER, PRINTER } from './protocol.js';

/** What the DLE EOT 1/2/4 (and 3 when an error is flagged) replies say, in flags. */
export interface PrinterFlags {
  offline: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  cutterError: boolean;
  error: boolean;
}

export function decodeStatus(s1: number, s2: number, s4: number, s3: number | null): PrinterFlags {
  return {
    offline: (s1 & PRINTER.offline) !== 0,
    coverOpen: (s2 & OFFLINE_CAUSE.coverOpen) !== 0,
    paperOut: (s2 & OFFLINE_CAUSE.paperEndStop) !== 0 || (s4 & PAPER.end) === PAPER.end,
    paperNearEnd: (s4 & PAPER.nearEnd) === PAPER.nearEnd,
    cutterError: s3 !== null && (s3 & ERROR_CAUSE.autocutter) !== 0,
    error: (s2 & OFFLINE_CAUSE.error) !== 0,
  };
}

/** A condition that stops printing, in words a receptionist understands (null = can print). */
/** The note (message key) for what stops the printer, most urgent first; null when nothing does. */
export function blockingProblemKey(
  f: PrinterFlags,
): 'escpos.paperOut' | 'escpos.coverOpen' | 'escpos.cutterJam' | 'escpos.error' | 'escpos.offline' | null {
  if (f.paperOut) return 'escpos.paperOut';
  if (f.coverOpen) return 'escpos.coverOpen';
  if (f.cutterError) return 'escpos.cutterJam';
  if (f.error) return 'escpos.error';
  if (f.offline) return 'escpos.offline';
  return null;
}

/** The printer's status from its flags, the detail as a message ("Paper out"), the most urgent first. */
export function statusFromFlags(f: PrinterFlags): StatusInput & { flags: Record<string, boolean> } {
  const flags = { connected: true, responding: true, ...f };
  if (f.paperOut) return { health: 'attention', detail: msg('status.paperOut'), flags };
  if (f.coverOpen) return { health: 'attention', detail: msg('status.coverOpen'), flags };
  if (f.cutterError) return { health: 'attention', detail: msg('status.cutterJammed'), flags };
  if (f.error) return { health: 'attention', detail: msg('status.printerError'), flags };
  if (f.offline) return { health: 'offline', detail: msg('status.offline'), flags };
  if (f.paperNearEnd) return { health: 'online', detail: msg('status.paperLow'), flags };
  return { health: 'online', detail: null, flags };
}
