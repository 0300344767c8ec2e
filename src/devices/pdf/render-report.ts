import { READABLE_EM_MM, type PageLayout, type RenderLosses } from './pdf-raster.js';

/** Unicode scripts named in notes (characters themselves are never repeated: they may be a guest's name). */
const SCRIPTS: [name: string, re: RegExp][] = [
  ['Chinese/Japanese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Latin', /\p{Script=Latin}/u],
];

function scriptsOf(chars: string[]): string[] {
  const names = new Set<string>();
  for (const ch of chars) names.add(SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other');
  return [...names];
}

const pagesList = (pages: number[]) => (pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`);

/**
 * Sentences for a print command's note about the rendering (pages turned, text too small to read, what
 * did not print), and a short list of what was lost for the log. Characters are counted and named by
 * script only.
 */
export function renderReport(layouts: PageLayout[], losses: RenderLosses): { sentences: string[]; lost: string[] } {
  const sentences: string[] = [];
  const lost: string[] = [];
  const turned = layouts.flatMap((l, i) => (l?.turned ? [i + 1] : []));
  if (turned.length) {
    const which =
      turned.length === layouts.length
        ? 'The document was'
        : turned.length === 1
          ? `Page ${turned[0]} was`
          : `Pages ${turned.join(', ')} were`;
    sentences.push(`${which} turned 90° to print along the paper.`);
  }
  const small = layouts.flatMap((l, i) =>
    l?.textEmMm !== null && l?.textEmMm !== undefined && l.textEmMm < READABLE_EM_MM ? [[i + 1, l.textEmMm] as const] : [],
  );
  if (small.length) {
    const mm = Math.min(...small.map(([, s]) => s)).toFixed(1);
    sentences.push(
      `The document is not receipt-sized: its text printed about ${mm} mm high on ${pagesList(small.map(([p]) => p))}, which may be hard to read.`,
    );
  }
  const chars = [...losses.missingCharacters.values()].flat();
  if (chars.length) {
    const where = pagesList([...losses.missingCharacters.keys()]);
    const what = `${chars.length} character${chars.length === 1 ? '' : 's'} (${scriptsOf(chars).join(', ')})`;
    sentences.push(`Not printed: ${what} on ${where}, for which no font is installed or embedded in the document.`);
    lost.push(`${what} on ${where} without a font`);
  }
  const images = new Set(losses.warnings.filter((w) => w.kind === 'image').map((w) => w.page));
  if (images.size) {
    const where = [...images].filter((p) => p > 0);
    sentences.push(`Not printed: an image that could not be decoded${where.length ? ` on ${pagesList(where)}` : ''}.`);
    lost.push(`image(s) not decoded${where.length ? ` on ${pagesList(where)}` : ''}`);
  }
  const textWarnings = losses.warnings.filter((w) => w.kind === 'text');
  if (textWarnings.length && !chars.length) {
    const where = [...new Set(textWarnings.map((w) => w.page))].filter((p) => p > 0);
    sentences.push(`Some text may be missing: a font of the document could not be loaded${where.length ? ` (${pagesList(where)})` : ''}.`);
    lost.push('a font could not be loaded');
  }
  return { sentences, lost };
}
