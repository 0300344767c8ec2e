import { useCallback, useEffect, useState } from 'react';
import { applyLanguage } from './i18n.js';
import { browserLanguages, isLanguage, resolveLanguage, type LanguageSetting } from './languages.js';

/** The language setting as the chooser sees it, and how to change it. */
export interface LanguageChoice {
  setting: LanguageSetting;
  choose: (s: LanguageSetting) => void;
}

/**
 * Keeps the UI in the chosen language: an explicit setting applies, `auto` follows the browser's languages,
 * anything else falls back to English (`resolveLanguage`). A change applies to the open UI at once.
 */
export function useLanguage(): LanguageChoice {
  const [setting, setSetting] = useState<LanguageSetting>('auto');
  useEffect(() => applyLanguage(resolveLanguage(setting, browserLanguages())), [setting]);
  const choose = useCallback((s: LanguageSetting) => setSetting(isLanguage(s) ? s : 'auto'), []);
  return { setting, choose };
}
