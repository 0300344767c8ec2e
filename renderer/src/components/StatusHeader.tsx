import type { Snapshot } from '../../../src/bridge/api.js';
import { CONNECTION_LABEL, overall } from '../format.js';

const OVERALL_TEXT = { ok: 'All well', attention: 'Needs attention', paused: 'Paused', offline: 'Offline' } as const;

export function StatusHeader({ snapshot }: { snapshot: Snapshot | null }) {
  const state = snapshot ? overall(snapshot) : 'offline';
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
      <div className="status-summary" role="status" aria-live="polite" data-testid="overall-status">
        {snapshot ? (
          <>
            <strong className="overall">{OVERALL_TEXT[state]}</strong>
            <span>
              {CONNECTION_LABEL[snapshot.connection.status]}
              {snapshot.connection.paused && state !== 'paused' && ' · Paused'}
            </span>
          </>
        ) : (
          <strong className="overall">Starting…</strong>
        )}
      </div>
      {snapshot && (
        <dl className="counts" aria-label="Command counts">
          <div>
            <dt>Waiting</dt>
            <dd data-testid="count-queued">{snapshot.counts.queued}</dd>
          </div>
          <div>
            <dt>Running</dt>
            <dd>{snapshot.counts.running}</dd>
          </div>
          <div className={snapshot.counts.failed ? 'count-bad' : undefined}>
            <dt>Failed</dt>
            <dd data-testid="count-failed">{snapshot.counts.failed}</dd>
          </div>
          <div>
            <dt>Done today</dt>
            <dd>{snapshot.counts.doneToday}</dd>
          </div>
        </dl>
      )}
    </header>
  );
}
