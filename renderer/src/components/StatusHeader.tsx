import type { Snapshot } from '../../../src/bridge/api.js';
import { CONNECTION_LABEL, formatNumber, overall } from '../format.js';
import { useT } from '../i18n/i18n.js';

const OVERALL_TEXT = { ok: 'header.allWell', attention: 'header.attention', paused: 'header.paused', offline: 'header.offline' } as const;

export function StatusHeader({ snapshot }: { snapshot: Snapshot | null }) {
  const { t, lang } = useT();
  const state = snapshot ? overall(snapshot) : 'offline';
  // Paused while something else needs a person: the verdict says that, the connection line adds "Paused".
  const pausedToo = !!snapshot?.connection.paused && state !== 'paused';
  const connectionLine = snapshot
    ? `${t(CONNECTION_LABEL[snapshot.connection.status])}${pausedToo ? ` · ${t('header.paused')}` : ''}`
    : undefined;
  return (
    <header className={`status-header status-${snapshot ? state : 'unknown'}`}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          M
        </span>
        <div>
          <h1>Mews Device Bridge</h1>
          {snapshot && <span className="version">v{snapshot.version}</span>}
        </div>
      </div>
      <div
        className="status-summary"
        role="status"
        aria-live="polite"
        data-testid="overall-status"
        data-state={snapshot ? state : 'starting'}
      >
        {snapshot ? (
          <>
            <strong className="overall">{t(OVERALL_TEXT[state])}</strong>
            <span className="connection-line" title={connectionLine}>
              <span className="connection-label">{t(CONNECTION_LABEL[snapshot.connection.status])}</span>
              {pausedToo && <span className="connection-paused">{` · ${t('header.paused')}`}</span>}
            </span>
          </>
        ) : (
          <strong className="overall">{t('header.starting')}</strong>
        )}
      </div>
      {snapshot && (
        <dl className="counts" aria-label={t('header.counts')}>
          <div>
            <dt>{t('header.waiting')}</dt>
            <dd data-testid="count-queued">{formatNumber(snapshot.counts.queued, lang)}</dd>
          </div>
          <div>
            <dt>{t('header.running')}</dt>
            <dd>{formatNumber(snapshot.counts.running, lang)}</dd>
          </div>
          <div className={snapshot.counts.failed ? 'count-bad' : undefined}>
            <dt>{t('header.failed')}</dt>
            <dd data-testid="count-failed">{formatNumber(snapshot.counts.failed, lang)}</dd>
          </div>
          <div>
            <dt>{t('header.doneToday')}</dt>
            <dd>{formatNumber(snapshot.counts.doneToday, lang)}</dd>
          </div>
        </dl>
      )}
    </header>
  );
}
