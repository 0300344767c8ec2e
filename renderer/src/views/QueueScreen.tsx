import { useMemo, useState } from 'react';
import type { ActionResult, BridgeApi, PublicSettings, Snapshot } from '../../../src/bridge/api.js';
import type { Tab } from '../App.js';
import { CommandRow } from '../components/CommandRow.js';
import { deviceStatusText } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { finishedOrder, liveOrder } from '../queue-order.js';
import { useNow } from '../use-now.js';
import type { Notify } from '../use-bridge.js';
import { FirstRun } from './FirstRun.js';
import { HistorySearch } from './HistorySearch.js';

/** How many finished commands the History section lists before search takes over. */
const HISTORY_SHOWN = 50;

interface Props {
  api: BridgeApi;
  snapshot: Snapshot;
  settings: PublicSettings | null;
  onGo: (t: Tab) => void;
  notify: Notify;
}

/**
 * What needs a person comes first: failed commands, then the running one, then those waiting. Finished
 * commands collapse into History, which one link (before the rows) and one summary reach from the keyboard.
 */
export function QueueScreen({ api, snapshot, settings, onGo, notify }: Props) {
  const { t, lang } = useT();
  const now = useNow();
  const [device, setDevice] = useState('');
  const [historyOpen, setHistoryOpen] = useState(false);
  const mine = useMemo(() => snapshot.commands.filter((c) => !device || c.deviceId === device), [snapshot.commands, device]);
  const live = useMemo(() => liveOrder(mine), [mine]);
  const finished = useMemo(() => finishedOrder(mine), [mine]);
  const act =
    (fn: (id: string) => Promise<ActionResult>) =>
    async (id: string): Promise<ActionResult> => {
      try {
        const r = await fn(id);
        notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
        return r;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        notify('error', message);
        return { ok: false, message };
      }
    };
  const retry = act((id) => api.retryCommand(id));
  const dismiss = act((id) => api.dismissCommand(id));
  const openHistory = () => {
    setHistoryOpen(true);
    requestAnimationFrame(() => document.getElementById('history-summary')?.focus());
  };
  const deviceName = snapshot.devices.find((d) => d.id === device)?.name;

  return (
    <div className="screen">
      {settings && <FirstRun settings={settings} onGo={onGo} />}
      <section className="panel queue-panel" aria-labelledby="queue-title">
        <div className="panel-head">
          <h2 id="queue-title">{deviceName ? t('queue.titleFor', { device: deviceName }) : t('queue.title')}</h2>
          <button type="button" className="btn btn-link" onClick={openHistory} data-testid="go-history">
            {t('queue.historyLink', { count: finished.length })}
          </button>
        </div>
        {snapshot.devices.length > 0 && (
          <ul className="device-strip" aria-label={t('queue.strip')}>
            {snapshot.devices.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className={`chip${device === d.id ? ' chip-on' : ''}`}
                  aria-pressed={device === d.id}
                  onClick={() => setDevice(device === d.id ? '' : d.id)}
                  data-testid="device-chip"
                  data-device-id={d.id}
                  data-health={d.health}
                  data-waiting={d.waiting}
                >
                  <span className={`dot dot-${d.enabled ? d.health : 'unknown'}`} aria-hidden="true" />
                  {d.name}
                  {(!d.enabled || d.health !== 'online') && (
                    <span className={`chip-status chip-status-${d.health}`} title={deviceStatusText(d, t, lang)}>
                      {deviceStatusText(d, t, lang)}
                    </span>
                  )}
                  {d.waiting > 0 && <span className="chip-count">{t('queue.waiting', { count: d.waiting })}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {live.length === 0 ? (
          <div className="empty empty-compact" data-testid="queue-empty">
            {snapshot.connection.paused ? (
              <>
                <p className="empty-title">{t('queue.pausedTitle')}</p>
                <p>{t('queue.pausedText')}</p>
              </>
            ) : (
              <>
                <p className="empty-title">
                  {snapshot.commands.length === 0 ? t('queue.noCommandsTitle') : t('queue.nothingWaitingTitle')}
                </p>
                <p>{snapshot.commands.length === 0 ? t('queue.noCommandsText') : t('queue.nothingWaitingText')}</p>
              </>
            )}
          </div>
        ) : (
          <ul className="command-list" aria-live="polite" aria-relevant="additions" data-testid="queue-list">
            {live.map((c) => (
              <CommandRow key={c.id} command={c} now={now} onRetry={retry} onDismiss={dismiss} />
            ))}
          </ul>
        )}
      </section>
      <details
        className="panel history"
        id="history"
        open={historyOpen}
        onToggle={(e) => setHistoryOpen(e.currentTarget.open)}
        data-testid="history"
      >
        <summary id="history-summary" data-testid="history-summary">
          <h2>{t('queue.history')}</h2>
          <span className="muted">
            {t('queue.finishedCount', { count: finished.length })}
            {finished.length > HISTORY_SHOWN && t('queue.latestShown', { count: HISTORY_SHOWN })}
          </span>
        </summary>
        {historyOpen && (
          <>
            {finished.length > 0 && (
              <ul className="command-list" data-testid="finished-list">
                {finished.slice(0, HISTORY_SHOWN).map((c) => (
                  <CommandRow key={c.id} command={c} now={now} onRetry={retry} />
                ))}
              </ul>
            )}
            <HistorySearch api={api} now={now} />
          </>
        )}
      </details>
    </div>
  );
}
