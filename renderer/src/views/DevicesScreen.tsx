import { useState } from 'react';
import type { Tab } from '../App.js';
import { Badge } from '../components/Badge.js';
import { DRIVER_LABEL, deviceHealthText, deviceStatusText, healthTone } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { noteText } from '../i18n/note-text.js';
import { DeviceEditor } from './DeviceEditor.js';
import type { ScreenProps } from './screen-props.js';

interface Props extends ScreenProps {
  onGo: (t: Tab) => void;
}

export function DevicesScreen({ api, snapshot, settings, reloadSettings, notify, onGo }: Props) {
  const { t, lang } = useT();
  const [selected, setSelected] = useState<string | null>(null);
  // The editor is remounted only when staff pick another device, not when a new one gets its id.
  const [editorKey, setEditorKey] = useState(0);
  const open = (id: string | null) => {
    setSelected(id);
    setEditorKey((k) => k + 1);
  };
  const config = selected && selected !== 'new' ? (settings?.devices.find((d) => d.id === selected) ?? null) : null;
  const view = selected ? (snapshot.devices.find((d) => d.id === selected) ?? null) : null;

  return (
    <div className="screen devices-screen">
      <section className="panel device-list-panel" aria-labelledby="devices-title">
        <div className="panel-head">
          <h2 id="devices-title">{t('devices.title')}</h2>
          <button type="button" className="btn btn-primary" onClick={() => open('new')} data-testid="add-device">
            {t('devices.add')}
          </button>
        </div>
        {snapshot.devices.length === 0 ? (
          <div className="empty" data-testid="devices-empty">
            <p className="empty-title">{t('devices.emptyTitle')}</p>
            <p>{t('devices.emptyText')}</p>
          </div>
        ) : (
          <ul className="device-list" aria-live="polite" data-testid="device-list">
            {snapshot.devices.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="device-card"
                  aria-current={selected === d.id ? 'true' : undefined}
                  onClick={() => open(d.id)}
                  data-testid="device-card"
                  data-device-id={d.id}
                  data-health={d.health}
                  data-waiting={d.waiting}
                >
                  <span className="device-card-top">
                    <span className="device-name">{d.name}</span>
                    <Badge tone={healthTone(d)} testId="device-status">
                      {deviceHealthText(d, t)}
                    </Badge>
                  </span>
                  {d.enabled && d.detail !== null && (
                    <span
                      className={`device-detail device-detail-${d.health}`}
                      title={deviceStatusText(d, t, lang)}
                      data-testid="device-detail"
                    >
                      {deviceStatusText(d, t, lang)}
                    </span>
                  )}
                  <span className="device-card-meta">
                    <span>{t(DRIVER_LABEL[d.driver])}</span>
                    <span>{noteText(d.addressNote, d.address, lang)}</span>
                    <span>{d.waiting === 0 ? t('devices.nothingWaiting') : t('queue.waiting', { count: d.waiting })}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {selected ? (
        <DeviceEditor
          key={editorKey}
          api={api}
          config={config}
          view={view}
          onSaved={(id) => {
            reloadSettings();
            setSelected(id);
          }}
          onClose={() => open(null)}
          onRemoved={() => {
            reloadSettings();
            setSelected(null);
          }}
          notify={notify}
          onGo={onGo}
        />
      ) : (
        <section className="panel editor-placeholder" aria-label={t('devices.settingsLabel')}>
          <p className="empty-title">{t('devices.selectTitle')}</p>
          <p>{t('devices.selectText')}</p>
        </section>
      )}
    </div>
  );
}
