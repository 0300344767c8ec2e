import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ConnectionStatus, Snapshot } from '../bridge/api.js';
import type { DeviceHealth } from '../devices/driver.js';
import type { MetricsFigures } from './bridge-metrics.js';

/**
 * The prom-client side of `BridgeMetrics`: the registry with the bridge's metric families and prom-client's default
 * process metrics. Imported (and prom-client with it) by the first scrape, not at start: see BridgeMetrics.
 * Metric names: `docs/monitoring.md`.
 */

const CONNECTION_STATES: ConnectionStatus[] = ['connecting', 'online', 'degraded', 'offline', 'unauthorized', 'stopped'];
const DEVICE_STATES: DeviceHealth[] = ['online', 'busy', 'attention', 'offline', 'unknown'];

/** Label names of the per-command families. */
export type CommandLabels = { device: string; kind: string; outcome: string };
export type RequestLabels = { operation: string; status: string };

/** What the gauges read at scrape time. */
export interface GaugeSource {
  /** The snapshot read for this scrape (null before the bridge is attached). */
  snapshot(): Snapshot | null;
  figures(): MetricsFigures | null;
}

export interface PromMetrics {
  registry: Registry;
  commands: Counter<keyof CommandLabels>;
  duration: Histogram<keyof CommandLabels>;
  reconnects: Counter;
  mewsRequests: Counter<keyof RequestLabels>;
}

/** Duration buckets of `mews_bridge_command_duration_seconds`, in seconds. */
export const DURATION_BUCKETS = [0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300];

/** A new registry with every family, in the order the exposition lists them. */
export function promMetrics(source: GaugeSource): PromMetrics {
  const registry = new Registry();
  const commands = new Counter({
    name: 'mews_bridge_commands_total',
    help: 'Commands finished by this bridge, by device, kind (print, key) and outcome (Mews state: Processed, Error, Cancelled).',
    labelNames: ['device', 'kind', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'mews_bridge_command_duration_seconds',
    help: 'Time from a command starting on its device to its outcome, by device, kind and outcome.',
    labelNames: ['device', 'kind', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'mews_bridge_reconnects_total',
    help: 'Times the Mews WebSocket came back online after having been online.',
    registers: [registry],
  });
  const mewsRequests = new Counter({
    name: 'mews_bridge_mews_requests_total',
    help: 'Connector API attempts by operation and HTTP status (network / timeout when there was no answer); 429 = rate-limited.',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'mews_bridge_info',
    help: 'Always 1; the version label says which bridge answers.',
    labelNames: ['version'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const s = source.snapshot();
      if (s) this.set({ version: s.version }, 1);
    },
  });
  new Gauge({
    name: 'mews_bridge_connection_status',
    help: 'The Mews connection state: 1 for the current state, 0 for the others.',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      const s = source.snapshot();
      for (const st of CONNECTION_STATES) this.set({ status: st }, s?.connection.status === st ? 1 : 0);
    },
  });
  new Gauge({
    name: 'mews_bridge_connected',
    help: '1 while connected to Mews and its API answers (status online), else 0 (also while degraded: API calls fail).',
    registers: [registry],
    collect() {
      this.set(source.snapshot()?.connection.status === 'online' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'mews_bridge_paused',
    help: '1 while a person has paused commands (nothing is printed or encoded; commands wait in Mews), else 0.',
    registers: [registry],
    collect() {
      this.set(source.snapshot()?.connection.paused ? 1 : 0);
    },
  });
  new Gauge({
    name: 'mews_bridge_queue_depth',
    help: 'Commands waiting for their device (the running one not counted).',
    labelNames: ['device'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const d of source.snapshot()?.devices ?? []) this.set({ device: d.name }, d.waiting);
    },
  });
  new Gauge({
    name: 'mews_bridge_queue_oldest_waiting_seconds',
    help: 'Age (since Mews created it) of the oldest command waiting for its device; 0 when none waits.',
    labelNames: ['device'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const s = source.snapshot();
      if (!s) return;
      const now = Date.now();
      for (const d of s.devices) {
        const waiting = s.commands.filter((c) => c.deviceId === d.id && (c.phase === 'queued' || c.phase === 'waiting'));
        const oldest = Math.min(now, ...waiting.map((c) => Date.parse(c.createdUtc)).filter(Number.isFinite));
        this.set({ device: d.name }, Math.max(0, (now - oldest) / 1000));
      }
    },
  });
  new Gauge({
    name: 'mews_bridge_device_status',
    help: "Each device's health: 1 for the current one (online, busy, attention, offline, unknown), 0 for the others.",
    labelNames: ['device', 'status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const d of source.snapshot()?.devices ?? [])
        for (const st of DEVICE_STATES) this.set({ device: d.name, status: st }, d.health === st ? 1 : 0);
    },
  });
  new Gauge({
    name: 'mews_bridge_device_flag',
    help: "A device's own flags as its driver reads them (paperOut, coverOpen, connected, …): 1 set, 0 clear.",
    labelNames: ['device', 'flag'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const d of source.snapshot()?.devices ?? [])
        for (const [flag, on] of Object.entries(d.flags)) this.set({ device: d.name, flag }, on ? 1 : 0);
    },
  });
  const figures: [name: string, help: string, read: (f: MetricsFigures) => number][] = [
    [
      'mews_bridge_mews_budget_remaining',
      'Connector API requests the client-side budget still allows in the current 30 s window.',
      (f) => f.budgetLeft(),
    ],
    [
      'mews_bridge_mews_budget_limit',
      'The client-side budget per 30 s window now: mews.maxRequestsPer30s, lowered after a 429 and growing back.',
      (f) => f.budgetLimit(),
    ],
    ['mews_bridge_journal_bytes', 'Size of journal.jsonl in bytes.', (f) => f.journal().bytes],
    ['mews_bridge_journal_commands', 'Commands the journal holds (unfinished ones and the kept history).', (f) => f.journal().entries],
  ];
  for (const [name, help, read] of figures)
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const f = source.figures();
        if (f) this.set(read(f));
      },
    });
  return { registry, commands, duration, reconnects, mewsRequests };
}
