import type { DeviceConfig } from '../config/schema.js';
import type { CommandView, DeviceView, LocalPhase, MewsCommandState, Snapshot } from './api.js';
import type { DeviceState } from './core-port.js';
import type { DeviceStatus } from '../devices/driver.js';
import { SUMMARY_SEPARATOR } from './command-summary.js';
import { summaryPartsOf, type JournalEntry } from './journal.js';
import { isMessage, msg, type Note } from '../i18n/note.js';
import { englishNote } from '../i18n/render-note.js';

/** Pure functions from internal state to what the UI and /api/status show. */

/** What the UI shows of one command: the summary in English and as parts the UI renders in its language. */
export function commandView(e: JournalEntry, running: boolean, progress: number | null, queuedBehind: boolean): CommandView {
  const phase = localPhase(e, running, queuedBehind);
  return {
    id: e.id,
    deviceId: e.deviceId,
    deviceName: e.deviceName,
    deviceType: e.deviceType,
    phase,
    mewsState: mewsState(e, running),
    createdUtc: e.createdUtc,
    updatedAt: e.updatedAt,
    creator: e.creator,
    progress: running ? progress : null,
    notes: e.outcome?.notes ?? null,
    summary: e.summary,
    summaryParts: summaryPartsOf(e),
    reportPending: e.phase === 'final' && !e.reported,
    canRetry: phase === 'failed' && !running && e.outcome?.retryable !== false,
    canDismiss: e.phase === 'final' && !e.dismissed,
    dismissed: e.dismissed,
  };
}

function localPhase(e: JournalEntry, running: boolean, queuedBehind: boolean): LocalPhase {
  if (running) return 'running';
  if (e.handedOver) return 'ignored';
  if (e.phase !== 'final') return queuedBehind ? 'waiting' : 'queued';
  switch (e.outcome?.state) {
    case 'Processed':
      return 'done';
    case 'Cancelled':
      return 'cancelled';
    default:
      return 'failed';
  }
}

function mewsState(e: JournalEntry, running: boolean): MewsCommandState {
  if (e.phase === 'final' && e.outcome) return e.outcome.state;
  if (running || e.phase === 'started' || e.phase === 'sent') return 'Processing';
  return 'Received';
}

/**
 * The snapshot for readers without the dashboard token: no creator, each summary cut to its first part (no summary
 * parts: they hold the room and the guest's name), and no notes on key commands (they name the room and the stay:
 * "2 new keys encoded for Room 412 …, valid … – …").
 * States, counts and print notes stay for monitoring.
 */
export function publicSnapshot(s: Snapshot): Snapshot {
  return {
    ...s,
    commands: s.commands.map((c) => ({
      ...c,
      creator: null,
      summary: c.summary.split(SUMMARY_SEPARATOR)[0] ?? '',
      summaryParts: null,
      notes: c.deviceType === 'KeyCutter' ? null : c.notes,
    })),
  };
}

/**
 * A `tcp-listen` device that any computer on the network may connect to: no `allowedPeers`, and a host that is not
 * loopback. Whoever connects first becomes the lock system's link (docs/security.md S3).
 */
export function openToNetwork(d: DeviceConfig): boolean {
  const c = 'connection' in d ? d.connection : undefined;
  if (c?.type !== 'tcp-listen' || (c.allowedPeers?.length ?? 0) > 0) return false;
  const host = c.host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\./.test(host) || /^::ffff:127\./.test(host));
}

/** Where the device is, in English words for logs and `DeviceView.address` ("listening on 0.0.0.0:5010", "192.168.1.40:9100"). */
export function deviceAddress(d: DeviceConfig): string {
  return englishNote(deviceAddressNote(d));
}

/** Where the device is, as message keys around the address itself (a bare "host:port" is a plain string). */
export function deviceAddressNote(d: DeviceConfig): Note {
  if (d.driver === 'system')
    return [d.options.printer ? msg('address.printer', { printer: d.options.printer }) : msg('address.printerPerCommand')];
  if (!('connection' in d) || !d.connection) return [msg(d.driver === 'null' ? 'address.simulated' : 'address.fromCommand')];
  const c = d.connection;
  if (c.type === 'serial') return [msg('address.serial', { path: c.path, baud: String(c.baudRate) })];
  if (c.type === 'system-queue') return [msg('address.rawQueue', { queue: c.queue })];
  if (c.type === 'usb-lp') return [msg('address.usb', { path: c.path })];
  const address = `${c.host}:${c.port}`;
  if (c.type === 'tcp-listen') return [msg(openToNetwork(d) ? 'address.listeningOpen' : 'address.listening', { address })];
  return [address];
}

