import type { FieldIssueView } from '../../src/bridge/api.js';
import type { BAUD_RATES, DeviceConfig, DeviceInput } from '../../src/config/schema.js';
import type { PAPER_SIZES } from '../../src/devices/system/job-attributes.js';
import type { MessageKey, Translate } from './i18n/i18n.js';

/** Must equal the schema's list; the type makes the compiler check that. */
export const BAUDS: typeof BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400];
/** Roll widths (a unit, not words) and their printable dots. */
export const PAPER_WIDTHS = [
  { dots: 384, label: '58 mm' },
  { dots: 512, label: '72 mm' },
  { dots: 576, label: '80 mm' },
] as const;

export type Driver = DeviceConfig['driver'];
export type ConnType = 'none' | 'serial' | 'tcp' | 'tcp-listen' | 'system-queue' | 'usb-lp';

/** The drivers in the order the form offers them; `label` is a message key. */
export const DRIVER_CHOICES: { id: Driver; label: MessageKey }[] = [
  { id: 'escpos', label: 'driverChoice.escpos' },
  { id: 'system', label: 'driverChoice.system' },
  { id: 'salto', label: 'driverChoice.salto' },
  { id: 'fias', label: 'driverChoice.fias' },
  { id: 'keycutter', label: 'driverChoice.keycutter' },
  { id: 'null', label: 'driverChoice.null' },
];

/** The connection types a driver can use, first the usual one; `label` is a message key. */
export function connectionTypes(driver: Driver): { id: ConnType; label: MessageKey }[] {
  if (driver === 'null' || driver === 'system') return [];
  if (driver === 'escpos')
    return [
      { id: 'serial', label: 'connType.serial' },
      { id: 'tcp', label: 'connType.tcp' },
      { id: 'system-queue', label: 'connType.systemQueue' },
      { id: 'usb-lp', label: 'connType.usbLp' },
    ];
  return [
    { id: 'none', label: 'connType.none' },
    { id: 'tcp', label: 'connType.lockTcp' },
    { id: 'tcp-listen', label: 'connType.listen' },
    { id: 'serial', label: 'connType.serial' },
  ];
}

export interface DeviceForm {
  id: string;
  name: string;
  enabled: boolean;
  driver: Driver;
  connType: ConnType;
  path: string;
  baudRate: string;
  flowControl: 'none' | 'rtscts' | 'xonxoff';
  host: string;
  port: string;
  /** system-queue: the OS printer (CUPS queue) name. usb-lp uses `path`. */
  queue: string;
  /** tcp-listen: lock server IP addresses allowed to connect, comma-separated. */
  allowedPeers: string;
  paperWidthDots: string;
  cutter: boolean;
  encoder: string;
  timeZone: string;
  delayMs: string;
  /** System printer: OS printer name or ipp:// address; '' = the printer named in each Mews command. */
  printer: string;
  media: string;
  sides: string;
  mediaSource: string;
  printColorMode: string;
  printScaling: string;
  /** System printer: IPP orientation; ESC/POS: whether a wide page is turned along the paper. */
  orientation: string;
  /** ESC/POS: `auto` reads the printer's real-time status, `off` never asks. */
  printerStatus: 'auto' | 'off';
  attentionWaitSeconds: string;
  /** Settings the form does not show, kept as they were. */
  keepConnection: Record<string, unknown>;
  keepOptions: Record<string, unknown>;
}

export function emptyForm(): DeviceForm {
  return {
    id: '',
    name: '',
    enabled: true,
    driver: 'escpos',
    connType: 'serial',
    path: '',
    baudRate: '19200',
    flowControl: 'none',
    host: '',
    port: '9100',
    allowedPeers: '',
    queue: '',
    paperWidthDots: '576',
    cutter: true,
    encoder: '',
    timeZone: '',
    delayMs: '0',
    printer: '',
    media: 'auto',
    sides: 'one-sided',
    mediaSource: 'auto',
    printColorMode: 'auto',
    printScaling: 'auto',
    orientation: 'auto',
    printerStatus: 'auto',
    attentionWaitSeconds: '120',
    keepConnection: {},
    keepOptions: {},
  };
}

