import { useEffect, useState } from 'react';
import type { BridgeApi, SystemPrinter, SystemPrinterList } from '../../../src/bridge/api.js';
import { Field, described } from '../components/Field.js';
import { COLOR_CHOICES, controlId, PAPER_CHOICES, SIDES_CHOICES, supportedChoices, type DeviceForm } from '../device-form.js';
import { useT, type Translate } from '../i18n/i18n.js';
import { noteText } from '../i18n/note-text.js';

interface Props {
  api: BridgeApi;
  form: DeviceForm;
  set: (patch: Partial<DeviceForm>) => void;
  errorFor: (field: string) => string | undefined;
}

const PER_COMMAND = '';
const BY_ADDRESS = '__address__';
/** IPP `media-source` keywords offered when the printer does not list its trays. */
const USUAL_TRAYS = ['main', 'tray-1', 'tray-2', 'manual'];

/** A tray in words: the usual IPP `media-source` keywords translated, any other keyword as the printer names it. */
function trayLabel(keyword: string, t: Translate): string {
  const n = /^tray-(\d+)$/.exec(keyword)?.[1];
  if (n) return t('systemPrinter.trayN', { n: Number(n) });
  if (keyword === 'main') return t('systemPrinter.trayMain');
  if (keyword === 'manual') return t('systemPrinter.trayManual');
  return keyword;
}

/** CUPS makes a queue name from the printer's name: "HP LaserJet Pro" → "HP_LaserJet_Pro". Such a pair is one name. */
function sameName(info: string, queue: string): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  return plain(info) === plain(queue);
}

/** "Front desk (desk1) — default · Ready": the OS printer's own name and words (`problem`) as they come, our words translated. */
function printerLabel(p: SystemPrinter, t: Translate): string {
  const name = !p.info ? p.name : sameName(p.info, p.name) ? p.info : `${p.info} (${p.name})`;
  const shown = p.isDefault ? t('systemPrinter.isDefault', { name }) : name;
  const state =
    p.problem ??
    (p.state === 'processing'
      ? t('systemPrinter.printing')
      : p.state === 'stopped'
        ? t('systemPrinter.stopped')
        : t('systemPrinter.ready'));
  return `${shown} · ${state}`;
}

