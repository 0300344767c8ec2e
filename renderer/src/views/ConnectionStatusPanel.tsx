import { useState } from 'react';
import type { ActionResult, BridgeApi, ConnectionView } from '../../../src/bridge/api.js';
import { Badge } from '../components/Badge.js';
import { age, CONNECTION_LABEL, type Tone } from '../format.js';
import { useNow } from '../use-now.js';
import type { Notice } from '../use-bridge.js';

const TONE: Record<ConnectionView['status'], Tone> = {
  online: 'ok',
  degraded: 'warn',
  connecting: 'busy',
  offline: 'bad',
  unauthorized: 'bad',
  stopped: 'muted',
};
const ENV_LABEL = { demo: 'Mews test hotel (demo environment)', production: 'Mews Production', custom: 'Custom addresses' } as const;

export function ConnectionStatusPanel(props: {
  api: BridgeApi;
  connection: ConnectionView;
  notify: (l: Notice['level'], m: string) => void;
}) {
  const { api, connection: c, notify } = props;
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [confirmPause, setConfirmPause] = useState(false);
  const run = async (fn: () => Promise<ActionResult>) => {
    setBusy(true);
    try {
      const r = await fn();
      notify(r.ok ? 'info' : 'error', r.message);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="conn-status-title">
      <div className="panel-head">
        <h2 id="conn-status-title">Connection to Mews</h2>
        <Badge tone={TONE[c.status]} testId="connection-status">
          {CONNECTION_LABEL[c.status]}
        </Badge>
      </div>
      <div role="status" aria-live="polite">
        {c.reason && (
          <p className={c.status === 'online' ? 'hint' : 'reason'} data-testid="connection-reason">
            {c.reason}
          </p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>Environment</dt>
          <dd data-testid="connection-environment">{c.simulation ? 'Built-in simulation (no real Mews)' : ENV_LABEL[c.environment]}</dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>{age(c.since, now)}</dd>
        </div>
        <div>
          <dt>Last sync with Mews</dt>
          <dd>{c.lastSyncAt ? age(c.lastSyncAt, now) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Commands</dt>
          <dd>{c.paused ? 'Paused — new commands wait' : 'Running'}</dd>
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
          Reconnect
        </button>
        {c.paused ? (
          <button type="button" className="btn" disabled={busy} onClick={() => run(() => api.setPaused(false))} data-testid="pause">
            Resume commands
          </button>
        ) : (
          !confirmPause && (
            <button type="button" className="btn" disabled={busy} onClick={() => setConfirmPause(true)} data-testid="pause">
              Pause commands
            </button>
          )
        )}
      </div>
      {confirmPause && !c.paused && (
        <div className="confirm" role="alertdialog" aria-labelledby="pause-q" data-testid="pause-confirm">
          <p id="pause-q">
            <strong>Pause commands?</strong> Nothing is printed or encoded until you resume: new commands wait in Mews, and staff see them
            as not done.
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
              Pause commands
            </button>
            <button type="button" className="btn" onClick={() => setConfirmPause(false)} data-testid="pause-no">
              Keep running
            </button>
          </div>
        </div>
      )}
      <p className="hint">Mews only sends commands for newly added or changed devices after a reconnect.</p>
    </section>
  );
}
