import type { MessageKey } from '../../i18n/catalogs/en.js';
import { listOf, msg, type Message } from '../../i18n/note.js';
import { READABLE_EM_MM, type PageLayout, type RenderLosses } from './pdf-raster.js';

/**
 * Unicode scripts named in notes (characters themselves are never repeated: they may be a guest's name), with
 * the message naming each (`render.script.*`).
 */
const SCRIPTS: [name: string, re: RegExp, key: MessageKey][] = [
  ['Chinese/Japanese', /\p{Script=Han}/u, 'render.script.han'],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'render.script.kana'],
  ['Korean', /\p{Script=Hangul}/u, 'render.script.hangul'],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 'render.script.cyrillic'],
  ['Greek', /\p{Script=Greek}/u, 'render.script.greek'],
  ['Arabic', /\p{Script=Arabic}/u, 'render.script.arabic'],
  ['Hebrew', /\p{Script=Hebrew}/u, 'render.script.hebrew'],
  ['Thai', /\p{Script=Thai}/u, 'render.script.thai'],
  ['Devanagari', /\p{Script=Devanagari}/u, 'render.script.devanagari'],
  ['Latin', /\p{Script=Latin}/u, 'render.script.latin'],
];
const OTHER_SCRIPT: [string, MessageKey] = ['other', 'render.script.other'];

/** The scripts of `chars`, each once, in order of first appearance: English names (log) and messages (note). */
function scriptsOf(chars: string[]): { names: string[]; words: Message[] } {
  const found = new Map<string, MessageKey>();
  for (const ch of chars) {
    const hit = SCRIPTS.find(([, re]) => re.test(ch));
    const [name, key] = hit ? [hit[0], hit[2]] : OTHER_SCRIPT;
    found.set(name, key);
  }
  return { names: [...found.keys()], words: [...found.values()].map((key) => msg(key)) };
}

const pagesList = (pages: number[]) => (pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`);

/** "on page 3" / "on pages 1 and 2" in the note's language. */
const onPages = (pages: number[]): Message => msg('render.onPages', { count: pages.length, list: listOf(pages) });

/**
 * Sentences for a print command's note about the rendering (pages turned, text too small to read, what did not
 * print) as message keys, and a short list of what was lost for the log (English). Characters are counted and
 * named by script only.
 */
export function renderReport(layouts: PageLayout[], losses: RenderLosses): { note: Message[]; lost: string[] } {
  const note: Message[] = [];
  const lost: string[] = [];
  const turned = layouts.flatMap((l, i) => (l?.turned ? [i + 1] : []));
  if (turned.length)
    note.push(
      turned.length === layouts.length
        ? msg('render.turnedAll')
        : msg('render.turnedPages', { count: turned.length, pages: listOf(turned) }),
    );
  const small = layouts.flatMap((l, i) =>
    l?.textEmMm !== null && l?.textEmMm !== undefined && l.textEmMm < READABLE_EM_MM ? [[i + 1, l.textEmMm] as const] : [],
  );
  if (small.length) {
    const mm = Math.round(Math.min(...small.map(([, s]) => s)) * 10) / 10;
    note.push(msg('render.smallText', { mm, where: onPages(small.map(([p]) => p)) }));
  }
  const chars = [...losses.missingCharacters.values()].flat();
  if (chars.length) {
    const pages = [...losses.missingCharacters.keys()];
    const scripts = scriptsOf(chars);
    note.push(msg('render.missingChars', { count: chars.length, scripts: listOf(scripts.words), where: onPages(pages) }));
    lost.push(
      `${chars.length} character${chars.length === 1 ? '' : 's'} (${scripts.names.join(', ')}) on ${pagesList(pages)} without a font`,
    );
  }
  const images = new Set(losses.warnings.filter((w) => w.kind === 'image').map((w) => w.page));
  if (images.size) {
    const where = [...images].filter((p) => p > 0);
    note.push(where.length ? msg('render.imageNotDecodedOn', { where: onPages(where) }) : msg('render.imageNotDecoded'));
    lost.push(`image(s) not decoded${where.length ? ` on ${pagesList(where)}` : ''}`);
  }
  const textWarnings = losses.warnings.filter((w) => w.kind === 'text');
  if (textWarnings.length && !chars.length) {
    const where = [...new Set(textWarnings.map((w) => w.page))].filter((p) => p > 0);
    note.push(where.length ? msg('render.fontNotLoadedOn', { where: onPages(where) }) : msg('render.fontNotLoaded'));
    lost.push('a font could not be loaded');
  }
  return { note, lost };
}