export function formFromConfig(d: DeviceConfig): DeviceForm {
  const f = { ...emptyForm(), id: d.id, name: d.name, enabled: d.enabled, driver: d.driver };
  const conn = 'connection' in d ? d.connection : undefined;
  f.connType = conn?.type ?? 'none';
  if (conn?.type === 'serial') {
    const { type: _t, path, baudRate, flowControl, ...rest } = conn;
    Object.assign(f, { path, baudRate: String(baudRate), flowControl, keepConnection: rest });
  } else if (conn?.type === 'system-queue') {
    f.queue = conn.queue;
  } else if (conn?.type === 'usb-lp') {
    f.path = conn.path;
  } else if (conn) {
    Object.assign(f, { host: conn.host, port: String(conn.port) });
    if (conn.type === 'tcp-listen') f.allowedPeers = (conn.allowedPeers ?? []).join(', ');
  }
  if (d.driver === 'escpos') {
    const { paperWidthDots, cutter, orientation, status, ...rest } = d.options;
    Object.assign(f, { paperWidthDots: String(paperWidthDots), cutter, orientation, printerStatus: status, keepOptions: rest });
  } else if (d.driver === 'null') {
    const { delayMs, ...rest } = d.options;
    Object.assign(f, { delayMs: String(delayMs), keepOptions: rest });
  } else if (d.driver === 'system') {
    const { printer, media, sides, mediaSource, printColorMode, printScaling, orientation, attentionWaitSeconds, ...rest } = d.options;
    Object.assign(f, {
      printer: printer ?? '',
      media,
      sides,
      mediaSource,
      printColorMode,
      printScaling,
      orientation,
      attentionWaitSeconds: String(attentionWaitSeconds),
      keepOptions: rest,
    });
  } else {
    const { encoder, timeZone, ...rest } = d.options;
    Object.assign(f, { encoder: encoder ?? '', timeZone: timeZone ?? '', keepOptions: rest });
  }
  return f;
}

