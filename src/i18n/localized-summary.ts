import type { Language } from './languages.js';
import { msg, type Message } from './note.js';
import { renderMessage } from './render-note.js';

/**
 * A command's summary as staff read it in the queue, in `language`. The journal keeps summaries in the
 * English form `src/bridge/command-data.ts` writes ("Print · 2 copies", "2 keys · room 412 · Novák",
 * "Print", "Key", "Unreadable command"), so journals of any age translate; the parts after the known
 * ones (a guest's name) and any summary of another form are kept as they are. The " · " separator stays:
 * the tokenless status cuts summaries at the first one.
 */
export function localizedSummary(language: Language, summary: string): string {
  if (language === 'en') return summary;
  const [head, ...rest] = summary.split(' · ');
  const translated = translate(head ?? '', rest);
  return translated ? renderMessage(language, translated.message) + translated.tail : summary;
}

function translate(head: string, rest: string[]): { message: Message; tail: string } | null {
  const copies = /^Print$/.test(head) ? /^(\d+) (?:copy|copies)$/.exec(rest[0] ?? '') : null;
  if (copies && rest.length === 1) return { message: msg('summary.print', { copies: Number(copies[1]) }), tail: '' };
  const keys = /^(\d+) keys?$/.exec(head);
  const room = /^room (.+)$/.exec(rest[0] ?? '');
  if (keys && room) return { message: msg('summary.keys', { count: Number(keys[1]), rooms: room[1]! }), tail: tailOf(rest.slice(1)) };
  if (rest.length === 0 && head === 'Print') return { message: msg('summary.printInvalid'), tail: '' };
  if (rest.length === 0 && head === 'Key') return { message: msg('summary.keyInvalid'), tail: '' };
  if (rest.length === 0 && head === 'Unreadable command') return { message: msg('summary.unreadable'), tail: '' };
  return null;
}

function tailOf(parts: string[]): string {
  return parts.length ? ` · ${parts.join(' · ')}` : '';
}