/** The "Printer on this computer" part of the device form: which OS printer, and only the settings it supports. */
export function SystemPrinterFields({ api, form, set, errorFor }: Props) {
  const { t, lang } = useT();
  const [list, setList] = useState<SystemPrinterList | null>(null);
  const [loading, setLoading] = useState(false);
  const [byAddress, setByAddress] = useState(() => /^ipps?:\/\//i.test(form.printer));

  const load = () => {
    setLoading(true);
    api
      .listSystemPrinters()
      .then(setList, (e: unknown) =>
        setList({ system: 'cups', printers: [], defaultPrinter: null, error: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => setLoading(false));
  };
  useEffect(load, [api]);
  // An address that the list knows (e.g. the demo's office printer) is shown as that printer; runs when the list arrives.
  useEffect(() => {
    if (list?.printers.some((p) => p.name === form.printer)) setByAddress(false);
  }, [list]);

  const printers = list?.printers ?? [];
  const chosen = byAddress ? null : (printers.find((p) => p.name.toLowerCase() === form.printer.toLowerCase()) ?? null);
  const caps = chosen?.supported ?? { media: [], sides: [], mediaSources: [], colorModes: [], mediaDefault: null };
  const papers = supportedChoices(PAPER_CHOICES, caps.media, (c) => c.keyword, [form.media]);
  const sides = supportedChoices(SIDES_CHOICES, caps.sides, undefined, ['one-sided', form.sides]);
  const colors = supportedChoices(COLOR_CHOICES, caps.colorModes, undefined, ['auto', form.printColorMode]);
  const trays = caps.mediaSources.filter((t) => t !== 'auto');

  /** Picking another printer drops settings it cannot do. */
  const choose = (value: string) => {
    if (value === BY_ADDRESS) {
      setByAddress(true);
      set({ printer: /^ipps?:\/\//i.test(form.printer) ? form.printer : 'ipp://' });
      return;
    }
    setByAddress(false);
    const p = printers.find((x) => x.name === value);
    const c = p?.supported;
    const patch: Partial<DeviceForm> = { printer: value };
    if (c) {
      const paper = PAPER_CHOICES.find((x) => x.id === form.media);
      if (paper && c.media.length && !c.media.includes(paper.keyword)) patch.media = 'auto';
      if (c.sides.length && !c.sides.includes(form.sides)) patch.sides = 'one-sided';
      if (c.mediaSources.length && form.mediaSource !== 'auto' && !c.mediaSources.includes(form.mediaSource)) patch.mediaSource = 'auto';
      if (c.colorModes.length && form.printColorMode !== 'auto' && !c.colorModes.includes(form.printColorMode))
        patch.printColorMode = 'auto';
    }
    set(patch);
  };

  const selectValue = byAddress ? BY_ADDRESS : form.printer === '' ? PER_COMMAND : (chosen?.name ?? form.printer);
  const unknownSaved = !byAddress && form.printer !== '' && !chosen;
  const printerErr = errorFor('options.printer');
  return (
    <fieldset data-testid="system-printer-fields">
      <legend>{t('systemPrinter.legend')}</legend>
      {list?.error && (
        <p className="field-error" role="alert" data-testid="printer-list-error">
          {noteText(list.errorNote, list.error, lang)}
        </p>
      )}
      <div className="grid-2">
        <Field
          id={controlId('options.printer')}
          label={t('systemPrinter.printer')}
          error={printerErr}
          hint={list?.system === 'windows' ? t('systemPrinter.hintWindows') : t('systemPrinter.hintCups')}
        >
          <select
            {...described(controlId('options.printer'), printerErr, true)}
            value={selectValue}
            onChange={(e) => choose(e.target.value)}
            title={chosen ? printerLabel(chosen, t) : undefined}
            data-testid="printer-select"
          >
            <option value={PER_COMMAND}>{t('systemPrinter.perCommand')}</option>
            {unknownSaved && <option value={form.printer}>{t('systemPrinter.notHere', { name: form.printer })}</option>}
            {printers.map((p) => (
              <option key={p.name} value={p.name}>
                {printerLabel(p, t)}
              </option>
            ))}
            <option value={BY_ADDRESS}>{t('systemPrinter.byAddress')}</option>
          </select>
        </Field>
        <div className="field">
          <button type="button" className="btn" onClick={load} disabled={loading} data-testid="refresh-printers">
            {loading ? t('systemPrinter.looking') : t('systemPrinter.refresh')}
          </button>
        </div>
      </div>
      {byAddress && (
        <Field id="dev-printer-address" label={t('systemPrinter.address')} hint={t('systemPrinter.addressHint')}>
          <input
            id="dev-printer-address"
            value={form.printer}
            onChange={(e) => set({ printer: e.target.value })}
            spellCheck={false}
            data-testid="printer-address"
          />
        </Field>
      )}
      {form.printer === '' && !byAddress && (
        <p className="hint" data-testid="per-command-hint">
          {t('systemPrinter.perCommandHint')}
        </p>
      )}
      {chosen?.problem && (
        <p className="field-error" data-testid="printer-problem">
          {chosen.name}: {chosen.problem}
        </p>
      )}
      <div className="grid-2">
        <Field id={controlId('options.media')} label={t('systemPrinter.paperSize')}>
          <select
            id={controlId('options.media')}
            value={form.media}
            onChange={(e) => set({ media: e.target.value })}
            data-testid="media-select"
          >
            <option value="auto">{t('systemPrinter.paperAuto')}</option>
            {papers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id}
              </option>
            ))}
          </select>
        </Field>
        <Field id={controlId('options.sides')} label={t('systemPrinter.sides')}>
          <select
            id={controlId('options.sides')}
            value={form.sides}
            onChange={(e) => set({ sides: e.target.value })}
            data-testid="sides-select"
          >
            {sides.map((s) => (
              <option key={s.id} value={s.id}>
                {t(s.label)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={controlId('options.mediaSource')} label={t('systemPrinter.tray')}>
          {trays.length > 0 || !chosen ? (
            <select
              id={controlId('options.mediaSource')}
              value={form.mediaSource}
              onChange={(e) => set({ mediaSource: e.target.value })}
              data-testid="tray-select"
            >
              <option value="auto">{t('systemPrinter.trayAuto')}</option>
              {(trays.length > 0 ? trays : USUAL_TRAYS).map((k) => (
                <option key={k} value={k}>
                  {trayLabel(k, t)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={controlId('options.mediaSource')}
              value={form.mediaSource}
              onChange={(e) => set({ mediaSource: e.target.value })}
              spellCheck={false}
            />
          )}
        </Field>
        <Field id={controlId('options.printColorMode')} label={t('systemPrinter.colour')}>
          <select
            id={controlId('options.printColorMode')}
            value={form.printColorMode}
            onChange={(e) => set({ printColorMode: e.target.value })}
            data-testid="color-select"
          >
            {colors.map((c) => (
              <option key={c.id} value={c.id}>
                {t(c.label)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={controlId('options.printScaling')} label={t('systemPrinter.fit')}>
          <select id={controlId('options.printScaling')} value={form.printScaling} onChange={(e) => set({ printScaling: e.target.value })}>
            <option value="auto">{t('systemPrinter.fitAuto')}</option>
            <option value="fit">{t('systemPrinter.fitAlways')}</option>
            <option value="none">{t('systemPrinter.fitNone')}</option>
          </select>
        </Field>
        <Field id={controlId('options.orientation')} label={t('systemPrinter.orientation')}>
          <select id={controlId('options.orientation')} value={form.orientation} onChange={(e) => set({ orientation: e.target.value })}>
            <option value="auto">{t('systemPrinter.orientationAuto')}</option>
            <option value="portrait">{t('systemPrinter.portrait')}</option>
            <option value="landscape">{t('systemPrinter.landscape')}</option>
          </select>
        </Field>
      </div>
      <Field
        id={controlId('options.attentionWaitSeconds')}
        label={t('systemPrinter.wait')}
        error={errorFor('options.attentionWaitSeconds')}
        hint={t('systemPrinter.waitHint')}
      >
        <input
          {...described(controlId('options.attentionWaitSeconds'), errorFor('options.attentionWaitSeconds'))}
          inputMode="numeric"
          value={form.attentionWaitSeconds}
          onChange={(e) => set({ attentionWaitSeconds: e.target.value })}
        />
      </Field>
    </fieldset>
  );
}
