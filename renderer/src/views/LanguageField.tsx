import { useT } from '../i18n/i18n.js';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageSetting } from '../i18n/languages.js';
import type { LanguageChoice } from '../i18n/use-language.js';

export type { LanguageChoice };

/** The language chooser: "Automatic (computer's language)", then each language named in itself. */
export function LanguageField({ language }: { language: LanguageChoice }) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor="pc-language">{t('pc.language')}</label>
      <select
        id="pc-language"
        value={language.setting}
        onChange={(e) => language.choose(e.target.value as LanguageSetting)}
        aria-describedby="pc-language-hint"
        data-testid="language-select"
      >
        <option value="auto">{t('pc.languageAuto')}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p className="hint" id="pc-language-hint">
        {t('pc.languageHint')}
      </p>
    </div>
  );
}
