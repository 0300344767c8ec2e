/**
 * The languages the bridge writes its notes in, as ISO 639-1 codes; English first (the fallback for any
 * other language). Pure data and functions, no Node: the renderer's type-check reads this file too.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'cs'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The `language` setting: `auto` follows the computer's language, or one of `LANGUAGES`. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * The language of a locale name, or null when it names none: a BCP 47 tag (`de-AT`, Electron's
 * `app.getLocale()`, `Intl`'s locale) or a POSIX locale (`fr_FR.UTF-8`, `cs_CZ@euro`). `C`, `POSIX`
 * and an empty value name no language (null); any other language gives `en`.
 */
export function languageOfLocale(locale: string | undefined): Language | null {
  const tag = locale?.trim();
  if (!tag || tag === 'C' || tag === 'POSIX' || /^C\./.test(tag)) return null;
  const code = /^([a-zA-Z]{2,3})(?=$|[-_.@])/.exec(tag)?.[1]?.toLowerCase();
  if (!code) return null;
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : FALLBACK_LANGUAGE;
}

/** Where the computer's language is read from (all optional; the first that names a language wins). */
export interface HostLocale {
  /**
   * The process environment: POSIX's `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the order in which
   * POSIX lets them decide the language of messages).
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** The desktop shell's UI locale (Electron's `app.getLocale()`), e.g. `de` or `fr-CA`. */
  appLocale?: string;
  /** Intl's default locale (`Intl.PluralRules().resolvedOptions().locale`, the same as `Intl.DateTimeFormat`'s). */
  intlLocale?: string;
}

/** The computer's language from `host` (see `HostLocale` for the order); `en` when nothing names one. */
export function hostLanguage(host: HostLocale): Language {
  const env = host.env ?? {};
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const lang = languageOfLocale(env[name]);
    if (lang) return lang;
  }
  return languageOfLocale(host.appLocale) ?? languageOfLocale(host.intlLocale) ?? FALLBACK_LANGUAGE;
}

/** The language notes are written in: the setting itself, or for `auto` the computer's (`hostLanguage`). */
export function resolveLanguage(setting: LanguageSetting, host: HostLocale): Language {
  return setting === 'auto' ? hostLanguage(host) : setting;
}
