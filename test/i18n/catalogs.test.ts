import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { en } from '../../src/i18n/catalogs/en.js';
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { renderMessage } from '../../src/i18n/render-note.js';
import type { MessageKey } from '../../src/i18n/catalogs/en.js';

/** The ICU syntax tree of one message (throws on a syntax error, which i18next-icu would swallow at run time). */
type Element = ReturnType<IntlMessageFormat['getAst']>[number];
const ast = (text: string, language: Language): Element[] => new IntlMessageFormat(text, language, undefined, { ignoreTag: true }).getAst();

// Element types of @formatjs/icu-messageformat-parser: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
const KIND: Record<number, string> = { 1: 'text', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };
const PLURAL: number = 6;

/** Every placeholder of a message as "name:kind", and every plural in it (for its categories). */
function placeholders(elements: Element[], out = new Set<string>(), plurals: Element[] = []): { names: Set<string>; plurals: Element[] } {
  for (const el of elements) {
    const kind = KIND[el.type];
    if (kind && 'value' in el) out.add(`${el.value}:${kind}`);
    if (Number(el.type) === PLURAL) plurals.push(el);
    if ('options' in el) for (const option of Object.values(el.options)) placeholders(option.value, out, plurals);
  }
  return { names: out, plurals };
}

/** i18next reads these from the options of `t()`: a placeholder of that name would change the lookup. */
const RESERVED = ['lng', 'lngs', 'ns', 'defaultValue', 'context', 'replace', 'returnObjects', 'keyPrefix', 'postProcess', 'ordinal'];

const keys = Object.keys(en).sort();

/**
 * The plural categories a count in a note can fall in: whole numbers up to 1000 and fractions (Czech
 * `many` is for fractions). French and Spanish `many` (a million and more: "1 000 000 de clés") is left to `other`.
 */
function categoriesInUse(language: Language): string[] {
  const rules = new Intl.PluralRules(language);
  const samples = [...Array.from({ length: 1001 }, (_, i) => i), 0.5, 1.5, 2.5, 10.5];
  return [...new Set(samples.map((n) => rules.select(n)))].sort();
}

describe('the note catalogs (en, de, fr, es, cs)', () => {
  it.each(LANGUAGES.map((l) => [l]))('%s has exactly the English keys, none missing, none extra, none empty', (language) => {
    const catalog = CATALOGS[language] as Record<string, string>;
    const missing = keys.filter((k) => !(k in catalog));
    const extra = Object.keys(catalog).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(keys.filter((k) => !catalog[k]?.trim())).toEqual([]);
  });

  it.each(LANGUAGES.map((l) => [l]))('%s: every message is valid ICU, with the placeholders of the English one', (language) => {
    const problems: string[] = [];
    for (const key of keys) {
      const text = (CATALOGS[language] as Record<string, string>)[key]!;
      let elements: Element[];
      try {
        elements = ast(text, language);
      } catch (err) {
        problems.push(`${key}: invalid ICU (${(err as Error).message})`);
        continue;
      }
      const mine = placeholders(elements);
      const english = placeholders(ast(en[key as MessageKey], 'en'));
      const a = [...mine.names].sort().join(', ');
      const b = [...english.names].sort().join(', ');
      if (a !== b) problems.push(`${key}: placeholders {${a}} differ from English {${b}}`);
      for (const name of mine.names)
        if (RESERVED.includes(name.split(':')[0]!)) problems.push(`${key}: placeholder ${name} is an i18next option`);
      // Each plural names every category a count can fall in (Czech: one, few, many, other), or gives exact =N cases only besides other.
      const categories = categoriesInUse(language);
      for (const plural of mine.plurals) {
        const options = Object.keys((plural as Extract<Element, { options: object }>).options);
        const absent = categories.filter((c) => !options.includes(c));
        if (absent.length && !options.every((o) => o === 'other' || o.startsWith('=')))
          problems.push(`${key}: plural lacks ${absent.join(', ')} (${language} counts fall in ${categories.join(', ')})`);
        if (!options.includes('other')) problems.push(`${key}: plural lacks other`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('renders through i18next in each language with placeholders filled (no key names, no braces left)', () => {
    for (const language of LANGUAGES)
      for (const key of keys as MessageKey[]) {
        const { names } = placeholders(ast(en[key], 'en'));
        const params = Object.fromEntries([...names].map((n) => [n.split(':')[0]!, n.endsWith(':text') ? 'X1' : 2]));
        const text = renderMessage(language, { key, params });
        expect(text, `${language} ${key}`).not.toBe(key);
        expect(text.replace(/\{"Type":"\w+"\}/g, ''), `${language} ${key}`).not.toMatch(/[{}]/);
        for (const n of names) if (n.endsWith(':text')) expect(text, `${language} ${key} shows ${n}`).toContain('X1');
      }
  });

  it('catches a broken translation: a syntax error, a renamed placeholder and a Czech plural without few/many', () => {
    expect(categoriesInUse('cs')).toEqual(['few', 'many', 'one', 'other']);
    expect(categoriesInUse('fr')).toEqual(['one', 'other']);
    expect(() => ast('{count, plural, one {# key} other {# keys}', 'en')).toThrow();
    expect([...placeholders(ast('{zařízení} nedokončilo', 'cs')).names]).toEqual(['zařízení:text']);
    const plural = placeholders(ast('{count, plural, one {# klíč} other {# klíčů}}', 'cs')).plurals[0]!;
    expect(Object.keys((plural as Extract<Element, { options: object }>).options)).not.toContain('few');
  });
});
