/**
 * IPP printer-state-reasons (RFC 8011 §5.4.12, PWG 5100.9 and the IANA IPP registry) in words a
 * receptionist can act on. Reasons may carry a severity suffix (`-report`, `-warning`, `-error`);
 * CUPS adds them for what a backend reports, printers often send the bare keyword.
 */

import type { MessageKey } from '../../i18n/catalogs/en.js';
import { listOf, msg, type Message, type Note } from '../../i18n/note.js';
import { renderMessage } from '../../i18n/render-note.js';

interface Reading {
  /** What the printer does, after "The printer X …": `system.reason.*`, e.g. "is out of paper". */
  words: MessageKey;
  /** What to do, one sentence: `system.action.*`, e.g. "Refill the paper tray." */
  action: MessageKey;
}

/** The keywords staff can act on, most important first (the order of a note's sentences). */
const READINGS: Record<string, Reading> = {
  'media-empty': { words: 'system.reason.media-empty', action: 'system.action.media-empty' },
  'media-needed': { words: 'system.reason.media-needed', action: 'system.action.media-needed' },
  'media-low': { words: 'system.reason.media-low', action: 'system.action.media-low' },
  'media-jam': { words: 'system.reason.media-jam', action: 'system.action.media-jam' },
  'door-open': { words: 'system.reason.door-open', action: 'system.action.door-open' },
  'cover-open': { words: 'system.reason.cover-open', action: 'system.action.cover-open' },
  'toner-empty': { words: 'system.reason.toner-empty', action: 'system.action.toner-empty' },
  'marker-supply-empty': { words: 'system.reason.marker-supply-empty', action: 'system.action.marker-supply-empty' },
  'toner-low': { words: 'system.reason.toner-low', action: 'system.action.toner-low' },
  'marker-supply-low': { words: 'system.reason.marker-supply-low', action: 'system.action.marker-supply-low' },
  'input-tray-missing': { words: 'system.reason.input-tray-missing', action: 'system.action.input-tray-missing' },
  'output-area-full': { words: 'system.reason.output-area-full', action: 'system.action.output-area-full' },
  offline: { words: 'system.reason.offline', action: 'system.action.offline' },
  'offline-report': { words: 'system.reason.offline', action: 'system.action.offline' },
  'connecting-to-device': { words: 'system.reason.connecting-to-device', action: 'system.action.connecting-to-device' },
  shutdown: { words: 'system.reason.shutdown', action: 'system.action.shutdown' },
  paused: { words: 'system.reason.paused', action: 'system.action.paused' },
  'moving-to-paused': { words: 'system.reason.moving-to-paused', action: 'system.action.paused' },
  other: { words: 'system.reason.other', action: 'system.action.other' },
};

/** Reasons that stop printing when they come bare (printers) or with `-error`. */
const BLOCKING_BARE = new Set([
  'media-empty',
  'media-needed',
  'media-jam',
  'door-open',
  'cover-open',
  'toner-empty',
  'marker-supply-empty',
  'input-tray-missing',
  'output-area-full',
  'offline',
  'shutdown',
  'paused',
  'moving-to-paused',
]);

export interface ReasonSummary {
  /** Keywords that stop printing now (suffix removed), most important first. */
  blocking: string[];
  /** Keywords worth showing but not blocking (low paper, low toner). */
  warnings: string[];
}

/** Splits printer-state-reasons into blocking problems and warnings (unknown keywords: warnings). */
export function summarizeReasons(reasons: readonly string[]): ReasonSummary {
  const blocking: string[] = [];
  const warnings: string[] = [];
  for (const raw of reasons) {
    if (!raw || raw === 'none') continue;
    const m = /^(.*?)-(report|warning|error)$/.exec(raw);
    const key = m ? m[1]! : raw;
    const severity = m ? m[2] : null;
    // cups-* reasons describe the queue's own workings (e.g. cups-waiting-for-job-completed), not a fault.
    if (key.startsWith('cups-') || severity === 'report') continue;
    const push = (arr: string[]) => (arr.includes(key) ? undefined : arr.push(key));
    if (severity === 'error' || (severity === null && BLOCKING_BARE.has(key))) push(blocking);
    else push(warnings);
  }
  blocking.sort((a, b) => order(a) - order(b));
  return { blocking, warnings };
}

function order(key: string): number {
  const i = Object.keys(READINGS).indexOf(key);
  return i < 0 ? 999 : i;
}

/** The words for one keyword (suffix removed); an unknown keyword is named as it is ("reports "spool-area-full""). */
function reasonWords(key: string): Message {
  const known = READINGS[key];
  return known ? msg(known.words) : msg('system.reason.unknown', { keyword: key });
}

function reasonAction(key: string): MessageKey {
  return (READINGS[key] ?? READINGS.other!).action;
}

/**
 * A note for staff about a printer's blocking problems, e.g. "The printer "Office" is out of paper. Refill the
 * paper tray. The document will print when the printer is ready." Null when nothing blocks. `waiting` = the job
 * is held for the configured wait (adds the last sentence).
 */
export function problemNote(printer: string, reasons: readonly string[], state: string, waiting: boolean): Note | null {
  const { blocking } = summarizeReasons(reasons);
  if (blocking.length === 0 && state !== 'stopped') return null;
  const keys = blocking.length > 0 ? blocking : ['paused'];
  const actions = [...new Set(keys.map(reasonAction))].map((key) => msg(key));
  return [
    msg('system.printerProblem', { printer, problems: listOf(keys.map(reasonWords)) }),
    ...actions,
    ...(waiting ? [msg('system.printsWhenReady')] : []),
  ];
}

/** Short status words for the device list, in English, e.g. "Out of paper" (null when nothing to say). */
export function statusWords(reasons: readonly string[], state: string): string | null {
  const { blocking, warnings } = summarizeReasons(reasons);
  const keys = blocking.length > 0 ? blocking : warnings;
  if (keys.length === 0) return state === 'stopped' ? 'Stopped' : null;
  const w = renderMessage('en', reasonWords(keys[0]!)).replace(/^(is|has|needs|reports|cannot) /, (s) => (s === 'is ' ? '' : s));
  return w.charAt(0).toUpperCase() + w.slice(1);
}
