import { useMemo, useState } from 'react';
import type { BridgeApi, CommandView, PublicSettings, Snapshot } from '../../../src/bridge/api.js';
import type { Tab } from '../App.js';
import { CommandRow } from '../components/CommandRow.js';
import { deviceStatusText } from '../format.js';
import { useNow } from '../use-now.js';
import type { Notice } from '../use-bridge.js';
import { FirstRun } from './FirstRun.js';
import { HistorySearch } from './HistorySearch.js';

type StateFilter = 'all' | 'active' | 'failed' | 'done';
const STATE_FILTERS: { id: StateFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'active', label: 'Waiting & running' },
  { id: 'failed', label: 'Failed' },
  { id: 'done', label: 'Processed' },
];

function matchesState(c: CommandView, f: StateFilter): boolean {
  if (f === 'all') return true;
  if (f === 'active') return c.phase === 'queued' || c.phase === 'waiting' || c.phase === 'running';
  if (f === 'failed') return c.phase === 'failed' && !c.dismissed;
  return c.phase === 'done';
}

interface Props {
  api: BridgeApi;
  snapshot: Snapshot;
  settings: PublicSettings | null;
  onGo: (t: Tab) => void;
  notify: (level: Notice['level'], message: string) => void;
}

export function QueueScreen({ api, snapshot, settings, onGo, notify }: Props) {
  const now = useNow();
  const [device, setDevice] = useState('');
  const [state, setState] = useState<StateFilter>('all');
  const shown = useMemo(
    () => snapshot.commands.filter((c) => (!device || c.deviceId === device) && matchesState(c, state)),
    [snapshot.commands, device, state],
  );
  const act = (fn: (id: string) => Promise<{ ok: boolean; message: string }>) => async (id: string) => {
    try {
      const r = await fn(id);
      notify(r.ok ? 'info' : 'error', r.message);
      return r;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      notify('error', message);
      return { ok: false, message };
    }
  };
  const retry = act((id) => api.retryCommand(id));
  const dismiss = act((id) => api.dismissCommand(id));

  return (
    <div className="screen">
      {settings && <FirstRun settings={settings} onGo={onGo} />}
      <section className="panel" aria-labelledby="queue-title">
        <div className="panel-head">
          <h2 id="queue-title">Commands</h2>
          <div className="filters" role="group" aria-label="Filter commands">
            <label className="inline-field">
              <span>Device</span>
              <select value={device} onChange={(e) => setDevice(e.target.value)} data-testid="filter-device">
                <option value="">All devices</option>
                {snapshot.devices.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              <span>State</span>
              <select value={state} onChange={(e) => setState(e.target.value as StateFilter)} data-testid="filter-state">
                {STATE_FILTERS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        {snapshot.devices.length > 0 && (
          <ul className="device-strip" aria-label="Devices at a glance">
            {snapshot.devices.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className={`chip${device === d.id ? ' chip-on' : ''}`}
                  aria-pressed={device === d.id}
                  onClick={() => setDevice(device === d.id ? '' : d.id)}
                >
                  <span className={`dot dot-${d.enabled ? d.health : 'unknown'}`} aria-hidden="true" />
                  {d.name}
                  {d.enabled && d.health !== 'online' && <span className={`chip-status chip-status-${d.health}`}>{deviceStatusText(d)}</span>}
                  {d.waiting > 0 && <span className="chip-count">{d.waiting} waiting</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {shown.length === 0 ? (
          <div className="empty" data-testid="queue-empty">
            <p className="empty-title">{snapshot.commands.length === 0 ? 'No commands yet' : 'Nothing matches these filters'}</p>
            <p>
              {snapshot.commands.length === 0
                ? 'When Mews asks to print a bill or encode a key, it shows up here within a second.'
                : 'Choose "All devices" and "All" to see every recent command.'}
            </p>
          </div>
        ) : (
          <ul className="command-list" aria-live="polite" aria-relevant="additions" data-testid="queue-list">
            {shown.map((c) => (
              <CommandRow key={c.id} command={c} now={now} onRetry={retry} onDismiss={dismiss} />
            ))}
          </ul>
        )}
      </section>
      <HistorySearch api={api} now={now} />
    </div>
  );
}
