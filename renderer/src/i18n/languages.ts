import { LANGUAGE_CHOICES, type Language, type LanguageSetting } from '../../../src/bridge/api.js';

export type { Language, LanguageSetting };

/** The UI's languages (ISO 639-1), the core's list without `auto`; English first, the source of every message key. */
export const LANGUAGES: readonly Language[] = LANGUAGE_CHOICES.filter((l): l is Language => l !== 'auto');

/** Each language named in itself, as the chooser lists it (a person looks for their own language's name). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  cs: 'Čeština',
};

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/**
 * The language the UI shows: an explicit setting wins; `auto` (or nothing, or a language this UI does
 * not have) takes the first of the browser's preferred languages (`navigator.languages`, BCP 47 tags
 * such as `cs-CZ`) whose primary subtag we have; English when none matches.
 */
export function resolveLanguage(setting: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(setting)) return setting;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The browser's preferred languages (the computer's language in Electron and in a normal browser). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
