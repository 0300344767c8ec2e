import { useState, type FormEvent } from 'react';
import type { ActionResult, BridgeApi, DeviceView, FieldIssueView } from '../../../src/bridge/api.js';
import type { DeviceConfig } from '../../../src/config/schema.js';
import type { Tab } from '../App.js';
import { deviceStatusText, formatNumber } from '../format.js';
import { useT } from '../i18n/i18n.js';
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
import type { Notify } from '../use-bridge.js';
import { issueText, noteText } from '../i18n/note-text.js';
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
  notify: Notify;
  onGo: (t: Tab) => void;
}

export function DeviceEditor({ api, config, view, onSaved, onClose, onRemoved, notify, onGo }: Props) {
  const { t, lang } = useT();
  const [form, setForm] = useState<DeviceForm>(() => (config ? formFromConfig(config) : emptyForm()));
  const [issues, setIssues] = useState<FieldIssueView[]>([]);
  const [busy, setBusy] = useState<null | 'save' | 'test' | 'remove'>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<ActionResult | null>(null);
  const [previewKey, setPreviewKey] = useState(0);
  const isNew = config === null;

  const set = (patch: Partial<DeviceForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSavedNote(null);
  };
  const errorFor = (field: string) => {
    const issue = issues.find((i) => i.field === field || i.field.startsWith(`${field}[`));
    return issue && issueText(issue, lang);
  };
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
    const local = checkForm(form, t);
    if (local.length) return showIssues(local);
    setBusy('save');
    try {
      const r = await api.saveDevice(formToInput(form), config?.id);
      if (!r.ok) return showIssues(r.issues);
      setIssues([]);
      setSavedNote(isNew ? t('editor.added') : t('editor.saved'));
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
    if (!config || !window.confirm(t('editor.confirmRemove', { name: config.name }))) return;
    setBusy('remove');
    try {
      const r = await api.removeDevice(config.id);
      notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
      if (r.ok) onRemoved();
    } finally {
      setBusy(null);
    }
  };

  const isPrinter = form.driver === 'escpos' || form.driver === 'system';
  return (
    <section className="panel editor" aria-labelledby="editor-title" data-testid="device-editor">
      <div className="panel-head">
        <h2 id="editor-title">{isNew ? t('editor.addTitle') : config.name}</h2>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          {t('editor.close')}
        </button>
      </div>
      <form onSubmit={save} noValidate>
        {issues.length > 0 && (
          <div className="form-issues" role="alert" tabIndex={-1} id="device-form-issues" data-testid="form-issues">
            <strong>{t('editor.nothingSaved')}</strong> {t('editor.fix', { count: issues.length })}
            {other.length > 0 && (
              <ul>
                {other.map((i) => (
                  <li key={i.field + i.message}>
                    {i.field === '(root)' ? '' : `${i.field}: `}
                    {issueText(i, lang)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <fieldset>
          <legend>{t('editor.legend')}</legend>
          <div className="grid-2">
            <Field id={controlId('name')} label={t('editor.name')} error={errorFor('name')} hint={t('editor.nameHint')}>
              <input
                {...described(controlId('name'), errorFor('name'), true)}
                value={form.name}
                onChange={(e) => set({ name: e.target.value })}
                autoComplete="off"
              />
            </Field>
            <Field id={controlId('id')} label={t('editor.mewsId')} error={errorFor('id')} hint={t('editor.mewsIdHint')}>
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
            <Field id="dev-driver" label={t('editor.type')}>
              <select id="dev-driver" value={form.driver} onChange={(e) => setForm((f) => withDriver(f, e.target.value as Driver))}>
                {DRIVER_CHOICES.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t(d.label)}
                  </option>
                ))}
              </select>
            </Field>
            <div className="field field-check">
              <label>
                <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> {t('editor.enabled')}
              </label>
            </div>
          </div>
        </fieldset>
        <ConnectionFields api={api} form={form} set={set} errorFor={errorFor} />
        <OptionsFields api={api} form={form} set={set} errorFor={errorFor} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy !== null} data-testid="save-device">
            {busy === 'save' ? t('editor.saving') : isNew ? t('editor.add') : t('editor.saveChanges')}
          </button>
          {!isNew && (
            <button type="button" className="btn" disabled={busy !== null} onClick={test} data-testid="test-device">
              {busy === 'test' ? t('editor.testing') : isPrinter ? t('editor.testPrint') : t('editor.testEncode')}
            </button>
          )}
          {!isNew && (
            <button type="button" className="btn btn-danger" disabled={busy !== null} onClick={remove}>
              {t('editor.remove')}
            </button>
          )}
        </div>
        <div aria-live="polite" className="form-status">
          {savedNote && (
            <p className="ok-text" data-testid="save-ok">
              {savedNote}{' '}
              {isNew && (
                <button type="button" className="btn btn-link" onClick={() => onGo('connection')}>
                  {t('editor.goConnection')}
                </button>
              )}
            </p>
          )}
          {busy === 'test' && <TestProgress isPrinter={isPrinter} />}
          {testResult && (
            <p className={testResult.ok ? 'ok-text' : 'field-error'} data-testid="test-result">
              {noteText(testResult.messageNote, testResult.message, lang)}
            </p>
          )}
        </div>
      </form>
      {!isNew && view && (
        <dl className="device-facts">
          <div>
            <dt>{t('editor.status')}</dt>
            <dd data-testid="editor-status">{deviceStatusText(view, t, lang)}</dd>
          </div>
          <div>
            <dt>{t('editor.waiting')}</dt>
            <dd>{formatNumber(view.waiting, lang)}</dd>
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
  const { t } = useT();
  const started = useState(() => Date.now())[0];
  const now = useNow(1_000);
  const seconds = Math.max(0, Math.round((now - started) / 1000));
  return (
    <p className="test-progress" role="status" data-testid="test-progress">
      <progress aria-label={isPrinter ? t('editor.testPrintRunning') : t('editor.testEncodeRunning')} />
      <span>{isPrinter ? t('editor.printingTest', { seconds }) : t('editor.waitingEncoder', { seconds })}</span>
    </p>
  );
}
