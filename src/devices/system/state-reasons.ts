/**
 * IPP printer-state-reasons (RFC 8011 §5.4.12, PWG 5100.9 and the IANA IPP registry) in words a
 * receptionist can act on. Reasons may carry a severity suffix (`-report`, `-warning`, `-error`);
 * CUPS adds them for what a backend reports, printers often send the bare keyword.
 */

interface Reading {
  /** Short status, e.g. "Out of paper". */
  words: string;
  /** What to do, e.g. "Refill the paper tray". */
  action: string;
}

const READINGS: Record<string, Reading> = {
  'media-empty': { words: 'is out of paper', action: 'Refill the paper tray' },
  'media-needed': { words: 'needs paper loaded', action: 'Load paper in the tray it asks for' },
  'media-low': { words: 'is low on paper', action: 'Add paper soon' },
  'media-jam': { words: 'has a paper jam', action: 'Open the printer and remove the jammed paper' },
  'door-open': { words: 'has a door or cover open', action: 'Close the printer door' },
  'cover-open': { words: 'has its cover open', action: 'Close the printer cover' },
  'toner-empty': { words: 'is out of toner', action: 'Replace the toner cartridge' },
  'marker-supply-empty': { words: 'is out of ink or toner', action: 'Replace the cartridge' },
  'toner-low': { words: 'is low on toner', action: 'Have a toner cartridge ready' },
  'marker-supply-low': { words: 'is low on ink or toner', action: 'Have a cartridge ready' },
  'input-tray-missing': { words: 'has a paper tray pulled out', action: 'Push the paper tray back in' },
  'output-area-full': { words: 'has a full output tray', action: 'Empty the output tray' },
  offline: { words: 'is offline', action: 'Check that the printer is switched on and connected' },
  'offline-report': { words: 'is offline', action: 'Check that the printer is switched on and connected' },
  'connecting-to-device': { words: 'cannot be reached', action: 'Check that the printer is switched on and connected to the network' },
  shutdown: { words: 'is switched off', action: 'Switch the printer on' },
  paused: { words: 'is paused in the print settings of this computer', action: 'Resume the printer in the print settings' },
  'moving-to-paused': { words: 'is being paused', action: 'Resume the printer in the print settings' },
  other: { words: 'reports a problem', action: 'Check the printer display' },
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

/** "is out of paper" for one keyword (suffix removed); unknown keywords keep their IPP name. */
export function reasonWords(key: string): Reading {
  return READINGS[key] ?? { words: `reports "${key}"`, action: 'Check the printer display' };
}

/**
 * One sentence for staff about a printer's blocking problems, e.g. "The office printer is out of
 * paper. Refill the paper tray; the invoice will print when it is ready." Null when nothing blocks.
 * `waiting` = the job is held for the configured wait (changes the second sentence).
 */
export function problemNote(printer: string, reasons: readonly string[], state: string, waiting: boolean): string | null {
  const { blocking } = summarizeReasons(reasons);
  if (blocking.length === 0 && state !== 'stopped') return null;
  const keys = blocking.length > 0 ? blocking : ['paused'];
  const words = keys.map((k) => reasonWords(k).words);
  const actions = [...new Set(keys.map((k) => reasonWords(k).action))].map((a, i) =>
    i === 0 ? a : a.charAt(0).toLowerCase() + a.slice(1),
  );
  const first = `The printer "${printer}" ${joinAnd(words)}.`;
  return `${first} ${joinAnd(actions)}${waiting ? '; the document will print when it is ready.' : '.'}`;
}

/** Short status words for the device list, e.g. "Out of paper" (null when nothing to say). */
export function statusWords(reasons: readonly string[], state: string): string | null {
  const { blocking, warnings } = summarizeReasons(reasons);
  const keys = blocking.length > 0 ? blocking : warnings;
  if (keys.length === 0) return state === 'stopped' ? 'Stopped' : null;
  const w = reasonWords(keys[0]!).words.replace(/^(is|has|needs|reports|cannot) /, (s) => (s === 'is ' ? '' : s));
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
