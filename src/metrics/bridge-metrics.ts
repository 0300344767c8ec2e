import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BridgeApi, BridgeEvent, CommandView, ConnectionStatus, LocalPhase, Snapshot } from '../bridge/api.js';
import type { RequestOutcome } from '../mews/mews-api-client.js';
import type { DeviceHealth } from '../devices/driver.js';

/**
 * The bridge's health for a fleet's monitoring, in the Prometheus text exposition format (prom-client). Fed only
 * through interfaces: `BridgeApi` (snapshot and events, as the UIs see them), the Mews client's `onRequest`
 * hook, and a few read-only figures handed in by whoever runs the bridge. Metric names: `docs/monitoring.md`.
 */
export interface MetricsFigures {
  /** Requests the client-side Mews budget still allows in the current 30 s window. */
  budgetLeft(): number;
  /** The budget's ceiling per window now: `mews.maxRequestsPer30s`, lower for a while after a 429. */
  budgetLimit(): number;
  /** Size of `journal.jsonl` in bytes, and the commands it holds. */
  journal(): { bytes: number; entries: number };
}

const CONNECTION_STATES: ConnectionStatus[] = ['connecting', 'online', 'degraded', 'offline', 'unauthorized', 'stopped'];
/** The WebSocket is up in these states (`degraded`: up, but reads from the Connector API fail). */
const SOCKET_UP: ReadonlySet<ConnectionStatus> = new Set(['online', 'degraded']);
const DEVICE_STATES: DeviceHealth[] = ['online', 'busy', 'attention', 'offline', 'unknown'];
const FINAL_PHASES: Partial<Record<LocalPhase, string>> = { done: 'Processed', failed: 'Error', cancelled: 'Cancelled' };
/** Most command ids remembered to tell a new outcome from a repeated event; the oldest are forgotten first. */
const MAX_TRACKED = 10_000;

/** `print` / `key` from the Mews device type (`Printer`, `KeyCutter`); other types lower-cased. */
export function commandKind(deviceType: string): string {
  return deviceType === 'Printer' ? 'print' : deviceType === 'KeyCutter' ? 'key' : deviceType.toLowerCase();
}

export class BridgeMetrics {
  readonly registry = new Registry();
  private readonly phases = new Map<string, { phase: LocalPhase; runningSince: number | null }>();
  private everOnline = false;
  private lastStatus: ConnectionStatus | null = null;
  private api: BridgeApi | null = null;
  private figures: MetricsFigures | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Read once per scrape, so every gauge of one answer describes the same moment. */
  private snapshot: Snapshot | null = null;

