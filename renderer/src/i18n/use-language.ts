import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { BridgeApi, LanguageView } from '../../../src/bridge/api.js';
import { applyLanguage, tr } from './i18n.js';
import { browserLanguages, resolveLanguage, type LanguageSetting } from './languages.js';

/** The language setting as the chooser sees it, and how to change it. */
export interface LanguageChoice {
  setting: LanguageSetting;
  choose: (s: LanguageSetting) => void;
}

/**
 * Keeps the UI in the chosen language. The setting lives in the core (`language` in the config, so the notes
 * to Mews follow it too) and arrives with every snapshot (`core`, undefined until the first one). An explicit
 * language applies to the UI; `auto` takes the browser's languages (the computer's language in the app; the
 * dashboard's reader's own in a remote browser); anything else falls back to English (`resolveLanguage`).
 * Choosing applies to the open UI at once and saves through `setLanguage`; a refusal puts the saved one back.
 */
export function useLanguage(api: BridgeApi, core: LanguageView | undefined, onError: (message: string) => void): LanguageChoice {
  const saved = core?.setting ?? 'auto';
  /** A choice made here that the core has not confirmed yet (its snapshot still says the old one). */
  const [pending, setPending] = useState<LanguageSetting | null>(null);
  const setting = pending ?? saved;
  // Before the browser paints, so no screen shows in the old language after a snapshot brings a new one.
  useLayoutEffect(() => applyLanguage(resolveLanguage(setting, browserLanguages())), [setting]);
  useEffect(() => {
    if (pending !== null && pending === saved) setPending(null);
  }, [pending, saved]);
  const choose = useCallback(
    (s: LanguageSetting) => {
      setPending(s);
      const refused = (message: string) => {
        setPending(null);
        onError(message);
      };
      api.setLanguage(s).then(
        (r) => {
          if (!r.ok) refused(r.issues.map((i) => i.message).join(' '));
        },
        (e: unknown) => refused(tr('pc.languageFailed', { error: e instanceof Error ? e.message : String(e) })),
      );
    },
    [api, onError],
  );
  return { setting, choose };
}
