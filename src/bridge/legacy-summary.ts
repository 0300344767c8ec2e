import type { SummaryParts } from './api.js';
import {
  INVALID_KEY_SUMMARY,
  INVALID_PRINT_SUMMARY,
  keySummary,
  printSummary,
  SUMMARY_SEPARATOR,
  UNREADABLE_SUMMARY,
} from './command-summary.js';

/**
 * Reads the English summary line of a journal written before summaries were kept as data (bridges up to
 * 2026-11-30 wrote only `summary`: "Print · 2 copies", "2 keys · room 412 · Novák", "Print", "Key",
 * "Unreadable command", or a device type such as "Tablet"). Used for those old entries only: new entries
 * carry `summaryParts`. A form it does not know is kept whole, as text shown as it is (no guest part).
 */
export function legacySummary(summary: string): SummaryParts {
  const [head = '', ...rest] = summary.split(SUMMARY_SEPARATOR);
  const copies = head === 'Print' && rest.length === 1 ? /^(\d+) (?:copy|copies)$/.exec(rest[0]!) : null;
  if (copies) return printSummary(Number(copies[1]));
  const keys = /^(\d+) keys?$/.exec(head);
  const room = /^room (.+)$/.exec(rest[0] ?? '');
  if (keys && room) {
    // After the rooms comes the guest's last name (absent once retention removed it).
    const guest = rest.slice(1).join(SUMMARY_SEPARATOR);
    return { ...keySummary(Number(keys[1]), [room[1]!], guest), guest: guest || null };
  }
  if (rest.length === 0 && head === 'Print') return INVALID_PRINT_SUMMARY;
  if (rest.length === 0 && head === 'Key') return INVALID_KEY_SUMMARY;
  if (rest.length === 0 && head === 'Unreadable command') return UNREADABLE_SUMMARY;
  return { what: [summary], guest: null };
}
