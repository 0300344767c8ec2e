import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, PortListResult } from '../../../src/bridge/api.js';
import { Field, described } from '../components/Field.js';
import { BAUDS, connectionTypes, controlId, type DeviceForm } from '../device-form.js';

interface Props {
  api: BridgeApi;
  form: DeviceForm;
  set: (patch: Partial<DeviceForm>) => void;
  errorFor: (field: string) => string | undefined;
}

export function ConnectionFields({ api, form, set, errorFor }: Props) {
  const types = connectionTypes(form.driver);
  if (types.length === 0) return null;
  return (
    <fieldset>
      <legend>Connection</legend>
      <div className="radio-row" role="radiogroup" aria-label="Connection type">
        {types.map((t) => (
          <label key={t.id} className={`radio-card${form.connType === t.id ? ' radio-card-on' : ''}`}>
            <input type="radio" name="connType" value={t.id} checked={form.connType === t.id} onChange={() => set({ connType: t.id })} />
            {t.label}
          </label>
        ))}
      </div>
      {form.connType === 'serial' && <SerialFields api={api} form={form} set={set} errorFor={errorFor} />}
      {(form.connType === 'tcp' || form.connType === 'tcp-listen') && (
        <div className="grid-2">
          <Field
            id={controlId('connection.host')}
            label={form.connType === 'tcp' ? 'Host or IP address' : 'Listen on address'}
            error={errorFor('connection.host')}
            hint={form.connType === 'tcp-listen' ? '0.0.0.0 accepts the lock server from any network card.' : undefined}
          >
            <input
              {...described(controlId('connection.host'), errorFor('connection.host'), form.connType === 'tcp-listen')}
              value={form.host}
              placeholder={form.connType === 'tcp' ? '192.168.1.40' : '0.0.0.0'}
              onChange={(e) => set({ host: e.target.value })}
              spellCheck={false}
            />
          </Field>
          <Field id={controlId('connection.port')} label="Port" error={errorFor('connection.port')}>
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
          label="Lock server addresses allowed to connect"
          error={errorFor('connection.allowedPeers')}
          hint="IP addresses, separated by commas, e.g. 192.168.1.20. Empty: any computer that can reach the port may connect."
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
          label="Device file"
          error={errorFor('connection.path')}
          hint="Usually /dev/usb/lp0; the bridge's user needs to be in the lp group. No paper or cover status comes back this way."
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
      {form.connType === 'none' && (
        <p className="hint">Mews sends the lock server’s address with each command, so nothing is needed here.</p>
      )}
    </fieldset>
  );
}

/** A receipt printer installed as an OS printer: pick it from the printers this computer has. */
function QueueFields({ api, form, set, errorFor }: Props) {
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    api.listSystemPrinters().then(
      (l) => setNames(l.printers.map((p) => p.name)),
      () => setNames([]),
    );
  }, [api]);
  const id = controlId('connection.queue');
  return (
    <Field
      id={id}
      label="Printer on this computer"
      error={errorFor('connection.queue')}
      hint="The receipt printer as installed in the computer's printer settings. The receipt goes to it as a raw job; no paper or cover status comes back this way."
    >
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
        <Field id="dev-port-pick" label="Detected ports">
          <div className="with-button">
            <select
              id="dev-port-pick"
              value={known ? form.path : ''}
              onChange={(e) => e.target.value && set({ path: e.target.value })}
              data-testid="port-picker"
              disabled={!ports || ports.ports.length === 0}
            >
              <option value="">{!ports ? 'Looking for ports…' : ports.ports.length === 0 ? 'None found' : 'Choose a port…'}</option>
              {ports?.ports.map((p) => (
                <option key={p.path} value={p.path}>
                  {p.path}
                  {p.manufacturer ? ` — ${p.manufacturer}` : ''}
                </option>
              ))}
            </select>
            <button type="button" className="btn" onClick={refresh}>
              Refresh
            </button>
          </div>
          {ports?.error && (
            <p className="warn-text" data-testid="port-list-error">
              Could not list ports ({ports.error}). Type the path instead.
            </p>
          )}
        </Field>
        <Field id={pathId} label="Port path" error={errorFor('connection.path')} hint="e.g. /dev/ttyUSB0 or COM3">
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
        <Field id={controlId('connection.baudRate')} label="Baud rate" error={errorFor('connection.baudRate')}>
          <select
            {...described(controlId('connection.baudRate'), errorFor('connection.baudRate'))}
            value={form.baudRate}
            onChange={(e) => set({ baudRate: e.target.value })}
          >
            {!(BAUDS as readonly number[]).includes(Number(form.baudRate)) && (
              <option value={form.baudRate}>{form.baudRate} (not supported)</option>
            )}
            {BAUDS.map((b) => (
              <option key={b} value={String(b)}>
                {b}
              </option>
            ))}
          </select>
        </Field>
        <Field id={controlId('connection.flowControl')} label="Flow control" error={errorFor('connection.flowControl')}>
          <select
            id={controlId('connection.flowControl')}
            value={form.flowControl}
            onChange={(e) => set({ flowControl: e.target.value as DeviceForm['flowControl'] })}
          >
            <option value="none">None</option>
            <option value="rtscts">Hardware (RTS/CTS)</option>
            <option value="xonxoff">Software (XON/XOFF)</option>
          </select>
        </Field>
      </div>
    </>
  );
}
