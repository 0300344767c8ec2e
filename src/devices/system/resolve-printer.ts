import { listOf, msg, type ListParam, type Message, type Note } from '../../i18n/note.js';
import type { PrinterRef } from './backend.js';
import type { SystemPrinter, SystemPrinterList } from './types.js';

/**
 * Which OS printer a command prints on: the device's `options.printer` when set (a name or an
 * `ipp://` / `ipps://` address), else the command's PrinterName. Names match case-insensitively,
 * first on the queue name, then on the description the OS settings show (macOS shows
 * `printer-info` as the printer's name; Windows shows the printer name).
 */

export type Resolution = { ok: true; ref: PrinterRef; printer: SystemPrinter | null } | { ok: false; note: Note };

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

/** `No printer named "X" on this computer. This computer's printers: "A" (default) and "B". Fix the printer name …` */
export function notFoundNote(wanted: string, printers: SystemPrinterList): Note {
  return [msg('system.notFound', { printer: wanted }), printersHere(printers), msg('system.fixPrinterName')];
}

/** The sentence naming this computer's printers (the default one marked), or saying it has none. */
export function printersHere(printers: SystemPrinterList): Message {
  if (printers.printers.length === 0) return msg('system.noPrinters');
  return msg('system.printersHere', { list: printerItems(printers) });
}

/** This computer's printers as a list for a message: `"office" (Office A4) (default), "bar"`. */
export function printerItems(printers: SystemPrinterList): ListParam {
  return listOf(
    printers.printers.map((p) =>
      p.info && p.info !== p.name
        ? msg('system.printerItemInfo', { name: p.name, info: p.info, isDefault: p.isDefault ? 'yes' : 'no' })
        : msg('system.printerItem', { name: p.name, isDefault: p.isDefault ? 'yes' : 'no' }),
    ),
  );
}

/**
 * Mews's legacy PrinterDriverName / PrinterPortName, when sent and different from what the matched
 * printer has, in words for the note (the printer name decides; nothing is silently ignored).
 */
export function legacyFieldNotes(printer: SystemPrinter | null, driverName: string | undefined, portName: string | undefined): Note {
  if (!printer) return [];
  const out: Message[] = [];
  const differs = (sent: string, actual: string | null) => actual !== null && !actual.toLowerCase().includes(sent.toLowerCase());
  if (driverName && differs(driverName, printer.driverName))
    out.push(msg('system.legacyDriver', { sent: driverName, printer: printer.name, actual: printer.driverName! }));
  if (portName && differs(portName, printer.portName))
    out.push(msg('system.legacyPort', { sent: portName, printer: printer.name, actual: printer.portName! }));
  if (out.length === 0) return [];
  return [...out, msg('system.legacyPrintedByName', { printer: printer.name })];
}
