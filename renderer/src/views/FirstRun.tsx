import type { PublicSettings } from '../../../src/bridge/api.js';
import type { Tab } from '../App.js';
import { useT } from '../i18n/i18n.js';

/** Shown until Mews tokens are set and at least one device exists. */
export function FirstRun({ settings, onGo }: { settings: PublicSettings; onGo: (t: Tab) => void }) {
  const { t } = useT();
  const tokens = settings.mews.clientTokenSet && settings.mews.accessTokenSet;
  const devices = settings.devices.length > 0;
  if (tokens && devices) return null;
  return (
    <section className="panel first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <ol className="steps">
        <li className={tokens ? 'step-done' : undefined}>
          <strong>{t('firstRun.step1Title')}</strong> {t('firstRun.step1Text')}{' '}
          {!tokens && (
            <button type="button" className="btn btn-link" onClick={() => onGo('connection')}>
              {t('firstRun.openConnection')}
            </button>
          )}
        </li>
        <li className={devices ? 'step-done' : undefined}>
          <strong>{t('firstRun.step2Title')}</strong> {t('firstRun.step2Text')}{' '}
          {!devices && (
            <button type="button" className="btn btn-link" onClick={() => onGo('devices')}>
              {t('firstRun.addDevice')}
            </button>
          )}
        </li>
        <li>
          <strong>{t('firstRun.step3Title')}</strong> {t('firstRun.step3Text')}
        </li>
      </ol>
    </section>
  );
}
