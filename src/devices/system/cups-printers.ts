import {
  cupsServer,
  cupsTarget,
  directTarget,
  ippRequest,
  IppStatusError,
  list,
  text,
  type CupsServer,
  type IppAttributes,
} from './ipp-client.js';
import { statusWords } from './state-reasons.js';
import { msg, type Message } from '../../i18n/note.js';
import { englishNote } from '../../i18n/render-note.js';
import type { SystemPrinter, SystemPrinterList } from './types.js';

/**
 * The printers CUPS knows (CUPS-Get-Printers, CUPS-Get-Default) and the state of one IPP printer
 * (Get-Printer-Attributes), as SystemPrinter records. Honours `CUPS_SERVER` like `lpstat`.
 */

/** Printer attributes asked for (RFC 8011 §5.4, PWG 5100.13, CUPS printer-type). */
export const PRINTER_ATTRIBUTES = [
  'printer-name',
  'printer-info',
  'printer-location',
  'printer-make-and-model',
  'printer-state',
  'printer-state-reasons',
  'printer-is-accepting-jobs',
  'printer-uri-supported',
  'device-uri',
  'media-supported',
  'media-default',
  'sides-supported',
  'media-source-supported',
  'print-color-mode-supported',
  'orientation-requested-supported',
  'print-scaling-supported',
];

const STATES = new Set(['idle', 'processing', 'stopped']);

/** One `printer-attributes-tag` group as a SystemPrinter. */
export function printerFromAttributes(a: IppAttributes, opts: { uri: string | null; defaultName: string | null }): SystemPrinter {
  const name = text(a['printer-name']) ?? opts.uri ?? '?';
  const rawState = text(a['printer-state']) ?? 'unknown';
  const state = (STATES.has(rawState) ? rawState : 'unknown') as SystemPrinter['state'];
  const reasons = list(a['printer-state-reasons']).filter((r) => r !== 'none');
  return {
    name,
    info: text(a['printer-info']),
    uri: opts.uri,
    state,
    reasons,
    problem: statusWords(reasons, state),
    isDefault: opts.defaultName !== null && opts.defaultName === name,
    acceptingJobs: a['printer-is-accepting-jobs'] !== false,
    makeAndModel: text(a['printer-make-and-model']),
    location: text(a['printer-location']) || null,
    driverName: text(a['printer-make-and-model']),
    portName: text(a['device-uri']),
    supported: {
      media: list(a['media-supported']),
      mediaDefault: text(a['media-default']),
      sides: list(a['sides-supported']),
      mediaSources: list(a['media-source-supported']),
      colorModes: list(a['print-color-mode-supported']),
    },
  };
}

/** Plain words when CUPS itself cannot be asked (where it was asked, and how to start it). */
export function cupsDownNote(server: CupsServer): Message {
  return server.address ? msg('system.cupsDownAt', { address: server.address }) : msg('system.cupsDown');
}

/** The printers of the CUPS server named by `CUPS_SERVER` (or the local one). Never throws: `error` says why the list is empty. */
export async function listCupsPrinters(env: NodeJS.ProcessEnv = process.env): Promise<SystemPrinterList> {
  const server = cupsServer(env);
  const target = cupsTarget(server);
  try {
    const defaultName = await ippRequest(target, {
      operation: 'CUPS-Get-Default',
      operationAttributes: { 'requested-attributes': ['printer-name'] },
      timeoutMs: 10_000,
    })
      .then((r) => text(r.printers[0]?.['printer-name']))
      .catch((err: unknown) => {
        if (err instanceof IppStatusError) return null; // client-error-not-found: no default printer
        throw err;
      });
    const res = await ippRequest(target, {
      operation: 'CUPS-Get-Printers',
      operationAttributes: { 'requested-attributes': PRINTER_ATTRIBUTES },
      timeoutMs: 10_000,
    }).catch((err: unknown) => {
      if (err instanceof IppStatusError && err.status === 'client-error-not-found') return { printers: [] as IppAttributes[] };
      throw err;
    });
    const printers = res.printers.map((a) => printerFromAttributes(a, { uri: null, defaultName }));
    printers.sort((x, y) => x.name.localeCompare(y.name));
    return { system: 'cups', printers, defaultPrinter: defaultName, error: null };
  } catch (err) {
    const note = errorWords(err, server);
    return { system: 'cups', printers: [], defaultPrinter: null, error: englishNote([note]), errorNote: [note] };
  }
}

/** Get-Printer-Attributes of one printer (`ipp://` address) or CUPS queue (name). Throws IppUnreachableError / IppStatusError. */
export async function printerAttributes(
  printer: { uri: string } | { queue: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<SystemPrinter> {
  const target = 'uri' in printer ? directTarget(printer.uri) : cupsTarget(cupsServer(env), printer.queue);
  const res = await ippRequest(target, {
    operation: 'Get-Printer-Attributes',
    operationAttributes: { 'requested-attributes': PRINTER_ATTRIBUTES },
    timeoutMs: 10_000,
  });
  const a = res.printers[0] ?? {};
  if ('uri' in printer) return printerFromAttributes({ ...a, 'printer-name': printer.uri }, { uri: printer.uri, defaultName: null });
  return printerFromAttributes(a, { uri: null, defaultName: null });
}

function errorWords(err: unknown, server: CupsServer): Message {
  if (err instanceof IppStatusError) return msg('system.cupsRefusedList', { error: err.message });
  if (err instanceof Error && err.name === 'IppUnreachableError') return cupsDownNote(server);
  return msg('system.listFailed', { error: err instanceof Error ? err.message : String(err) });
}
