import { MEWS_COMMAND_STATES, SHOWN_STATES, type Language, type ShownWordMatch } from '../../src/bridge/api.js';
import { i18n, type MessageKey, type MessageValues } from './i18n/i18n.js';

/**
 * Which of a command row's catalog words contain `query`, for History search (`searchHistory`'s `shown`): the badge
 * (`phase.*`), "Mews: <state>" (`command.mews` with `mewsState.*`) and the "reporting to Mews…" mark, each as this UI
 * shows it in `lang` and in English, compared in lower case with any space as a plain one. The words live in the UI's
 * catalogs, so the UI matches them and the core only compares the values. An empty query matches none (the core then lists everything anyway).
 */
export function shownWordMatch(query: string, lang: Language): ShownWordMatch {
  const spaced = (s: string, lng: Language) => s.replace(/\s+/g, ' ').toLocaleLowerCase(lng); // French: narrow no-break space before ':'
  const q = spaced(query.trim(), lang);
  const shows = (key: (lng: Language) => [MessageKey, MessageValues?]) =>
    q !== '' &&
    ([lang, 'en'] as const).some((lng) => {
      const [k, values] = key(lng);
      return spaced(i18n.t(k, { ...values, lng }), lng).includes(q);
    });
  return {
    states: SHOWN_STATES.filter((s) => shows(() => [`phase.${s}`])),
    mewsStates: MEWS_COMMAND_STATES.filter((s) => shows((lng) => ['command.mews', { state: i18n.t(`mewsState.${s}`, { lng }) }])),
    reporting: shows(() => ['command.reporting']),
  };
}
