import { useState } from 'react';
import { shownState } from '../../../src/bridge/shown-state.js';
import type { ActionResult, CommandView } from '../../../src/bridge/api.js';
import { age, commandSummary, formatDateTime, phaseTone } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { Badge } from './Badge.js';

interface Props {
  command: CommandView;
  now: number;
  onRetry?: (id: string) => Promise<ActionResult>;
  onDismiss?: (id: string) => Promise<ActionResult>;
}

export function CommandRow({ command: c, now, onRetry, onDismiss }: Props) {
  const { t, lang } = useT();
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
  const label = t(`phase.${shownState(c)}`);
  const summary = commandSummary(c, lang);
  return (
    <li className={`command command-${phaseTone(c)}`} data-testid="command-row" data-command-id={c.id} data-phase={c.phase}>
      <div className="command-main">
        <div className="command-title">
          <Badge tone={phaseTone(c)} testId="command-state">
            {label}
          </Badge>
          <span className="command-summary">{summary}</span>
        </div>
        <div className="command-meta">
          <span className="command-device">{c.deviceName}</span>
          <span title={formatDateTime(c.createdUtc, lang)}>{age(c.createdUtc, now, t, lang)}</span>
          {c.creator && <span>{t('command.by', { creator: c.creator })}</span>}
          <span className="muted">{t('command.mews', { state: t(`mewsState.${c.mewsState}`) })}</span>
          {c.reportPending && <span className="muted">{t('command.reporting')}</span>}
        </div>
        {c.phase === 'running' && c.progress !== null && (
          <progress className="command-progress" value={c.progress} max={1} aria-label={t('command.progress', { summary })}>
            {new Intl.NumberFormat(lang, { style: 'percent' }).format(c.progress)}
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
              {t('command.retry')}
            </button>
          )}
          {c.canDismiss && onDismiss && (
            <button type="button" className="btn" disabled={busy} onClick={() => act(onDismiss)} data-testid="dismiss">
              {t('command.dismiss')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