/** A status written as message keys: English `detail`, `detailNote` the keys. */
function notedStatus(note: Note): { detail: string; detailNote: Note } {
  return { detail: englishNote(note), detailNote: note };
}

const UNKNOWN_IN_MEWS = notedStatus([msg('status.unknownInMews')]);

const DISABLED = notedStatus([msg('status.disabled')]);

/** `detail` (English) and `detailNote` only when there is one (`/api/status` keeps its shape otherwise). */
function detailOf(status: { detail: string | null; detailNote?: Note } | undefined): Pick<DeviceView, 'detail' | 'detailNote'> {
  if (!status?.detail) return { detail: status?.detail ?? null };
  return status.detailNote ? { detail: status.detail, detailNote: status.detailNote } : { detail: status.detail };
}

/** `address` (English) and `addressNote` when it has words in it (omitted for a bare address). */
function addressOf(config: DeviceConfig): Pick<DeviceView, 'address' | 'addressNote'> {
  const note = deviceAddressNote(config);
  return note.some(isMessage) ? { address: englishNote(note), addressNote: note } : { address: englishNote(note) };
}

/** How bad a health is, for choosing the worse of two (a problem staff must see outranks a working device). */
const SEVERITY: Record<DeviceStatus['health'], number> = { offline: 3, attention: 2, busy: 1, online: 1, unknown: 0 };

type ShownStatus = Pick<DeviceStatus, 'health' | 'detail' | 'detailNote' | 'flags'>;

/**
 * The device's own status with the bridge's problems about it (another bridge serves it, Mews has no device with
 * its Id): the worst health wins and every problem's words stay, worst first, joined by "·" — so fixing one never
 * reveals another only after a restart. With no bridge problem the device's status is shown as it is.
 */
function combinedStatus(own: ShownStatus | undefined, bridgeProblems: ShownStatus[]): ShownStatus | undefined {
  if (bridgeProblems.length === 0) return own;
  const ownProblem = own && own.detail && (own.health === 'attention' || own.health === 'offline') ? [own] : [];
  // Stable sort: at equal health the bridge's problems come first, as they always did.
  const shown = [...bridgeProblems, ...ownProblem].sort((a, b) => SEVERITY[b.health] - SEVERITY[a.health]);
  const note: Note = shown.flatMap((s, i) => [...(i > 0 ? ['·'] : []), ...(s.detailNote ?? [s.detail ?? ''])]);
  return {
    health: shown[0]!.health,
    ...notedStatus(note),
    flags: Object.assign({}, own?.flags, ...bridgeProblems.map((p) => p.flags)) as Record<string, boolean>,
  };
}

export function deviceView(config: DeviceConfig, state: DeviceState | undefined): DeviceView {
  const bridgeProblems: ShownStatus[] = [
    ...(state?.conflict ? [{ health: 'attention' as const, ...notedStatus(state.conflict), flags: { conflict: true } }] : []),
    ...(state?.unknownInMews ? [{ health: 'attention' as const, ...UNKNOWN_IN_MEWS, flags: { unknownInMews: true } }] : []),
  ];
  const status = combinedStatus(state?.status, bridgeProblems);
  return {
    id: config.id,
    name: config.name,
    driver: config.driver,
    enabled: config.enabled,
    health: !config.enabled ? 'offline' : status?.health === 'online' && state?.current ? 'busy' : (status?.health ?? 'unknown'),
    ...detailOf(config.enabled ? status : DISABLED),
    flags: status?.flags ?? {},
    queueLength: state?.queueLength ?? 0,
    waiting: state?.waiting ?? 0,
    current: state?.current ?? null,
    ...addressOf(config),
    hasPreview: state?.hasPreview ?? false,
  };
}
