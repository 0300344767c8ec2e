import type { BridgeApi, ConnectionView } from '../../../src/bridge/api.js';
import type { Tab } from '../App.js';
import { useT } from '../i18n/i18n.js';
import type { Notify } from '../use-bridge.js';

/**
 * Standing facts staff must not miss, above every screen: the built-in simulation (nothing reaches a
 * real hotel) and paused commands. Unlike notices they stay until the situation ends.
 */
export function Banners(props: { api: BridgeApi; connection: ConnectionView; onGo: (t: Tab) => void; notify: Notify }) {
  const { api, connection: c, onGo, notify } = props;
  const { t } = useT();
  const resume = async () => {
    try {
      const r = await api.setPaused(false);
      notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      {c.simulation && (
        <div className="banner banner-sim" role="note" data-testid="simulation-banner">
          <strong>{t('banner.simTitle')}</strong>
          <span>{t('banner.simText')}</span>
          <button type="button" className="btn btn-link" onClick={() => onGo('connection')}>
            {t('banner.simLink')}
          </button>
        </div>
      )}
      {c.paused && (
        <div className="banner banner-paused" role="status" data-testid="paused-banner">
          <strong>{t('banner.pausedTitle')}</strong>
          <span>{t('banner.pausedText')}</span>
          <button type="button" className="btn btn-primary" onClick={() => void resume()} data-testid="resume-banner">
            {t('banner.resume')}
          </button>
        </div>
      )}
    </>
  );
}
