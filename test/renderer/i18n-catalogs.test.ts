import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { cs } from '../../renderer/src/i18n/cs.js';
import { de } from '../../renderer/src/i18n/de.js';
import { en } from '../../renderer/src/i18n/en.js';
import { es } from '../../renderer/src/i18n/es.js';
import { fr } from '../../renderer/src/i18n/fr.js';
import { LANGUAGES, resolveLanguage } from '../../renderer/src/i18n/languages.js';

/**
 * The UI's catalogs against English (the source of keys): same keys, valid ICU MessageFormat, the same
 * placeholders and tags, and a plural branch for every plural category of the language (CLDR, through
 * Intl.PluralRules: Czech needs one/few/many/other, French and Spanish one/many/other).
 */
const CATALOGS: Record<string, unknown> = { en, de, fr, es, cs };

type Tree = { [k: string]: string | Tree };
/** The part of @formatjs/icu-messageformat-parser's AST this test reads (`type` is its element-type number). */
interface IcuNode {
  type: number;
  value?: string;
  options?: Record<string, { value: IcuNode[] }>;
  children?: IcuNode[];
}
type Ast = IcuNode[];
const astOf = (msg: string, lang: string): Ast => new IntlMessageFormat(msg, lang).getAst();

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

// Element types of @formatjs/icu-messageformat-parser's AST.
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

interface Shape {
  /** `name:kind` of every argument (`count:plural`, `file:argument`) and `<tag>` of every tag. */
  slots: Set<string>;
  /** For each plural argument, the categories its branches name (`=0` style exact matches left out). */
  plurals: { arg: string; categories: Set<string> }[];
}

function shapeOf(ast: Ast, shape: Shape = { slots: new Set(), plurals: [] }): Shape {
  for (const n of ast) {
    if (n.type === ARGUMENT || n.type === NUMBER || n.type === DATE || n.type === TIME)
      shape.slots.add(`${n.value}:${n.type === ARGUMENT ? 'argument' : n.type === NUMBER ? 'number' : 'date'}`);
    if (n.type === TAG) {
      shape.slots.add(`<${n.value}>`);
      shapeOf(n.children ?? [], shape);
    }
    if (n.type === SELECT || n.type === PLURAL) {
      shape.slots.add(`${n.value}:${n.type === PLURAL ? 'plural' : 'select'}`);
      if (n.type === PLURAL)
        shape.plurals.push({ arg: n.value ?? '', categories: new Set(Object.keys(n.options ?? {}).filter((k) => !k.startsWith('='))) });
      for (const o of Object.values(n.options ?? {})) shapeOf(o.value, shape);
    }
  }
  return shape;
}

/** Every problem of `catalog` (language `lang`) against English, one sentence each; empty when all is well. */
function catalogProblems(lang: string, catalog: unknown): string[] {
  const problems: string[] = [];
  const ref = flatten(en);
  const mine = flatten(catalog as Tree);
  for (const k of ref.keys()) if (!mine.has(k)) problems.push(`${lang}: missing ${k}`);
  for (const k of mine.keys()) if (!ref.has(k)) problems.push(`${lang}: extra key ${k} (not in English)`);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const [k, msg] of mine) {
    if (!ref.has(k)) continue;
    let ast: Ast;
    try {
      ast = astOf(msg, lang);
    } catch (e) {
      problems.push(`${lang}: ${k} is not valid ICU MessageFormat (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (!msg.trim()) problems.push(`${lang}: ${k} is empty`);
    const shape = shapeOf(ast);
    const want = shapeOf(astOf(ref.get(k) ?? '', 'en')).slots;
    const got = [...shape.slots].sort().join(', ');
    if (got !== [...want].sort().join(', '))
      problems.push(`${lang}: ${k} has placeholders [${got}], English has [${[...want].sort().join(', ')}]`);
    for (const p of shape.plurals) {
      const missing = categories.filter((c) => !p.categories.has(c));
      if (missing.length) problems.push(`${lang}: ${k} plural {${p.arg}} lacks ${missing.join(', ')}`);
    }
  }
  return problems;
}

describe('UI catalogs', () => {
  it('has a catalog for each language of the chooser', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.map((l) => [l]))('%s: every English key, valid ICU, same placeholders and tags, all plural categories', (lang) => {
    expect(catalogProblems(lang, CATALOGS[lang])).toEqual([]);
  });

  it('the check fails on a missing key, an extra key, broken ICU, a renamed placeholder and a missing Czech plural form', () => {
    const broken = structuredClone(cs) as unknown as Tree & { queue: Tree; app: Tree; editor: Tree; logs: Tree };
    delete broken.queue.title;
    broken.queue.extra = 'Navíc';
    broken.app.retrying = '{error — nový pokus';
    broken.editor.confirmRemove = 'Odebrat „{nazev}“?';
    broken.queue.waiting = '{count, plural, one {# čeká} other {# čeká}}';
    broken.logs.noMatch = 'Žádný řádek neobsahuje hledaný text.';
    const problems = catalogProblems('cs', broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'cs: missing queue.title',
        'cs: extra key queue.extra (not in English)',
        expect.stringMatching(/^cs: app\.retrying is not valid ICU MessageFormat/),
        'cs: editor.confirmRemove has placeholders [nazev:argument], English has [name:argument]',
        'cs: queue.waiting plural {count} lacks few, many',
        'cs: logs.noMatch has placeholders [], English has [query:argument]',
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('formats plurals by each language’s rules', () => {
    const fmt = (lang: string, msg: string, count: number) => new IntlMessageFormat(msg, lang).format({ count }) as string;
    expect([1, 2, 5].map((n) => fmt('cs', cs.queue.finishedCount, n))).toEqual([
      '1 dokončený příkaz',
      '2 dokončené příkazy',
      '5 dokončených příkazů',
    ]);
    expect([1, 3].map((n) => fmt('de', de.queue.waiting, n))).toEqual(['1 wartet', '3 warten']);
    expect(fmt('fr', fr.queue.finishedCount, 1_000_000)).toBe('1\u202f000\u202f000 de commandes terminées');
    expect(fmt('en', en.historySearch.found, 1)).toBe('1 command found');
  });
});

describe('UI language choice', () => {
  it('an explicit setting wins; auto takes the first browser language we have; otherwise English', () => {
    expect(resolveLanguage('cs', ['de-DE'])).toBe('cs');
    expect(resolveLanguage('auto', ['pl-PL', 'fr-CA', 'de'])).toBe('fr');
    expect(resolveLanguage('auto', ['es-419'])).toBe('es');
    expect(resolveLanguage(undefined, ['de_AT'])).toBe('de');
    expect(resolveLanguage('auto', ['pl', 'ja'])).toBe('en');
    expect(resolveLanguage('xx', [])).toBe('en');
  });
});
