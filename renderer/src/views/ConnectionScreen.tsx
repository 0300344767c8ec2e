import { useEffect, useState, type FormEvent } from 'react';
import { Trans } from 'react-i18next';
import type { ConnectionSettingsInput, FieldIssueView, PublicSettings, TokenStorage } from '../../../src/bridge/api.js';
import { ConnectionStatusPanel } from './ConnectionStatusPanel.js';
import { Field, described } from '../components/Field.js';
import { useT, type MessageKey, type Translate } from '../i18n/i18n.js';
import { issueText } from '../i18n/note-text.js';
import { LanguageField, type LanguageChoice } from './LanguageField.js';
import type { ScreenProps } from './screen-props.js';

type Env = ConnectionSettingsInput['environment'];
const ENVIRONMENTS: { id: Env; label: MessageKey; hint: MessageKey }[] = [
  { id: 'demo', label: 'connection.envDemo', hint: 'connection.envDemoHint' },
  { id: 'production', label: 'connection.envProduction', hint: 'connection.envProductionHint' },
  { id: 'custom', label: 'connection.envCustom', hint: 'connection.envCustomHint' },
];

type Props = ScreenProps & { language: LanguageChoice };

export function ConnectionScreen({ api, snapshot, settings, reloadSettings, notify, language }: Props) {
  const { t } = useT();
  return (
    <div className="screen">
      <ConnectionStatusPanel api={api} connection={snapshot.connection} notify={notify} />
      {snapshot.connection.simulation ? (
        <LeaveSimulation />
      ) : settings ? (
        <ConnectionForm api={api} settings={settings} reloadSettings={reloadSettings} />
      ) : (
        <section className="panel" role="status">
          {t('connection.loadingSettings')}
        </section>
      )}
      {settings && <AppSettings api={api} settings={settings} reloadSettings={reloadSettings} notify={notify} language={language} />}
    </div>
  );
}

/** In the built-in simulation the connection cannot be changed: this says how to leave it instead. */
function LeaveSimulation() {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="leave-sim-title" data-testid="leave-simulation">
      <h2 id="leave-sim-title">{t('connection.simTitle')}</h2>
      <p>{t('connection.simText')}</p>
      <p>{t('connection.simSteps')}</p>
      <ol className="steps">
        <li>{t('connection.simStep1')}</li>
        <li>
          <Trans i18nKey="connection.simStep2" components={{ code: <code /> }} />
        </li>
        <li>
          <Trans i18nKey="connection.simStep3" components={{ code: <code /> }} />
        </li>
      </ol>
    </section>
  );
}

