import { useState } from 'react';
import type { ActionResult, BridgeApi, ConnectionView } from '../../../src/bridge/api.js';
import { Badge } from '../components/Badge.js';
import { age, CONNECTION_LABEL, type Tone } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { useNow } from '../use-now.js';
import type { Notify } from '../use-bridge.js';
import { noteText } from '../i18n/note-text.js';

const TONE: Record<ConnectionView['status'], Tone> = {
  online: 'ok',
  degraded: 'warn',
  connecting: 'busy',
  offline: 'bad',
  unauthorized: 'bad',
  stopped: 'muted',
};
const ENV_LABEL = { demo: 'status.envDemo', production: 'status.envProduction', custom: 'status.envCustom' } as const;

export function ConnectionStatusPanel(props: { api: BridgeApi; connection: ConnectionView; notify: Notify }) {
  const { api, connection: c, notify } = props;
  const { t, lang } = useT();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [confirmPause, setConfirmPause] = useState(false);
  const run = async (fn: () => Promise<ActionResult>) => {
    setBusy(true);
    try {
      const r = await fn();
      notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="conn-status-title">
      <div className="panel-head">
        <h2 id="conn-status-title">{t('status.title')}</h2>
        <Badge tone={TONE[c.status]} testId="connection-status">
          {t(CONNECTION_LABEL[c.status])}
        </Badge>
      </div>
      <div role="status" aria-live="polite">
        {c.reason && (
          <p className={c.status === 'online' ? 'hint' : 'reason'} data-testid="connection-reason">
            {noteText(c.reasonNote, c.reason, lang)}
          </p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('status.environment')}</dt>
          <dd data-testid="connection-environment">{c.simulation ? t('status.envSimulation') : t(ENV_LABEL[c.environment])}</dd>
        </div>
        <div>
          <dt>{t('status.since')}</dt>
          <dd>{age(c.since, now, t, lang)}</dd>
        </div>
        <div>
          <dt>{t('status.lastSync')}</dt>
          <dd>{c.lastSyncAt ? age(c.lastSyncAt, now, t, lang) : t('status.notYet')}</dd>
        </div>
        <div>
          <dt>{t('status.commands')}</dt>
          <dd>{c.paused ? t('status.commandsPaused') : t('status.commandsRunning')}</dd>
        </div>
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => run(() => api.reconnect())}
          data-testid="reconnect"
        >
          {t('status.reconnect')}
        </button>
        {c.paused ? (
          <button type="button" className="btn" disabled={busy} onClick={() => run(() => api.setPaused(false))} data-testid="pause">
            {t('status.resume')}
          </button>
        ) : (
          !confirmPause && (
            <button type="button" className="btn" disabled={busy} onClick={() => setConfirmPause(true)} data-testid="pause">
              {t('status.pause')}
            </button>
          )
        )}
      </div>
      {confirmPause && !c.paused && (
        <div className="confirm" role="alertdialog" aria-labelledby="pause-q" data-testid="pause-confirm">
          <p id="pause-q">
            <strong>{t('status.pauseQuestion')}</strong> {t('status.pauseText')}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-danger"
              autoFocus
              onClick={() => {
                setConfirmPause(false);
                void run(() => api.setPaused(true));
              }}
              data-testid="pause-yes"
            >
              {t('status.pause')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmPause(false)} data-testid="pause-no">
              {t('status.keepRunning')}
            </button>
          </div>
        </div>
      )}
      <p className="hint">{t('status.reconnectHint')}</p>
    </section>
  );
}
