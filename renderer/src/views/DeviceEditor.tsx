import { useState, type FormEvent } from 'react';
import type { BridgeApi, DeviceView, FieldIssueView } from '../../../src/bridge/api.js';
import type { DeviceConfig } from '../../../src/config/schema.js';
import type { Tab } from '../App.js';
import { deviceStatusText } from '../format.js';
import { useNow } from '../use-now.js';
import { Field, described } from '../components/Field.js';
import {
  checkForm,
  controlId,
  DRIVER_CHOICES,
  emptyForm,
  FORM_FIELDS,
  formFromConfig,
  formToInput,
  withDriver,
  type DeviceForm,
  type Driver,
} from '../device-form.js';
import type { Notice } from '../use-bridge.js';
import { ConnectionFields } from './ConnectionFields.js';
import { DevicePreview } from './DevicePreview.js';
import { OptionsFields } from './OptionsFields.js';

interface Props {
  api: BridgeApi;
  config: DeviceConfig | null;
  view: DeviceView | null;
  onSaved: (id: string) => void;
  onClose: () => void;
  onRemoved: () => void;
  notify: (level: Notice['level'], message: string) => void;
  onGo: (t: Tab) => void;
}

export function DeviceEditor({ api, config, view, onSaved, onClose, onRemoved, notify, onGo }: Props) {
  const [form, setForm] = useState<DeviceForm>(() => (config ? formFromConfig(config) : emptyForm()));
  const [issues, setIssues] = useState<FieldIssueView[]>([]);
  const [busy, setBusy] = useState<null | 'save' | 'test' | 'remove'>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [previewKey, setPreviewKey] = useState(0);
  const isNew = config === null;

  const set = (patch: Partial<DeviceForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSavedNote(null);
  };
  const errorFor = (field: string) => issues.find((i) => i.field === field || i.field.startsWith(`${field}[`))?.message;
  const other = issues.filter((i) => !(FORM_FIELDS as readonly string[]).includes(i.field));

  const showIssues = (raw: FieldIssueView[]) => {
    // Whole-config validation names fields like `devices[2].id`; the form knows them as `id`.
    const list = raw.map((i) => ({ ...i, field: i.field.replace(/^devices\[\d+\]\./, '') }));
    setIssues(list);
    const first = list.find((i) => (FORM_FIELDS as readonly string[]).includes(i.field));
    requestAnimationFrame(() =>
      (first ? document.getElementById(controlId(first.field)) : document.getElementById('device-form-issues'))?.focus(),
    );
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const local = checkForm(form);
    if (local.length) return showIssues(local);
    setBusy('save');
    try {
      const r = await api.saveDevice(formToInput(form), config?.id);
      if (!r.ok) return showIssues(r.issues);
      setIssues([]);
      setSavedNote(isNew ? 'Device added. Press Reconnect on the Connection page so Mews sends its commands here.' : 'Saved.');
      onSaved(form.id.trim());
    } catch (err) {
      showIssues([{ field: '(root)', message: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    if (!config) return;
    setBusy('test');
    setTestResult(null);
    try {
      setTestResult(await api.testDevice(config.id));
      setPreviewKey((k) => k + 1);
    } catch (err) {
      setTestResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (!config || !window.confirm(`Remove “${config.name}”? Commands for it will no longer be run on this PC.`)) return;
    setBusy('remove');
    try {
      const r = await api.removeDevice(config.id);
      notify(r.ok ? 'info' : 'error', r.message);
      if (r.ok) onRemoved();
    } finally {
      setBusy(null);
    }
  };

  const isPrinter = form.driver === 'escpos' || form.driver === 'system';
  return (
    <section className="panel editor" aria-labelledby="editor-title" data-testid="device-editor">
      <div className="panel-head">
        <h2 id="editor-title">{isNew ? 'Add a device' : config.name}</h2>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <form onSubmit={save} noValidate>
        {issues.length > 0 && (
          <div className="form-issues" role="alert" tabIndex={-1} id="device-form-issues" data-testid="form-issues">
            <strong>Nothing was saved.</strong> Please fix{' '}
            {issues.length === 1 ? 'the field marked below' : `the ${issues.length} problems marked below`}.
            {other.length > 0 && (
              <ul>
                {other.map((i) => (
                  <li key={i.field + i.message}>
                    {i.field === '(root)' ? '' : `${i.field}: `}
                    {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <fieldset>
          <legend>Device</legend>
          <div className="grid-2">
            <Field id={controlId('name')} label="Name" error={errorFor('name')} hint="As staff call it, e.g. “Front desk printer”.">
              <input
                {...described(controlId('name'), errorFor('name'), true)}
                value={form.name}
                onChange={(e) => set({ name: e.target.value })}
                autoComplete="off"
              />
            </Field>
            <Field
              id={controlId('id')}
              label="Mews device Id"
              error={errorFor('id')}
              hint="Copy it from Mews → Settings → Devices; it looks like 3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01."
            >
              <input
                {...described(controlId('id'), errorFor('id'), true)}
                value={form.id}
                onChange={(e) => set({ id: e.target.value })}
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
          </div>
          <div className="grid-2">
            <Field id="dev-driver" label="Type and protocol">
              <select id="dev-driver" value={form.driver} onChange={(e) => setForm((f) => withDriver(f, e.target.value as Driver))}>
                {DRIVER_CHOICES.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </select>
            </Field>
            <div className="field field-check">
              <label>
                <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> Enabled — run commands
                for this device
              </label>
            </div>
          </div>
        </fieldset>
        <ConnectionFields api={api} form={form} set={set} errorFor={errorFor} />
        <OptionsFields api={api} form={form} set={set} errorFor={errorFor} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy !== null} data-testid="save-device">
            {busy === 'save' ? 'Saving…' : isNew ? 'Add device' : 'Save changes'}
          </button>
          {!isNew && (
            <button type="button" className="btn" disabled={busy !== null} onClick={test} data-testid="test-device">
              {busy === 'test' ? 'Testing…' : isPrinter ? 'Test print' : 'Test encode'}
            </button>
          )}
          {!isNew && (
            <button type="button" className="btn btn-danger" disabled={busy !== null} onClick={remove}>
              Remove
            </button>
          )}
        </div>
        <div aria-live="polite" className="form-status">
          {savedNote && (
            <p className="ok-text" data-testid="save-ok">
              {savedNote}{' '}
              {isNew && (
                <button type="button" className="btn btn-link" onClick={() => onGo('connection')}>
                  Go to Connection
                </button>
              )}
            </p>
          )}
          {busy === 'test' && <TestProgress isPrinter={isPrinter} />}
          {testResult && (
            <p className={testResult.ok ? 'ok-text' : 'field-error'} data-testid="test-result">
              {testResult.message}
            </p>
          )}
        </div>
      </form>
      {!isNew && view && (
        <dl className="device-facts">
          <div>
            <dt>Status</dt>
            <dd data-testid="editor-status">{deviceStatusText(view)}</dd>
          </div>
          <div>
            <dt>Waiting</dt>
            <dd>{view.waiting}</dd>
          </div>
        </dl>
      )}
      {!isNew && isPrinter && (
        <DevicePreview
          api={api}
          deviceId={config.id}
          refresh={previewKey + (view?.hasPreview ? 1000 : 0)}
          what={form.driver === 'system' ? 'page' : 'receipt'}
        />
      )}
    </section>
  );
}

/** While a test runs: what the device is doing and how long it has been waiting (an encoder waits for a card). */
function TestProgress({ isPrinter }: { isPrinter: boolean }) {
  const started = useState(() => Date.now())[0];
  const now = useNow(1_000);
  const seconds = Math.max(0, Math.round((now - started) / 1000));
  return (
    <p className="test-progress" role="status" data-testid="test-progress">
      <progress aria-label={isPrinter ? 'Test print in progress' : 'Test encode in progress'} />
      <span>
        {isPrinter ? 'Printing a test page…' : 'Waiting for the encoder: place a blank card on it if it asks for one…'} {seconds} s
      </span>
    </p>
  );
}