function ConnectionForm({ api, settings, reloadSettings }: Pick<Props, 'api' | 'reloadSettings'> & { settings: PublicSettings }) {
  const { t, lang } = useT();
  const m = settings.mews;
  const [env, setEnv] = useState<Env>(m.environment);
  const [apiUrl, setApiUrl] = useState(m.apiUrl ?? '');
  const [wsUrl, setWsUrl] = useState(m.webSocketUrl ?? '');
  const [client, setClient] = useState(m.client);
  const [clientToken, setClientToken] = useState('');
  const [accessToken, setAccessToken] = useState('');
  const [issues, setIssues] = useState<FieldIssueView[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorFor = (name: string) => {
    const issue = issues.find((i) => i.field === name || i.field.endsWith(`.${name}`));
    return issue && issueText(issue, lang);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldIssueView[] = [];
    if (env === 'custom') {
      for (const [name, value, scheme] of [
        ['apiUrl', apiUrl, /^https?:\/\//],
        ['webSocketUrl', wsUrl, /^wss?:\/\//],
      ] as const)
        if (!scheme.test(value.trim()))
          local.push({ field: name, message: t('validation.url', { scheme: name === 'apiUrl' ? 'https://' : 'wss://' }) });
    }
    if (!client.trim()) local.push({ field: 'client', message: t('validation.client') });
    setSaved(false);
    if (local.length) return setIssues(local);
    setBusy(true);
    try {
      const input: ConnectionSettingsInput = { environment: env, client: client.trim() };
      if (env === 'custom') Object.assign(input, { apiUrl: apiUrl.trim(), webSocketUrl: wsUrl.trim() });
      if (clientToken.trim()) input.clientToken = clientToken.trim();
      if (accessToken.trim()) input.accessToken = accessToken.trim();
      const r = await api.saveConnection(input);
      if (!r.ok) return setIssues(r.issues);
      setIssues([]);
      setClientToken('');
      setAccessToken('');
      setSaved(true);
      reloadSettings();
    } catch (err) {
      setIssues([{ field: '(root)', message: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusy(false);
    }
  };

  const rootError = issues.find(
    (i) => !['apiUrl', 'webSocketUrl', 'client', 'clientToken', 'accessToken'].some((n) => i.field === n || i.field.endsWith(`.${n}`)),
  );
  return (
    <section className="panel" aria-labelledby="conn-settings-title">
      <h2 id="conn-settings-title">{t('connection.settingsTitle')}</h2>
      <form onSubmit={save} noValidate data-testid="connection-form">
        {rootError && (
          <div className="form-issues" role="alert">
            <strong>{t('connection.nothingSaved')}</strong> {issueText(rootError, lang)}
          </div>
        )}
        <fieldset>
          <legend>{t('connection.environment')}</legend>
          <div className="radio-row" role="radiogroup" aria-label={t('connection.environment')}>
            {ENVIRONMENTS.map((o) => (
              <label key={o.id} className={`radio-card${env === o.id ? ' radio-card-on' : ''}`}>
                <input
                  type="radio"
                  name="env"
                  value={o.id}
                  checked={env === o.id}
                  onChange={() => setEnv(o.id)}
                  data-testid={`env-${o.id}`}
                />
                <span>
                  {t(o.label)}
                  <small>{t(o.hint)}</small>
                </span>
              </label>
            ))}
          </div>
          {env === 'custom' && (
            <div className="grid-2">
              <Field id="conn-apiUrl" label={t('connection.apiUrl')} error={errorFor('apiUrl')}>
                <input
                  {...described('conn-apiUrl', errorFor('apiUrl'))}
                  value={apiUrl}
                  onChange={(e) => setApiUrl(e.target.value)}
                  placeholder="https://api.mews-demo.com"
                  spellCheck={false}
                />
              </Field>
              <Field id="conn-webSocketUrl" label={t('connection.webSocketUrl')} error={errorFor('webSocketUrl')}>
                <input
                  {...described('conn-webSocketUrl', errorFor('webSocketUrl'))}
                  value={wsUrl}
                  onChange={(e) => setWsUrl(e.target.value)}
                  placeholder="wss://ws.mews-demo.com"
                  spellCheck={false}
                />
              </Field>
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('connection.tokens')}</legend>
          <p className="hint tokens-hint" data-testid="token-storage">
            {tokenStorageText(settings.tokenStorage, t)} {t('connection.tokensHint')}
          </p>
          <PlainTextTokenWarning storage={settings.tokenStorage} />
          <div className="grid-2">
            <TokenField
              id="conn-clientToken"
              label={t('connection.clientToken')}
              isSet={m.clientTokenSet}
              value={clientToken}
              onChange={setClientToken}
              error={errorFor('clientToken')}
            />
            <TokenField
              id="conn-accessToken"
              label={t('connection.accessToken')}
              isSet={m.accessTokenSet}
              value={accessToken}
              onChange={setAccessToken}
              error={errorFor('accessToken')}
            />
          </div>
          <Field id="conn-client" label={t('connection.clientName')} error={errorFor('client')} hint={t('connection.clientNameHint')}>
            <input {...described('conn-client', errorFor('client'), true)} value={client} onChange={(e) => setClient(e.target.value)} />
          </Field>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="save-connection">
            {busy ? t('connection.saving') : t('connection.save')}
          </button>
        </div>
        <div aria-live="polite">
          {saved && (
            <p className="ok-text" data-testid="connection-saved">
              {t('connection.saved')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}

function TokenField(props: {
  id: string;
  label: string;
  isSet: boolean;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  const { id, label, isSet, value, onChange, error } = props;
  const { t } = useT();
  return (
    <Field id={id} label={label} error={error} hint={isSet ? t('connection.tokenStored') : t('connection.tokenNotSet')}>
      <div className="with-badge">
        <input
          {...described(id, error, true)}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={isSet ? t('connection.tokenPlaceholderSet') : t('connection.tokenPlaceholder')}
          onChange={(e) => onChange(e.target.value)}
          data-testid={id}
        />
        <span className={`token-state ${isSet ? 'token-set' : 'token-unset'}`} data-testid={`${id}-state`}>
          {isSet ? t('connection.tokenSet') : t('connection.tokenUnset')}
        </span>
      </div>
    </Field>
  );
}

function AppSettings({
  api,
  settings,
  reloadSettings,
  notify,
  language,
}: Omit<Props, 'snapshot' | 'settings'> & { settings: PublicSettings }) {
  const { t } = useT();
  const [startAtLogin, setStartAtLogin] = useState(settings.startAtLogin);
  useEffect(() => setStartAtLogin(settings.startAtLogin), [settings.startAtLogin]);
  const toggle = async (on: boolean) => {
    if (!api.setStartAtLogin) return;
    setStartAtLogin(on);
    const r = await api.setStartAtLogin(on);
    notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
    reloadSettings();
  };
  const diagnostics = async () => {
    const r = await api.exportDiagnostics();
    notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
  };
  return (
    <section className="panel" aria-labelledby="app-settings-title">
      <h2 id="app-settings-title">{t('pc.title')}</h2>
      <LanguageField language={language} />
      {startAtLogin !== null && api.setStartAtLogin && (
        <div className="field field-check">
          <label>
            <input type="checkbox" checked={startAtLogin} onChange={(e) => void toggle(e.target.checked)} /> {t('pc.startAtLogin')}
          </label>
        </div>
      )}
      {settings.dataDir && <p className="hint">{t('pc.dataFolder', { path: settings.dataDir })}</p>}
      <button type="button" className="btn" onClick={() => void diagnostics()}>
        {t('logs.saveDiagnostics')}
      </button>
    </section>
  );
}

/** What to do about tokens in plain text in a config file (the bridge's log says it at start too); nothing when there are none. */
function PlainTextTokenWarning({ storage }: { storage: TokenStorage }) {
  const { t } = useT();
  const text =
    storage.kind === 'config-file'
      ? t('plainTextTokens.warning', { path: storage.path })
      : storage.kind === 'environment' && storage.plainTextFile
        ? t('plainTextTokens.unused', { path: storage.plainTextFile })
        : null;
  return text ? (
    <p className="warn-text" role="note" data-testid="token-warning">
      {text}
    </p>
  ) : null;
}

/** Where the tokens are kept, said truly for each backing (only the desktop app encrypts them). */
function tokenStorageText(storage: TokenStorage, t: Translate): string {
  switch (storage.kind) {
    case 'encrypted':
      return t('connection.tokenStorageEncrypted');
    case 'config-file':
      return t('connection.tokenStorageFile', { path: storage.path });
    case 'environment':
      return t('connection.tokenStorageEnvironment');
    case 'memory':
      return t('connection.tokenStorageMemory');
  }
}
