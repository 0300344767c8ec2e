import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, PublicSettings } from '../../src/bridge/api.js';
import { Banners } from './components/Banners.js';
import { Notices } from './components/Notices.js';
import { StatusHeader } from './components/StatusHeader.js';
import { useBridge } from './use-bridge.js';
import { ConnectionScreen } from './views/ConnectionScreen.js';
import { DevicesScreen } from './views/DevicesScreen.js';
import { LogsScreen } from './views/LogsScreen.js';
import { QueueScreen } from './views/QueueScreen.js';

export type Tab = 'queue' | 'devices' | 'connection' | 'logs';
const TABS: { id: Tab; label: string }[] = [
  { id: 'queue', label: 'Queue' },
  { id: 'devices', label: 'Devices' },
  { id: 'connection', label: 'Connection' },
  { id: 'logs', label: 'Logs' },
];

function tabFromHash(): Tab {
  const h = window.location.hash.replace(/^#\/?/, '');
  return TABS.some((t) => t.id === h) ? (h as Tab) : 'queue';
}

export function App({ api }: { api: BridgeApi }) {
  const { snapshot, notices, loadError, dismissNotice, addNotice } = useBridge(api);
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [settings, setSettings] = useState<PublicSettings | null>(null);

  const reloadSettings = useCallback(() => {
    api.getSettings().then(setSettings, (e: unknown) => addNotice('error', `Could not load settings: ${String(e)}`));
  }, [api]);
  useEffect(reloadSettings, [reloadSettings]);

  const go = (t: Tab) => {
    setTab(t);
    history.replaceState(null, '', `#${t}`);
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0); // a new screen starts at its top, where what needs a person is
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <StatusHeader snapshot={snapshot} />
      <nav className="tabs" aria-label="Sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className="tab"
            aria-current={tab === t.id ? 'page' : undefined}
            onClick={() => go(t.id)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
            {t.id === 'queue' && snapshot && snapshot.counts.failed > 0 && (
              <span className="tab-count" aria-label={`${snapshot.counts.failed} failed`}>
                {snapshot.counts.failed}
              </span>
            )}
          </button>
        ))}
        <Notices notices={notices} onDismiss={dismissNotice} />
      </nav>
      {snapshot && <Banners api={api} connection={snapshot.connection} onGo={go} notify={addNotice} />}
      <main id="main" tabIndex={-1}>
        {!snapshot ? (
          <div className="empty" role="status" data-testid="loading">
            <h2>{loadError ? 'Cannot reach the bridge service' : 'Connecting to the bridge…'}</h2>
            {loadError && <p>{loadError} — retrying every few seconds.</p>}
          </div>
        ) : tab === 'queue' ? (
          <QueueScreen api={api} snapshot={snapshot} settings={settings} onGo={go} notify={addNotice} />
        ) : tab === 'devices' ? (
          <DevicesScreen api={api} snapshot={snapshot} settings={settings} reloadSettings={reloadSettings} notify={addNotice} onGo={go} />
        ) : tab === 'logs' ? (
          <LogsScreen api={api} notify={addNotice} />
        ) : (
          <ConnectionScreen api={api} snapshot={snapshot} settings={settings} reloadSettings={reloadSettings} notify={addNotice} />
        )}
      </main>
    </div>
  );
}
