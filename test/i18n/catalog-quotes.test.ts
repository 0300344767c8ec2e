import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

/** JSON that staff copy into Mews as it is (`{"Type":"FiasProtocol"}`): the only place ASCII quotes belong. */
const JSON_CODE = /\{"\w+":"\w+"\}/g;

/** Each language's own quotation marks around a name (what the catalogs write, e.g. „1“, « 1 », «1»). */
const QUOTES = { de: /„[^“]+“/, fr: /« [^»]+ »/, cs: /„[^“]+“/, es: /«[^»]+»/ } as const;

describe('names in notes are quoted the language’s way', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en').map((l) => [l]))(
    '%s: no ASCII double quotes in any message (JSON code aside)',
    (language) => {
      const straight = Object.entries(CATALOGS[language])
        .filter(([, text]) => text.replace(JSON_CODE, '').includes('"'))
        .map(([key]) => key);
      expect(straight).toEqual([]);
    },
  );

  it('the system printer’s "printed on" name uses them too', () => {
    for (const language of ['de', 'fr', 'cs', 'es'] as const) {
      expect(CATALOGS[language]['system.printerName']).toMatch(QUOTES[language]);
      expect(CATALOGS[language]['system.printerNameAndUri']).toMatch(QUOTES[language]);
    }
  });

  it('catches the kind: a straight-quoted message is found', () => {
    expect('Imprimé sur "{printer}"'.replace(JSON_CODE, '').includes('"')).toBe(true);
    expect('Indiquez \'{"Type":"FiasProtocol"}\''.replace(JSON_CODE, '').includes('"')).toBe(false);
  });
});