  private readonly commands = new Counter({
    name: 'mews_bridge_commands_total',
    help: 'Commands finished by this bridge, by device, kind (print, key) and outcome (Mews state: Processed, Error, Cancelled).',
    labelNames: ['device', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'mews_bridge_command_duration_seconds',
    help: 'Time from a command starting on its device to its outcome, by device, kind and outcome.',
    labelNames: ['device', 'kind', 'outcome'] as const,
    buckets: [0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly reconnects = new Counter({
    name: 'mews_bridge_reconnects_total',
    help: 'Times the Mews WebSocket came back online after having been online.',
    registers: [this.registry],
  });
  private readonly mewsRequests = new Counter({
    name: 'mews_bridge_mews_requests_total',
    help: 'Connector API attempts by operation and HTTP status (network / timeout when there was no answer); 429 = rate-limited.',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- prom-client calls collect() with `this` bound to the metric
    const self = this;
    new Gauge({
      name: 'mews_bridge_info',
      help: 'Always 1; the version label says which bridge answers.',
      labelNames: ['version'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        const s = self.snapshot;
        if (s) this.set({ version: s.version }, 1);
      },
    });
    new Gauge({
      name: 'mews_bridge_connection_status',
      help: 'The Mews connection state: 1 for the current state, 0 for the others.',
      labelNames: ['status'] as const,
      registers: [this.registry],
      collect() {
        const s = self.snapshot;
        for (const st of CONNECTION_STATES) this.set({ status: st }, s?.connection.status === st ? 1 : 0);
      },
    });
    new Gauge({
      name: 'mews_bridge_connected',
      help: '1 while connected to Mews and its API answers (status online), else 0 (also while degraded: API calls fail).',
      registers: [this.registry],
      collect() {
        this.set(self.snapshot?.connection.status === 'online' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'mews_bridge_paused',
      help: '1 while a person has paused commands (nothing is printed or encoded; commands wait in Mews), else 0.',
      registers: [this.registry],
      collect() {
        this.set(self.snapshot?.connection.paused ? 1 : 0);
      },
    });
    new Gauge({
      name: 'mews_bridge_queue_depth',
      help: 'Commands waiting for their device (the running one not counted).',
      labelNames: ['device'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const d of self.snapshot?.devices ?? []) this.set({ device: d.name }, d.waiting);
      },
    });
    new Gauge({
      name: 'mews_bridge_queue_oldest_waiting_seconds',
      help: 'Age (since Mews created it) of the oldest command waiting for its device; 0 when none waits.',
      labelNames: ['device'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        const s = self.snapshot;
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
      registers: [this.registry],
      collect() {
        this.reset();
        for (const d of self.snapshot?.devices ?? [])
          for (const st of DEVICE_STATES) this.set({ device: d.name, status: st }, d.health === st ? 1 : 0);
      },
    });
    new Gauge({
      name: 'mews_bridge_device_flag',
      help: "A device's own flags as its driver reads them (paperOut, coverOpen, connected, …): 1 set, 0 clear.",
      labelNames: ['device', 'flag'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const d of self.snapshot?.devices ?? [])
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
        registers: [this.registry],
        collect() {
          if (self.figures) this.set(read(self.figures));
        },
      });
  }

  /** For the bridge's `onMewsRequest` option. */
  readonly onMewsRequest = (r: RequestOutcome): void => {
    this.mewsRequests.inc({ operation: r.operation, status: String(r.status) });
  };

  /** Starts following a running bridge; call again after it is replaced. */
  attach(api: BridgeApi, figures: MetricsFigures): void {
    this.unsubscribe?.();
    this.api = api;
    this.figures = figures;
    this.unsubscribe = api.subscribe((e) => this.onEvent(e));
    void api.getSnapshot().then((s) => {
      for (const c of s.commands) this.track(c.id, c.phase, null);
      this.onConnection(s.connection.status);
    });
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** The exposition text, and its content type for the HTTP answer. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    this.snapshot = (await this.api?.getSnapshot()) ?? null;
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private onEvent(e: BridgeEvent): void {
    if (e.type === 'command') this.onCommand(e.command);
    else if (e.type === 'connection') this.onConnection(e.connection.status);
    else if (e.type === 'snapshot') this.onConnection(e.snapshot.connection.status);
  }

  private onConnection(status: ConnectionStatus): void {
    const wasUp = this.lastStatus !== null && SOCKET_UP.has(this.lastStatus);
    if (status === this.lastStatus) return;
    this.lastStatus = status;
    if (!SOCKET_UP.has(status) || wasUp) return;
    if (this.everOnline) this.reconnects.inc();
    this.everOnline = true;
  }

  private onCommand(c: CommandView): void {
    const prev = this.phases.get(c.id);
    if (prev?.phase === c.phase) return;
    const now = Date.now();
    const outcome = FINAL_PHASES[c.phase];
    if (outcome) {
      const labels = { device: c.deviceName, kind: commandKind(c.deviceType), outcome };
      this.commands.inc(labels);
      if (prev?.runningSince != null) this.duration.observe(labels, (now - prev.runningSince) / 1000);
    }
    this.track(c.id, c.phase, c.phase === 'running' ? (prev?.phase === 'running' ? prev.runningSince : now) : null);
  }

  private track(id: string, phase: LocalPhase, runningSince: number | null): void {
    this.phases.delete(id);
    this.phases.set(id, { phase, runningSince });
    if (this.phases.size > MAX_TRACKED) this.phases.delete(this.phases.keys().next().value!);
  }
}
