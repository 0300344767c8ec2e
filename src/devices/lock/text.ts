import { createRequire } from 'node:module';

type Transliteration = typeof import('transliteration');
let library: Transliteration | null = null;
/** `transliteration` (about 15 MB of tables) is loaded the first time a name needs it, not at start. */
function transliterate(text: string, options: Parameters<Transliteration['transliterate']>[1]): string {
  library ??= createRequire(import.meta.url)('transliteration') as Transliteration;
  return library.transliterate(text, options);
}

/**
 * Lock systems take single-byte text. We send printable ASCII only (a subset of Latin-1), so no byte can
 * collide with a protocol's control or separator bytes. Every script is transliterated to Latin letters
 * with the `transliteration` package (Cyrillic, Greek, Arabic, Hebrew, CJK, Vietnamese …); what it cannot
 * transliterate (emoji, symbols) is left out, never sent as '?'. A few spellings are fixed here first.
 */
const SPELLED: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  '€': 'EUR',
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '\u00a0': ' ',
};

/**
 * `input` as printable ASCII (0x20–0x7E): `replace` first (protocol-specific characters), then the fixed
 * spellings above, then transliteration; tabs and line breaks become spaces, anything else left is dropped.
 */
export function toLockText(input: string, replace: Record<string, string> = {}): string {
  let pre = '';
  for (const ch of input) {
    if (ch in replace) pre += replace[ch];
    // NFKC: compatibility forms (full-width letters, ligatures, №) become their plain letters.
    else for (const c of ch.normalize('NFKC')) pre += SPELLED[c] ?? c;
  }
  // Only text outside ASCII goes through the library: ASCII (including a protocol's own marks) is kept as is.
  const latin = /[^\p{ASCII}]/u.test(pre) ? transliterate(pre, { unknown: '' }) : pre;
  return latin.replace(/[\t\r\n]/g, ' ').replace(/[^\x20-\x7e]/g, '');
}

/**
 * A guest name for a lock: Mews's normalized name when it has one, else the name transliterated; spaces
 * collapsed. Empty when nothing printable is left (e.g. a name made only of emoji): the field is then
 * left out rather than filled with question marks.
 */
export function lockName(name: string | null, normalized: string | null): string {
  const pick = normalized?.trim() ? normalized : (name ?? '');
  return toLockText(pick).replace(/ {2,}/g, ' ').trim();
}
