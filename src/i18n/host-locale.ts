import type { HostLocale } from './languages.js';

/**
 * This process's view of the computer's language: its environment (`LC_ALL`, `LC_MESSAGES`, `LANG`),
 * `appLocale` when the desktop shell passes Electron's `app.getLocale()`, and `Intl`'s default locale.
 * Read at each call, so a test (or a shell) that changes the environment is seen at once.
 *
 * `Intl`'s default locale is read only when the environment and `appLocale` do not decide, and through
 * `Intl.PluralRules` (the same default locale as `Intl.DateTimeFormat` gives): asking `DateTimeFormat`
 * pulls ICU's calendar and time-zone data into memory, about 6 MB of an idle bridge (docs/ARCHITECTURE.md,
 * "Footprint"); plural rules are needed for the first note anyway.
 */
export function currentHostLocale(appLocale?: string): HostLocale {
  return {
    env: process.env,
    appLocale,
    get intlLocale() {
      return new Intl.PluralRules().resolvedOptions().locale;
    },
  };
}
