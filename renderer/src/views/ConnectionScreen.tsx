import { useEffect, useState, type FormEvent } from 'react';
import type { ConnectionSettingsInput, FieldIssueView, PublicSettings, TokenStorage } from '../../../src/bridge/api.js';
import { ConnectionStatusPanel } from './ConnectionStatusPanel.js';
import { Field, described } from '../components/Field.js';
import type { ScreenProps } from './screen-props.js';

type Env = ConnectionSettingsInput['environment'];
const ENVIRONMENTS: { id: Env; label: string; hint: string }[] = [
  { id: 'demo', label: 'Mews test hotel', hint: 'Mews’s public demo environment (mews-demo.com), with your test tokens' },
  { id: 'production', label: 'Production', hint: 'Your live hotel' },
  { id: 'custom', label: 'Custom', hint: 'Other addresses (testing)' },
];

type Props = ScreenProps;

export function ConnectionScreen({ api, snapshot, settings, reloadSettings, notify }: Props) {
  return (
    <div className="screen">
      <ConnectionStatusPanel api={api} connection={snapshot.connection} notify={notify} />
      {snapshot.connection.simulation ? (
        <LeaveSimulation />
      ) : settings ? (
        <ConnectionForm api={api} settings={settings} reloadSettings={reloadSettings} />
      ) : (
        <section className="panel" role="status">
          Loading settings…
        </section>
      )}
      {settings && <AppSettings api={api} settings={settings} reloadSettings={reloadSettings} notify={notify} />}
    </div>
  );
}

/** In the built-in simulation the connection cannot be changed: this says how to leave it instead. */
function LeaveSimulation() {
  return (
    <section className="panel" aria-labelledby="leave-sim-title" data-testid="leave-simulation">
      <h2 id="leave-sim-title">This is the built-in simulation</h2>
      <p>
        Mews, the printer and the encoders here are simulated on this PC, so this screen cannot switch to a real hotel (Production) or to
        the Mews test hotel.
      </p>
      <p>To connect your hotel:</p>
      <ol className="steps">
        <li>Stop the simulation: press Ctrl+C in the window where it runs.</li>
        <li>
          Write your settings file, e.g. <code>bridge.json</code>, with your Mews tokens and devices (README, “Configuration reference”).
        </li>
        <li>
          Start the bridge with it: <code>npm run headless -- --config ./bridge.json</code> (<code>npm run app</code> uses{' '}
          <code>./bridge.json</code> when it exists).
        </li>
      </ol>
    </section>
  );
}

