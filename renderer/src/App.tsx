import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, PublicSettings } from '../../src/bridge/api.js';
import { Banners } from './components/Banners.js';
import { Notices } from './components/Notices.js';
import { StatusHeader } from './components/StatusHeader.js';
import { useT, type MessageKey } from './i18n/i18n.js';
import { useLanguage } from './i18n/use-language.js';
import { useBridge } from './use-bridge.js';
import { ConnectionScreen } from './views/ConnectionScreen.js';
import { DevicesScreen } from './views/DevicesScreen.js';
import { LogsScreen } from './views/LogsScreen.js';
import { QueueScreen } from './views/QueueScreen.js';

export type Tab = 'queue' | 'devices' | 'connection' | 'logs';
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'queue', label: 'app.tabQueue' },
  { id: 'devices', label: 'app.tabDevices' },
  { id: 'connection', label: 'app.tabConnection' },
  { id: 'logs', label: 'app.tabLogs' },
];

function tabFromHash(): Tab {
  const h = window.location.hash.replace(/^#\/?/, '');
  return TABS.some((t) => t.id === h) ? (h as Tab) : 'queue';
}

export function App({ api }: { api: BridgeApi }) {
  const { t } = useT();
  const { snapshot, notices, loadError, dismissNotice, addNotice } = useBridge(api);
  const languageError = useCallback((m: string) => addNotice('error', m), [addNotice]);
  const language = useLanguage(api, snapshot?.language, languageError);
  const [current, setTab] = useState<Tab>(tabFromHash);
  const [settings, setSettings] = useState<PublicSettings | null>(null);

  const reloadSettings = useCallback(() => {
    api.getSettings().then(setSettings, (e: unknown) => addNotice('error', t('app.settingsFailed', { error: String(e) })));
  }, [api]);
  useEffect(reloadSettings, [reloadSettings]);

  const go = (to: Tab) => {
    setTab(to);
    history.replaceState(null, '', `#${to}`);
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0); // a new screen starts at its top, where what needs a person is
  };

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus only: following "#main" would scroll the header away and replace the tab in the address (#queue …).
          e.preventDefault();
          document.getElementById('main')?.focus({ preventScroll: true });
        }}
      >
        {t('app.skip')}
      </a>
      <StatusHeader snapshot={snapshot} />
      <nav className="tabs" aria-label={t('app.sections')}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className="tab"
            aria-current={current === tab.id ? 'page' : undefined}
            onClick={() => go(tab.id)}
            data-testid={`tab-${tab.id}`}
          >
            {t(tab.label)}
            {tab.id === 'queue' && snapshot && snapshot.counts.failed > 0 && (
              <span className="tab-count" aria-label={t('app.failedCount', { count: snapshot.counts.failed })}>
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
            <h2>{loadError ? t('app.cannotReach') : t('app.connecting')}</h2>
            {loadError && <p>{t('app.retrying', { error: loadError })}</p>}
          </div>
        ) : current === 'queue' ? (
          <QueueScreen api={api} snapshot={snapshot} settings={settings} onGo={go} notify={addNotice} />
        ) : current === 'devices' ? (
          <DevicesScreen api={api} snapshot={snapshot} settings={settings} reloadSettings={reloadSettings} notify={addNotice} onGo={go} />
        ) : current === 'logs' ? (
          <LogsScreen api={api} notify={addNotice} />
        ) : (
          <ConnectionScreen
            api={api}
            snapshot={snapshot}
            settings={settings}
            reloadSettings={reloadSettings}
            notify={addNotice}
            language={language}
          />
        )}
      </main>
    </div>
  );
}
