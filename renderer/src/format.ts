import type { CommandView, ConnectionStatus, DeviceView, LocalPhase, Snapshot } from '../../src/bridge/api.js';

export function age(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 10) return 'just now';
  if (s < 60) return `${s} s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${m % 60} min ago`;
  return formatDateTime(iso);
}

/** The one date-and-time format of the UI: the browser's language and time zone (e.g. "30 Nov 2026, 14:05:09"). */
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

export const PHASE_LABEL: Record<LocalPhase, string> = {
  queued: 'Queued',
  waiting: 'Waiting',
  running: 'Running',
  done: 'Processed',
  failed: 'Error',
  cancelled: 'Cancelled',
  ignored: 'Ignored',
};

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

export const HEALTH_LABEL: Record<DeviceView['health'], string> = {
  online: 'Ready',
  busy: 'Busy',
  attention: 'Needs attention',
  offline: 'Offline',
  unknown: 'Unknown',
};

export function healthTone(d: DeviceView): Tone {
  if (!d.enabled) return 'muted';
  return ({ online: 'ok', busy: 'busy', attention: 'warn', offline: 'bad', unknown: 'muted' } as const)[d.health];
}

/** Plain-word status of a device, e.g. "Paper out" before the generic "Needs attention". */
export function deviceStatusText(d: DeviceView): string {
  if (!d.enabled) return 'Disabled';
  return d.detail ?? HEALTH_LABEL[d.health];
}

export const CONNECTION_LABEL: Record<ConnectionStatus, string> = {
  connecting: 'Connecting to Mews…',
  online: 'Connected to Mews',
  degraded: 'Mews is not answering',
  offline: 'Not connected to Mews',
  unauthorized: 'Mews rejected the tokens',
  stopped: 'Stopped',
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

export const DRIVER_LABEL: Record<DeviceView['driver'], string> = {
  escpos: 'Receipt printer (ESC/POS)',
  system: 'Printer on this computer',
  salto: 'Salto encoder',
  fias: 'FIAS lock interface',
  keycutter: 'Key cutter',
  null: 'Virtual device',
};
