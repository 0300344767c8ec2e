import { useMemo } from 'react';
import { Field, described } from '../components/Field.js';
import type { BridgeApi } from '../../../src/bridge/api.js';
import { controlId, PAPER_WIDTHS, type DeviceForm } from '../device-form.js';
import { useT } from '../i18n/i18n.js';
import { SystemPrinterFields } from './SystemPrinterFields.js';

interface Props {
  api: BridgeApi;
  form: DeviceForm;
  set: (patch: Partial<DeviceForm>) => void;
  errorFor: (field: string) => string | undefined;
}

export function OptionsFields({ api, form, set, errorFor }: Props) {
  const { t } = useT();
  if (form.driver === 'system') return <SystemPrinterFields api={api} form={form} set={set} errorFor={errorFor} />;
  if (form.driver === 'escpos') return <PrinterOptions form={form} set={set} errorFor={errorFor} />;
  if (form.driver === 'null')
    return (
      <fieldset>
        <legend>{t('options.simulation')}</legend>
        <Field id={controlId('options.delayMs')} label={t('options.delay')} error={errorFor('options.delayMs')}>
          <input
            {...described(controlId('options.delayMs'), errorFor('options.delayMs'))}
            inputMode="numeric"
            value={form.delayMs}
            onChange={(e) => set({ delayMs: e.target.value })}
          />
        </Field>
      </fieldset>
    );
  return <EncoderOptions form={form} set={set} errorFor={errorFor} />;
}

function PrinterOptions({ form, set, errorFor }: Omit<Props, 'api'>) {
  const { t } = useT();
  const err = errorFor('options.paperWidthDots');
  return (
    <fieldset>
      <legend>{t('options.paperWidth')}</legend>
      <div
        className="radio-row radio-grid-3"
        role="radiogroup"
        aria-label={t('options.paperWidth')}
        aria-invalid={err ? true : undefined}
        id={controlId('options.paperWidthDots')}
        tabIndex={-1}
      >
        {PAPER_WIDTHS.map((w) => (
          <label key={w.dots} className={`radio-card${form.paperWidthDots === String(w.dots) ? ' radio-card-on' : ''}`}>
            <input
              type="radio"
              name="paperWidth"
              value={w.dots}
              checked={form.paperWidthDots === String(w.dots)}
              onChange={() => set({ paperWidthDots: String(w.dots) })}
            />
            <span>
              {w.label}
              <small>{t('options.dots', { dots: w.dots })}</small>
            </span>
          </label>
        ))}
      </div>
      {err && (
        <p className="field-error" role="alert">
          {err}
        </p>
      )}
      <div className="field field-check">
        <label>
          <input type="checkbox" checked={form.cutter} onChange={(e) => set({ cutter: e.target.checked })} /> {t('options.cutter')}
        </label>
      </div>
      <div className="grid-2">
        <Field
          id={controlId('options.orientation')}
          label={t('options.widePages')}
          error={errorFor('options.orientation')}
          hint={t('options.widePagesHint')}
        >
          <select id={controlId('options.orientation')} value={form.orientation} onChange={(e) => set({ orientation: e.target.value })}>
            <option value="auto">{t('options.turnAuto')}</option>
            <option value="portrait">{t('options.turnNever')}</option>
            <option value="landscape">{t('options.turnAlways')}</option>
          </select>
        </Field>
        <Field
          id={controlId('options.status')}
          label={t('options.printerStatus')}
          error={errorFor('options.status')}
          hint={t('options.printerStatusHint')}
        >
          <select
            id={controlId('options.status')}
            value={form.printerStatus}
            onChange={(e) => set({ printerStatus: e.target.value as 'auto' | 'off' })}
            data-testid="escpos-status"
          >
            <option value="auto">{t('options.statusAuto')}</option>
            <option value="off">{t('options.statusOff')}</option>
          </select>
        </Field>
      </div>
    </fieldset>
  );
}

function EncoderOptions({ form, set, errorFor }: Omit<Props, 'api'>) {
  const { t } = useT();
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), []);
  const pcZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <fieldset>
      <legend>{t('options.encoder')}</legend>
      <div className="grid-2">
        <Field
          id={controlId('options.encoder')}
          label={t('options.encoderAddress')}
          error={errorFor('options.encoder')}
          hint={t('options.encoderHint')}
        >
          <input
            {...described(controlId('options.encoder'), errorFor('options.encoder'), true)}
            value={form.encoder}
            onChange={(e) => set({ encoder: e.target.value })}
            spellCheck={false}
          />
        </Field>
        <Field
          id={controlId('options.timeZone')}
          label={t('options.timeZone')}
          error={errorFor('options.timeZone')}
          hint={t('options.timeZoneHint', { zone: pcZone })}
        >
          <input
            {...described(controlId('options.timeZone'), errorFor('options.timeZone'), true)}
            list="time-zones"
            value={form.timeZone}
            placeholder={pcZone}
            onChange={(e) => set({ timeZone: e.target.value })}
            spellCheck={false}
          />
        </Field>
      </div>
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </fieldset>
  );
}
