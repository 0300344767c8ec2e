import type { Registry } from 'prom-client';
import type { BridgeApi, BridgeEvent, CommandView, ConnectionStatus, LocalPhase, Snapshot } from '../bridge/api.js';
import type { RequestOutcome } from '../mews/mews-api-client.js';
import type { CommandLabels, PromMetrics, RequestLabels } from './prom-metrics.js';

/**
 * The bridge's health for a fleet's monitoring, in the Prometheus text exposition format (prom-client). Fed only
 * through interfaces: `BridgeApi` (snapshot and events, as the UIs see them), the Mews client's `onRequest`
 * hook, and a few read-only figures handed in by whoever runs the bridge. Metric names: `docs/monitoring.md`.
 *
 * prom-client (and its default process metrics) is loaded by the first scrape, not at start: a bridge that nobody
 * scrapes never pays its memory (docs/ARCHITECTURE.md, "Footprint"). Until then the counts are held here, a few
 * numbers per label set, and handed to prom-client when it loads, so the first scrape shows everything since start.
 * Durations are held as values (at most MAX_HELD_DURATIONS; one more loads prom-client).
 */
export interface MetricsFigures {
  /** Requests the client-side Mews budget still allows in the current 30 s window. */
  budgetLeft(): number;
  /** The budget's ceiling per window now: `mews.maxRequestsPer30s`, lower for a while after a 429. */
  budgetLimit(): number;
  /** Size of `journal.jsonl` in bytes, and the commands it holds. */
  journal(): { bytes: number; entries: number };
}

/** The WebSocket is up in these states (`degraded`: up, but reads from the Connector API fail). */
const SOCKET_UP: ReadonlySet<ConnectionStatus> = new Set(['online', 'degraded']);
const FINAL_PHASES: Partial<Record<LocalPhase, string>> = { done: 'Processed', failed: 'Error', cancelled: 'Cancelled' };
/** Most command ids remembered to tell a new outcome from a repeated event; the oldest are forgotten first. */
const MAX_TRACKED = 10_000;
/** Durations kept while prom-client is not loaded; one more loads it (a bridge that is never scraped stays bounded). */
const MAX_HELD_DURATIONS = 10_000;

/** `print` / `key` from the Mews device type (`Printer`, `KeyCutter`); other types lower-cased. */
export function commandKind(deviceType: string): string {
  return deviceType === 'Printer' ? 'print' : deviceType === 'KeyCutter' ? 'key' : deviceType.toLowerCase();
}

export class BridgeMetrics {
  private readonly phases = new Map<string, { phase: LocalPhase; runningSince: number | null }>();
  private everOnline = false;
  private lastStatus: ConnectionStatus | null = null;
  private api: BridgeApi | null = null;
  private figures: MetricsFigures | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Read once per scrape, so every gauge of one answer describes the same moment. */
  private snapshot: Snapshot | null = null;
  /** prom-client's side, once loaded; until then `held` keeps the counts. */
  private prom: PromMetrics | null = null;
  private loading: Promise<PromMetrics> | null = null;
  private readonly held = {
    commands: new Map<string, { labels: CommandLabels; n: number }>(),
    durations: new Map<string, { labels: CommandLabels; seconds: number[] }>(),
    durationCount: 0,
    reconnects: 0,
    mewsRequests: new Map<string, { labels: RequestLabels; n: number }>(),
  };

  /** For the bridge's `onMewsRequest` option. */
  readonly onMewsRequest = (r: RequestOutcome): void => {
    const labels = { operation: r.operation, status: String(r.status) };
    if (this.prom) this.prom.mewsRequests.inc(labels);
    else count(this.held.mewsRequests, `${labels.operation}\n${labels.status}`, labels);
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

  /** The exposition text, and its content type for the HTTP answer. The first call loads prom-client. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    // The snapshot first: the answer describes the moment of the request, not the end of loading prom-client.
    const snapshot = (await this.api?.getSnapshot()) ?? null;
    const { registry } = await this.load();
    this.snapshot = snapshot;
    return { contentType: registry.contentType, body: await registry.metrics() };
  }

  /** The prom-client registry (loading it), e.g. to list the families. */
  async registry(): Promise<Registry> {
    return (await this.load()).registry;
  }

  /** Whether prom-client has been loaded (by a scrape, `registry()`, or many durations held). */
  get loaded(): boolean {
    return this.prom !== null;
  }

  private load(): Promise<PromMetrics> {
    this.loading ??= import('./prom-metrics.js').then(({ promMetrics }) => {
      const prom = promMetrics({ snapshot: () => this.snapshot, figures: () => this.figures });
      const h = this.held;
      for (const { labels, n } of h.commands.values()) prom.commands.inc(labels, n);
      for (const { labels, seconds } of h.durations.values()) for (const s of seconds) prom.duration.observe(labels, s);
      if (h.reconnects > 0) prom.reconnects.inc(h.reconnects);
      for (const { labels, n } of h.mewsRequests.values()) prom.mewsRequests.inc(labels, n);
      h.commands.clear();
      h.durations.clear();
      h.mewsRequests.clear();
      this.prom = prom;
      return prom;
    });
    return this.loading;
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
    if (this.everOnline) {
      if (this.prom) this.prom.reconnects.inc();
      else this.held.reconnects++;
    }
    this.everOnline = true;
  }

  private onCommand(c: CommandView): void {
    const prev = this.phases.get(c.id);
    if (prev?.phase === c.phase) return;
    const now = Date.now();
    const outcome = FINAL_PHASES[c.phase];
    if (outcome) {
      const labels = { device: c.deviceName, kind: commandKind(c.deviceType), outcome };
      const seconds = prev?.runningSince != null ? (now - prev.runningSince) / 1000 : null;
      if (this.prom) {
        this.prom.commands.inc(labels);
        if (seconds !== null) this.prom.duration.observe(labels, seconds);
      } else this.hold(labels, seconds);
    }
    this.track(c.id, c.phase, c.phase === 'running' ? (prev?.phase === 'running' ? prev.runningSince : now) : null);
  }

  private track(id: string, phase: LocalPhase, runningSince: number | null): void {
    this.phases.delete(id);
    this.phases.set(id, { phase, runningSince });
    if (this.phases.size > MAX_TRACKED) this.phases.delete(this.phases.keys().next().value!);
  }

  private hold(labels: CommandLabels, seconds: number | null): void {
    const key = `${labels.device}\n${labels.kind}\n${labels.outcome}`;
    count(this.held.commands, key, labels);
    if (seconds === null) return;
    const d = this.held.durations.get(key);
    if (d) d.seconds.push(seconds);
    else this.held.durations.set(key, { labels, seconds: [seconds] });
    if (++this.held.durationCount > MAX_HELD_DURATIONS) void this.load();
  }
}

function count<L>(map: Map<string, { labels: L; n: number }>, key: string, labels: L): void {
  const c = map.get(key);
  if (c) c.n++;
  else map.set(key, { labels, n: 1 });
}
