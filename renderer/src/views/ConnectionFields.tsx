import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, PortListResult } from '../../../src/bridge/api.js';
import { Field, described } from '../components/Field.js';
import { BAUDS, connectionTypes, controlId, type DeviceForm } from '../device-form.js';
import { useT } from '../i18n/i18n.js';

interface Props {
  api: BridgeApi;
  form: DeviceForm;
  set: (patch: Partial<DeviceForm>) => void;
  errorFor: (field: string) => string | undefined;
}

export function ConnectionFields({ api, form, set, errorFor }: Props) {
  const { t } = useT();
  const types = connectionTypes(form.driver);
  if (types.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('connFields.legend')}</legend>
      <div className="radio-row" role="radiogroup" aria-label={t('connFields.typeLabel')}>
        {types.map((c) => (
          <label key={c.id} className={`radio-card${form.connType === c.id ? ' radio-card-on' : ''}`}>
            <input type="radio" name="connType" value={c.id} checked={form.connType === c.id} onChange={() => set({ connType: c.id })} />
            {t(c.label)}
          </label>
        ))}
      </div>
      {form.connType === 'serial' && <SerialFields api={api} form={form} set={set} errorFor={errorFor} />}
      {(form.connType === 'tcp' || form.connType === 'tcp-listen') && (
        <div className="grid-2">
          <Field
            id={controlId('connection.host')}
            label={form.connType === 'tcp' ? t('connFields.host') : t('connFields.listenOn')}
            error={errorFor('connection.host')}
            hint={form.connType === 'tcp-listen' ? t('connFields.listenHint') : undefined}
          >
            <input
              {...described(controlId('connection.host'), errorFor('connection.host'), form.connType === 'tcp-listen')}
              value={form.host}
              placeholder={form.connType === 'tcp' ? '192.168.1.40' : '0.0.0.0'}
              onChange={(e) => set({ host: e.target.value })}
              spellCheck={false}
            />
          </Field>
          <Field id={controlId('connection.port')} label={t('connFields.port')} error={errorFor('connection.port')}>
            <input
              {...described(controlId('connection.port'), errorFor('connection.port'))}
              inputMode="numeric"
              value={form.port}
              onChange={(e) => set({ port: e.target.value })}
            />
          </Field>
        </div>
      )}
      {form.connType === 'tcp-listen' && (
        <Field
          id={controlId('connection.allowedPeers')}
          label={t('connFields.allowedPeers')}
          error={errorFor('connection.allowedPeers')}
          hint={t('connFields.allowedPeersHint')}
        >
          <input
            {...described(controlId('connection.allowedPeers'), errorFor('connection.allowedPeers'), true)}
            value={form.allowedPeers}
            placeholder="192.168.1.20"
            onChange={(e) => set({ allowedPeers: e.target.value })}
            spellCheck={false}
          />
        </Field>
      )}
      {form.connType === 'system-queue' && <QueueFields api={api} form={form} set={set} errorFor={errorFor} />}
      {form.connType === 'usb-lp' && (
        <Field
          id={controlId('connection.path')}
          label={t('connFields.deviceFile')}
          error={errorFor('connection.path')}
          hint={t('connFields.deviceFileHint')}
        >
          <input
            {...described(controlId('connection.path'), errorFor('connection.path'), true)}
            value={form.path}
            placeholder="/dev/usb/lp0"
            onChange={(e) => set({ path: e.target.value })}
            spellCheck={false}
          />
        </Field>
      )}
      {form.connType === 'none' && <p className="hint">{t('connFields.noneHint')}</p>}
    </fieldset>
  );
}

/** A receipt printer installed as an OS printer: pick it from the printers this computer has. */
function QueueFields({ api, form, set, errorFor }: Props) {
  const { t } = useT();
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    api.listSystemPrinters().then(
      (l) => setNames(l.printers.map((p) => p.name)),
      () => setNames([]),
    );
  }, [api]);
  const id = controlId('connection.queue');
  return (
    <Field id={id} label={t('connFields.queue')} error={errorFor('connection.queue')} hint={t('connFields.queueHint')}>
      <input
        {...described(id, errorFor('connection.queue'), true)}
        list="os-printers"
        value={form.queue}
        onChange={(e) => set({ queue: e.target.value })}
        spellCheck={false}
        data-testid="queue-input"
      />
      <datalist id="os-printers">
        {names?.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </Field>
  );
}

function SerialFields({ api, form, set, errorFor }: Props) {
  const { t } = useT();
  const [ports, setPorts] = useState<PortListResult | null>(null);
  const refresh = useCallback(() => {
    setPorts(null);
    api.listSerialPorts().then(setPorts, (e: unknown) => setPorts({ ports: [], error: e instanceof Error ? e.message : String(e) }));
  }, [api]);
  useEffect(refresh, [refresh]);

  const pathId = controlId('connection.path');
  const known = ports?.ports.some((p) => p.path === form.path);
  return (
    <>
      <div className="grid-2">
        <Field id="dev-port-pick" label={t('connFields.detectedPorts')}>
          <div className="with-button">
            <select
              id="dev-port-pick"
              value={known ? form.path : ''}
              onChange={(e) => e.target.value && set({ path: e.target.value })}
              data-testid="port-picker"
              disabled={!ports || ports.ports.length === 0}
            >
              <option value="">
                {!ports ? t('connFields.lookingForPorts') : ports.ports.length === 0 ? t('connFields.noPorts') : t('connFields.choosePort')}
              </option>
              {ports?.ports.map((p) => (
                <option key={p.path} value={p.path}>
                  {p.path}
                  {p.manufacturer ? ` — ${p.manufacturer}` : ''}
                </option>
              ))}
            </select>
            <button type="button" className="btn" onClick={refresh}>
              {t('connFields.refresh')}
            </button>
          </div>
          {ports?.error && (
            <p className="warn-text" data-testid="port-list-error">
              {t('connFields.portListError', { error: ports.error })}
            </p>
          )}
        </Field>
        <Field id={pathId} label={t('connFields.portPath')} error={errorFor('connection.path')} hint={t('connFields.portPathHint')}>
          <input
            {...described(pathId, errorFor('connection.path'), true)}
            value={form.path}
            onChange={(e) => set({ path: e.target.value })}
            spellCheck={false}
            autoComplete="off"
          />
        </Field>
      </div>
      <div className="grid-2">
        <Field id={controlId('connection.baudRate')} label={t('connFields.baudRate')} error={errorFor('connection.baudRate')}>
          <select
            {...described(controlId('connection.baudRate'), errorFor('connection.baudRate'))}
            value={form.baudRate}
            onChange={(e) => set({ baudRate: e.target.value })}
          >
            {!(BAUDS as readonly number[]).includes(Number(form.baudRate)) && (
              <option value={form.baudRate}>{t('connFields.notSupported', { value: form.baudRate })}</option>
            )}
            {BAUDS.map((b) => (
              <option key={b} value={String(b)}>
                {b}
              </option>
            ))}
          </select>
        </Field>
        <Field id={controlId('connection.flowControl')} label={t('connFields.flowControl')} error={errorFor('connection.flowControl')}>
          <select
            id={controlId('connection.flowControl')}
            value={form.flowControl}
            onChange={(e) => set({ flowControl: e.target.value as DeviceForm['flowControl'] })}
          >
            <option value="none">{t('connFields.flowNone')}</option>
            <option value="rtscts">{t('connFields.flowHardware')}</option>
            <option value="xonxoff">{t('connFields.flowSoftware')}</option>
          </select>
        </Field>
      </div>
    </>
  );
}
