import type { HostLocale } from './languages.js';

/**
 * This process's view of the computer's language: its environment (`LC_ALL`, `LC_MESSAGES`, `LANG`),
 * `appLocale` when the desktop shell passes Electron's `app.getLocale()`, and `Intl`'s default locale.
 * Read at each call, so a test (or a shell) that changes the environment is seen at once.
 */
export function currentHostLocale(appLocale?: string): HostLocale {
  return { env: process.env, appLocale, intlLocale: Intl.DateTimeFormat().resolvedOptions().locale };
}
