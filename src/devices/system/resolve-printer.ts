import type { PrinterRef } from './backend.js';
import type { SystemPrinter, SystemPrinterList } from './types.js';

/**
 * Which OS printer a command prints on: the device's `options.printer` when set (a name or an
 * `ipp://` / `ipps://` address), else the command's PrinterName. Names match case-insensitively,
 * first on the queue name, then on the description the OS settings show (macOS shows
 * `printer-info` as the printer's name; Windows shows the printer name).
 */

export type Resolution = { ok: true; ref: PrinterRef; printer: SystemPrinter | null } | { ok: false; note: string };

/** True for `ipp://…` and `ipps://…`. */
export function isPrinterAddress(s: string): boolean {
  return /^ipps?:\/\//i.test(s);
}

export function resolvePrinter(wanted: string, printers: SystemPrinterList): Resolution {
  if (isPrinterAddress(wanted)) return { ok: true, ref: { kind: 'direct', uri: wanted }, printer: null };
  const w = wanted.trim().toLowerCase();
  const byName = printers.printers.find((p) => p.name.toLowerCase() === w);
  const found = byName ?? printers.printers.find((p) => (p.info ?? '').trim().toLowerCase() === w);
  if (found) return { ok: true, ref: { kind: 'queue', name: found.name }, printer: found };
  return { ok: false, note: notFoundNote(wanted, printers) };
}

/** `No printer named "X" on this computer. Its printers: "A" (default), "B".` */
export function notFoundNote(wanted: string, printers: SystemPrinterList): string {
  const names = printers.printers.map(
    (p) => `"${p.name}"${p.info && p.info !== p.name ? ` (${p.info})` : ''}${p.isDefault ? ' (default)' : ''}`,
  );
  const have = names.length > 0 ? `This computer's printers: ${names.join(', ')}.` : 'This computer has no printers set up.';
  return `No printer named "${wanted}" on this computer. ${have} Fix the printer name in Mews or choose the printer in this device's settings.`;
}

/**
 * Mews's legacy PrinterDriverName / PrinterPortName, when sent and different from what the matched
 * printer has, in words for the note (the printer name decides; nothing is silently ignored).
 */
export function legacyFieldNotes(printer: SystemPrinter | null, driverName: string | undefined, portName: string | undefined): string[] {
  const out: string[] = [];
  const differs = (sent: string, actual: string | null) => actual !== null && !actual.toLowerCase().includes(sent.toLowerCase());
  if (driverName && printer && differs(driverName, printer.driverName))
    out.push(`Mews names the driver "${driverName}" but "${printer.name}" uses "${printer.driverName}"`);
  if (portName && printer && differs(portName, printer.portName))
    out.push(`Mews names the port "${portName}" but "${printer.name}" is on "${printer.portName}"`);
  if (out.length === 0) return [];
  return [`${out.join('; ')}. Printed on "${printer!.name}" by its name; Mews says to leave the driver and port empty.`];
}