/** Switching the driver keeps what still makes sense and picks a valid connection type. */
export function withDriver(f: DeviceForm, driver: Driver): DeviceForm {
  const types = connectionTypes(driver).map((t) => t.id);
  const connType = driver === 'null' || driver === 'system' ? 'none' : types.includes(f.connType) ? f.connType : types[0]!;
  const port = driver === 'escpos' && f.port === '' ? '9100' : f.port;
  return { ...f, driver, connType, port, keepOptions: driver === f.driver ? f.keepOptions : {} };
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export function formToInput(f: DeviceForm): DeviceInput {
  const base = { id: f.id.trim(), name: f.name.trim(), enabled: f.enabled };
  let connection: Record<string, unknown> | undefined;
  if (f.connType === 'serial')
    connection = { ...f.keepConnection, type: 'serial', path: f.path.trim(), baudRate: num(f.baudRate), flowControl: f.flowControl };
  else if (f.connType === 'tcp') connection = { type: 'tcp', host: f.host.trim(), port: num(f.port) };
  else if (f.connType === 'system-queue') connection = { type: 'system-queue', queue: f.queue.trim() };
  else if (f.connType === 'usb-lp') connection = { type: 'usb-lp', path: f.path.trim() || '/dev/usb/lp0' };
  else if (f.connType === 'tcp-listen') {
    const peers = f.allowedPeers.split(/[\s,;]+/).filter(Boolean);
    connection = {
      type: 'tcp-listen',
      host: f.host.trim() || '0.0.0.0',
      port: num(f.port),
      ...(peers.length ? { allowedPeers: peers } : {}),
    };
  }

  if (f.driver === 'null') return { ...base, driver: 'null', options: { ...f.keepOptions, delayMs: num(f.delayMs) } };
  if (f.driver === 'system') {
    const options: Record<string, unknown> = {
      ...f.keepOptions,
      media: f.media,
      sides: f.sides,
      mediaSource: f.mediaSource.trim() || 'auto',
      printColorMode: f.printColorMode,
      printScaling: f.printScaling,
      orientation: f.orientation,
      attentionWaitSeconds: num(f.attentionWaitSeconds),
    };
    if (f.printer.trim()) options.printer = f.printer.trim();
    return { ...base, driver: 'system', options };
  }
  if (f.driver === 'escpos')
    return {
      ...base,
      driver: 'escpos',
      connection,
      options: {
        ...f.keepOptions,
        paperWidthDots: num(f.paperWidthDots),
        cutter: f.cutter,
        orientation: f.orientation,
        status: f.printerStatus,
      },
    } as DeviceInput;
  const options: Record<string, unknown> = { ...f.keepOptions };
  if (f.encoder.trim()) options.encoder = f.encoder.trim();
  if (f.timeZone.trim()) options.timeZone = f.timeZone.trim();
  return { ...base, driver: f.driver, ...(connection ? { connection } : {}), options } as DeviceInput;
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Quick checks before anything is sent, with messages in the UI's language (`t`); the bridge validates again with the shared schema. */
export function checkForm(f: DeviceForm, t: Translate): FieldIssueView[] {
  const issues: FieldIssueView[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!f.name.trim()) add('name', t('validation.name'));
  if (!f.id.trim()) add('id', t('validation.id'));
  if (f.connType === 'serial') {
    if (!f.path.trim()) add('connection.path', t('validation.path'));
    if (!(BAUDS as readonly number[]).includes(num(f.baudRate)))
      add('connection.baudRate', t('validation.baudRate', { list: BAUDS.join(', ') }));
  }
  if (f.connType === 'tcp' && !f.host.trim()) add('connection.host', t('validation.host'));
  if (f.connType === 'system-queue' && !f.queue.trim()) add('connection.queue', t('validation.queue'));
  if (f.connType === 'tcp' || f.connType === 'tcp-listen') {
    const p = num(f.port);
    if (!Number.isInteger(p) || p < 1 || p > 65535) add('connection.port', t('validation.port'));
  }
  if (f.driver === 'escpos' && !PAPER_WIDTHS.some((w) => String(w.dots) === f.paperWidthDots))
    add('options.paperWidthDots', t('validation.paperWidth'));
  if (f.timeZone.trim() && !validZone(f.timeZone.trim())) add('options.timeZone', t('validation.timeZone'));
  if (f.driver === 'system') {
    const w = num(f.attentionWaitSeconds);
    if (!Number.isInteger(w) || w < 0 || w > 3600) add('options.attentionWaitSeconds', t('validation.wait'));
    if (/^ipps?:/i.test(f.printer.trim()) && !/^ipps?:\/\/[^/\s]+/i.test(f.printer.trim()))
      add('options.printer', t('validation.ippAddress'));
  }
  if (f.driver === 'null') {
    const d = num(f.delayMs);
    if (!Number.isInteger(d) || d < 0 || d > 600_000) add('options.delayMs', t('validation.delay'));
  }
  return issues;
}

/** Fields the form shows; issues for anything else go to the summary at the top. */
export const FORM_FIELDS = [
  'id',
  'name',
  'connection.path',
  'connection.baudRate',
  'connection.flowControl',
  'connection.host',
  'connection.port',
  'connection.queue',
  'options.paperWidthDots',
  'options.encoder',
  'options.timeZone',
  'options.delayMs',
  'options.printer',
  'options.media',
  'options.sides',
  'options.mediaSource',
  'options.printColorMode',
  'options.printScaling',
  'options.orientation',
  'options.status',
  'options.attentionWaitSeconds',
] as const;

export function controlId(field: string): string {
  return `dev-${field.replace(/\W+/g, '-')}`;
}

/** Friendly paper names and their PWG media keywords: must equal the driver's table (the type makes the compiler check that). */
const PAPER_KEYWORDS: typeof PAPER_SIZES = {
  A3: 'iso_a3_297x420mm',
  A4: 'iso_a4_210x297mm',
  A5: 'iso_a5_148x210mm',
  A6: 'iso_a6_105x148mm',
  Letter: 'na_letter_8.5x11in',
  Legal: 'na_legal_8.5x14in',
};
export const PAPER_CHOICES: { id: string; keyword: string }[] = (['A4', 'Letter', 'A5', 'Legal', 'A3', 'A6'] as const).map((id) => ({
  id,
  keyword: PAPER_KEYWORDS[id],
}));

/** IPP `sides` keywords the form offers; `label` is a message key. */
export const SIDES_CHOICES: { id: string; label: MessageKey }[] = [
  { id: 'one-sided', label: 'systemPrinter.oneSided' },
  { id: 'two-sided-long-edge', label: 'systemPrinter.longEdge' },
  { id: 'two-sided-short-edge', label: 'systemPrinter.shortEdge' },
];

/** IPP `print-color-mode` keywords the form offers (`auto` = the printer decides); `label` is a message key. */
export const COLOR_CHOICES: { id: string; label: MessageKey }[] = [
  { id: 'auto', label: 'systemPrinter.colourAuto' },
  { id: 'color', label: 'systemPrinter.colourColour' },
  { id: 'monochrome', label: 'systemPrinter.colourMono' },
];

/** Of `choices`, those the printer supports; all of them when it does not say (`supported` empty). `keep` always stays. */
export function supportedChoices<T extends { id: string }>(
  choices: T[],
  supported: string[],
  keyOf: (c: T) => string = (c) => c.id,
  keep: string[] = [],
): T[] {
  if (supported.length === 0) return choices;
  return choices.filter((c) => keep.includes(c.id) || supported.includes(keyOf(c)));
}