function ConnectionForm({ api, settings, reloadSettings }: Pick<Props, 'api' | 'reloadSettings'> & { settings: PublicSettings }) {
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
  const errorFor = (name: string) => issues.find((i) => i.field === name || i.field.endsWith(`.${name}`))?.message;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldIssueView[] = [];
    if (env === 'custom') {
      for (const [name, value, scheme] of [
        ['apiUrl', apiUrl, /^https?:\/\//],
        ['webSocketUrl', wsUrl, /^wss?:\/\//],
      ] as const)
        if (!scheme.test(value.trim()))
          local.push({ field: name, message: `Enter a full address starting with ${name === 'apiUrl' ? 'https://' : 'wss://'}` });
    }
    if (!client.trim()) local.push({ field: 'client', message: 'Enter a client name, e.g. “Mews Device Bridge 1.0.0”.' });
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
      <h2 id="conn-settings-title">Mews connection settings</h2>
      <form onSubmit={save} noValidate data-testid="connection-form">
        {rootError && (
          <div className="form-issues" role="alert">
            <strong>Nothing was saved.</strong> {rootError.message}
          </div>
        )}
        <fieldset>
          <legend>Environment</legend>
          <div className="radio-row" role="radiogroup" aria-label="Environment">
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
                  {o.label}
                  <small>{o.hint}</small>
                </span>
              </label>
            ))}
          </div>
          {env === 'custom' && (
            <div className="grid-2">
              <Field id="conn-apiUrl" label="Connector API address" error={errorFor('apiUrl')}>
                <input
                  {...described('conn-apiUrl', errorFor('apiUrl'))}
                  value={apiUrl}
                  onChange={(e) => setApiUrl(e.target.value)}
                  placeholder="https://api.mews-demo.com"
                  spellCheck={false}
                />
              </Field>
              <Field id="conn-webSocketUrl" label="WebSocket address" error={errorFor('webSocketUrl')}>
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
          <legend>Tokens</legend>
          <p className="hint tokens-hint" data-testid="token-storage">
            {tokenStorageText(settings.tokenStorage)} Leave a box empty to keep the stored token; when you switch environment or address,
            type both again (stored tokens are never sent to another server).
          </p>
          <div className="grid-2">
            <TokenField
              id="conn-clientToken"
              label="Client token"
              isSet={m.clientTokenSet}
              value={clientToken}
              onChange={setClientToken}
              error={errorFor('clientToken')}
            />
            <TokenField
              id="conn-accessToken"
              label="Access token"
              isSet={m.accessTokenSet}
              value={accessToken}
              onChange={setAccessToken}
              error={errorFor('accessToken')}
            />
          </div>
          <Field
            id="conn-client"
            label="Client name"
            error={errorFor('client')}
            hint="Sent to Mews with every request to identify this bridge."
          >
            <input {...described('conn-client', errorFor('client'), true)} value={client} onChange={(e) => setClient(e.target.value)} />
          </Field>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="save-connection">
            {busy ? 'Saving…' : 'Save connection settings'}
          </button>
        </div>
        <div aria-live="polite">
          {saved && (
            <p className="ok-text" data-testid="connection-saved">
              Saved. The bridge reconnects to Mews with the new settings.
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
  return (
    <Field id={id} label={label} error={error} hint={isSet ? 'A token is stored. Type a new one to replace it.' : 'Not set yet.'}>
      <div className="with-badge">
        <input
          {...described(id, error, true)}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={isSet ? '••••••••  (set)' : 'Paste the token from Mews'}
          onChange={(e) => onChange(e.target.value)}
          data-testid={id}
        />
        <span className={`token-state ${isSet ? 'token-set' : 'token-unset'}`} data-testid={`${id}-state`}>
          {isSet ? 'Set' : 'Not set'}
        </span>
      </div>
    </Field>
  );
}

function AppSettings({ api, settings, reloadSettings, notify }: Omit<Props, 'snapshot' | 'settings'> & { settings: PublicSettings }) {
  const [startAtLogin, setStartAtLogin] = useState(settings.startAtLogin);
  useEffect(() => setStartAtLogin(settings.startAtLogin), [settings.startAtLogin]);
  const toggle = async (on: boolean) => {
    if (!api.setStartAtLogin) return;
    setStartAtLogin(on);
    const r = await api.setStartAtLogin(on);
    notify(r.ok ? 'info' : 'error', r.message);
    reloadSettings();
  };
  const diagnostics = async () => {
    const r = await api.exportDiagnostics();
    notify(r.ok ? 'info' : 'error', r.message);
  };
  return (
    <section className="panel" aria-labelledby="app-settings-title">
      <h2 id="app-settings-title">This PC</h2>
      {startAtLogin !== null && api.setStartAtLogin && (
        <div className="field field-check">
          <label>
            <input type="checkbox" checked={startAtLogin} onChange={(e) => void toggle(e.target.checked)} /> Start the bridge when I sign in
            to this PC
          </label>
        </div>
      )}
      {settings.dataDir && <p className="hint">Data folder: {settings.dataDir}</p>}
      <button type="button" className="btn" onClick={() => void diagnostics()}>
        Save diagnostics for support
      </button>
    </section>
  );
}

/** Where the tokens are kept, said truly for each backing (only the desktop app encrypts them). */
function tokenStorageText(t: TokenStorage): string {
  switch (t.kind) {
    case 'encrypted':
      return 'Tokens are stored encrypted by this computer and never shown again.';
    case 'config-file':
      return `Tokens are kept in plain text in the config file ${t.path}: only the bridge's user should be able to read it. They are never shown again.`;
    case 'environment':
      return 'Tokens come from the environment variables MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN, which win over tokens saved here.';
    case 'memory':
      return 'Tokens saved here last until the bridge stops: the config file holds no tokens, so they are not written to disk.';
  }
}
