import { useState } from 'react';
import type { ActionResult, CommandView } from '../../../src/bridge/api.js';
import { age, formatDateTime, PHASE_LABEL, phaseTone } from '../format.js';
import { Badge } from './Badge.js';

interface Props {
  command: CommandView;
  now: number;
  onRetry?: (id: string) => Promise<ActionResult>;
  onDismiss?: (id: string) => Promise<ActionResult>;
}

export function CommandRow({ command: c, now, onRetry, onDismiss }: Props) {
  const [busy, setBusy] = useState(false);
  const act = async (fn: ((id: string) => Promise<ActionResult>) | undefined) => {
    if (!fn) return;
    setBusy(true);
    try {
      await fn(c.id);
    } finally {
      setBusy(false);
    }
  };
  const label = c.dismissed ? 'Dismissed' : PHASE_LABEL[c.phase];
  return (
    <li className={`command command-${phaseTone(c)}`} data-testid="command-row" data-command-id={c.id} data-phase={c.phase}>
      <div className="command-main">
        <div className="command-title">
          <Badge tone={phaseTone(c)} testId="command-state">
            {label}
          </Badge>
          <span className="command-summary">{c.summary}</span>
        </div>
        <div className="command-meta">
          <span className="command-device">{c.deviceName}</span>
          <span title={formatDateTime(c.createdUtc)}>{age(c.createdUtc, now)}</span>
          {c.creator && <span>by {c.creator}</span>}
          <span className="muted">Mews: {c.mewsState}</span>
          {c.reportPending && <span className="muted">reporting to Mews…</span>}
        </div>
        {c.phase === 'running' && c.progress !== null && (
          <progress className="command-progress" value={c.progress} max={1} aria-label={`Progress of ${c.summary}`}>
            {Math.round(c.progress * 100)}%
          </progress>
        )}
        {c.notes && (
          <p className={c.phase === 'failed' ? 'command-notes command-notes-error' : 'command-notes'} data-testid="command-notes">
            {c.notes}
          </p>
        )}
      </div>
      {(c.canRetry || c.canDismiss) && (onRetry || onDismiss) && (
        <div className="command-actions">
          {c.canRetry && onRetry && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act(onRetry)} data-testid="retry">
              Retry
            </button>
          )}
          {c.canDismiss && onDismiss && (
            <button type="button" className="btn" disabled={busy} onClick={() => act(onDismiss)} data-testid="dismiss">
              Dismiss
            </button>
          )}
        </div>
      )}
    </li>
  );
}
