import type { CommandView, ConnectionStatus, DeviceView, Snapshot } from '../../src/bridge/api.js';
import type { MessageKey, Translate } from './i18n/i18n.js';
import type { Language } from './i18n/languages.js';
import { noteText } from './i18n/note-text.js';

/** How long ago `iso` was, in words of the current language ("3 min ago"); a date and time after a day. */
export function age(iso: string, now: number, t: Translate, lang: Language): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 10) return t('age.justNow');
  if (s < 60) return t('age.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('age.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return t('age.hours', { h, m: m % 60 });
  return formatDateTime(iso, lang);
}

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * The one date-and-time format of the UI: the UI's language, the computer's time zone (e.g. "30 Nov 2026,
 * 14:05:09" in English, "30.11.2026, 14:05:09" in German). An unparsable value is shown as it came.
 */
export function formatDateTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateTimeFormats.get(lang);
  if (!f) dateTimeFormats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' })));
  return f.format(d);
}

/** A count or other number in the UI's language (digit grouping). */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang).format(n);
}

export type Tone = 'ok' | 'busy' | 'warn' | 'bad' | 'muted';

export function phaseTone(c: CommandView): Tone {
  if (c.dismissed) return 'muted';
  switch (c.phase) {
    case 'done':
      return 'ok';
    case 'running':
      return 'busy';
    case 'queued':
    case 'waiting':
      return 'warn';
    case 'failed':
      return 'bad';
    default:
      return 'muted';
  }
}

export const HEALTH_LABEL: Record<DeviceView['health'], MessageKey> = {
  online: 'health.online',
  busy: 'health.busy',
  attention: 'health.attention',
  offline: 'health.offline',
  unknown: 'health.unknown',
};

export function healthTone(d: DeviceView): Tone {
  if (!d.enabled) return 'muted';
  return ({ online: 'ok', busy: 'busy', attention: 'warn', offline: 'bad', unknown: 'muted' } as const)[d.health];
}

/**
 * Plain-word status of a device, e.g. "Paper out" (the core's words in the UI's language, `detailNote`; its English
 * `detail` when it sent no note) before the generic "Needs attention".
 */
export function deviceStatusText(d: DeviceView, t: Translate, lang: Language): string {
  if (!d.enabled) return t('health.disabled');
  return d.detail === null ? t(HEALTH_LABEL[d.health]) : noteText(d.detailNote, d.detail, lang);
}

/** The device's state in one or two words ("Ready", "Needs attention", "Disabled"): what a badge holds; the detail goes beside it. */
export function deviceHealthText(d: DeviceView, t: Translate): string {
  return d.enabled ? t(HEALTH_LABEL[d.health]) : t('health.disabled');
}

export const CONNECTION_LABEL: Record<ConnectionStatus, MessageKey> = {
  connecting: 'connectionStatus.connecting',
  online: 'connectionStatus.online',
  degraded: 'connectionStatus.degraded',
  offline: 'connectionStatus.offline',
  unauthorized: 'connectionStatus.unauthorized',
  stopped: 'connectionStatus.stopped',
};

export type Overall = 'ok' | 'attention' | 'paused' | 'offline';

/**
 * Same rule as the tray icon: offline first, then anything needing a person (including Mews not answering while
 * connected, `degraded`), then paused — never "All well" while commands wait because a person paused them.
 */
export function overall(s: Snapshot): Overall {
  const c = s.connection.status;
  if (c === 'offline' || c === 'unauthorized' || c === 'stopped') return 'offline';
  const devAttention = s.devices.some((d) => d.enabled && (d.health === 'attention' || d.health === 'offline'));
  const failed = s.commands.some((x) => x.phase === 'failed' && !x.dismissed);
  if (devAttention || failed || c === 'connecting' || c === 'degraded') return 'attention';
  if (s.connection.paused) return 'paused';
  return 'ok';
}

export const DRIVER_LABEL: Record<DeviceView['driver'], MessageKey> = {
  escpos: 'driver.escpos',
  system: 'driver.system',
  salto: 'driver.salto',
  fias: 'driver.fias',
  keycutter: 'driver.keycutter',
  null: 'driver.null',
};

/**
 * A command's summary in the UI's language: its `summaryParts` rendered with the core's catalogs, the guest's
 * name after " · " as it came ("2 Schlüssel · Zimmer 206 · Novák"); the English `summary` when the core sent no
 * parts (an older core, the status without the dashboard token) or this build cannot render them.
 */
export function commandSummary(c: Pick<CommandView, 'summary' | 'summaryParts'>, lang: Language): string {
  const parts = c.summaryParts;
  const what = parts ? noteText(parts.what, '', lang) : '';
  if (!parts || !what) return c.summary;
  return parts.guest ? `${what} · ${parts.guest}` : what;
}
