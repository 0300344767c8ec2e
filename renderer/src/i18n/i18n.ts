import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next, useTranslation } from 'react-i18next';
import { cs } from './cs.js';
import { de } from './de.js';
import { en, type Catalog } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { browserLanguages, isLanguage, resolveLanguage, type Language } from './languages.js';

/** Every catalog, by language; each has exactly English's keys (the compiler and test/renderer/i18n-catalogs.test.ts check). */
export const CATALOGS: Record<Language, Catalog> = { en, de, fr, es, cs };

/** `"queue.title"`-style paths to every message of the English catalog. */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Catalog>;

/** Values for a message's ICU arguments (`{count, plural, …}`, `{name}`). */
export type MessageValues = Record<string, string | number>;

/** Translates a key in the current language; the key is checked by the compiler. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * The UI's one i18next instance: ICU MessageFormat messages (i18next-icu over intl-messageformat, plural
 * rules from the browser's `Intl.PluralRules`), all catalogs bundled, ready synchronously, English as
 * the fallback. React re-renders on `languageChanged` through react-i18next.
 */
export const i18n: I18n = i18next.createInstance();
void i18n
  .use(new ICU())
  .use(initReactI18next)
  .init({
    resources: Object.fromEntries(Object.entries(CATALOGS).map(([lng, c]) => [lng, { translation: c }])),
    lng: resolveLanguage('auto', browserLanguages()),
    fallbackLng: 'en',
    supportedLngs: [...Object.keys(CATALOGS)],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
    returnNull: false,
  });

/** The language the UI shows now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Translates outside React (the socket client's notices); components use `useT`. */
export const tr: Translate = (key, values) => i18n.t(key, values ?? {});

/** Switches the whole open UI at once (no reload) and tells the page its language (`<html lang>`). */
export function applyLanguage(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}

/** In a component: the typed translate function and the current language; re-renders when the language changes. */
export function useT(): { t: Translate; lang: Language } {
  const { i18n: inst } = useTranslation();
  const lang = isLanguage(inst.language) ? inst.language : 'en';
  return { t: tr, lang };
}
