import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type PromFamily, type PromSample } from 'parse-prometheus-text-format';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { runHeadless, type HeadlessApp } from '../../src/headless/run-headless.js';
import { startEscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { FAST_TUNING, bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { promtool } from '../helpers/promtool.js';
import { FakeBridgeApi } from '../helpers/fake-bridge-api.js';
import { BridgeMetrics } from '../../src/metrics/bridge-metrics.js';
import { startDashboard } from '../../src/headless/dashboard/index.js';
import { get as httpGet } from 'node:http';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

/** One scrape, parsed by a Prometheus text-format parser, with a lookup by name and labels. */
async function scrape(app: HeadlessApp, token: string | null = app.dashboard.token) {
  const res = await fetch(`${app.dashboard.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  // The parser folds a histogram's labelled series into one sample (its flattenMetrics keeps only unlabelled
  // count/sum), so histogram families are read a second time as their plain _bucket/_sum/_count series.
  const families = res.ok ? parsePrometheusTextFormat(text) : [];
  const series = res.ok ? parsePrometheusTextFormat(text.replace(/^# TYPE \S+ histogram\n/gm, '')) : [];
  const family = (name: string): PromFamily => {
    const f = families.find((x) => x.name === name);
    if (!f) throw new Error(`no metric ${name} in the scrape`);
    return f;
  };
  const sample = (name: string, labels: Record<string, string> = {}): PromSample | undefined =>
    family(name).metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  const value = (name: string, labels: Record<string, string> = {}): number => Number(sample(name, labels)?.value ?? NaN);
  const histogram = (name: string, labels: Record<string, string>) => {
    const pick = (suffix: string) =>
      // Each series' _bucket, _sum and _count lines come out as families of their own, one after another.
      series
        .filter((f) => f.name === name + suffix)
        .flatMap((f) => f.metrics)
        .filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
    return {
      count: Number(pick('_count')[0]?.value ?? NaN),
      sum: Number(pick('_sum')[0]?.value ?? NaN),
      buckets: Object.fromEntries(pick('_bucket').map((m) => [m.labels!.le!, Number(m.value)])),
    };
  };
  return { res, text, family, sample, value, histogram };
}

describe('GET /metrics during a scripted run', () => {
  const dir = tempDir('bridge-metrics-');
  afterAll(() => dir.cleanup());

  it('reports connection, reconnects, commands, durations, queues, Mews requests (429s), budget, devices, journal and memory as they happened', async () => {
    const mews = await startMews();
    const paper = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    const file = join(dir.path, 'bridge.json');
    let app: HeadlessApp | undefined;
    try {
      const desk = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
      const back = mews.store.addDevice({ Name: 'Back', Type: 'Printer' });
      const keys = mews.store.addDevice({ Name: 'Keys', Type: 'KeyCutter', Identifier: '1' });
      const receipt = mews.store.addDevice({ Name: 'Receipt', Type: 'Printer' });
      const port = (paper.address as { port: number }).port;
      const cfg = bridgeConfig(mews, join(dir.path, 'data'), [
        { id: desk.Id, name: 'Desk printer', driver: 'null', options: { delayMs: 400 } },
        { id: back.Id, name: 'Back printer', driver: 'null' },
        { id: keys.Id, name: 'Key encoder', driver: 'null' },
        { id: receipt.Id, name: 'Receipt printer', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port } },
      ]);
      writeFileSync(file, JSON.stringify({ ...cfg, mews: { ...cfg.mews, maxRequestsPer30s: 5000 }, dashboard: { port: 0 } }));
      app = await runHeadless({ store: new FileSettingsStore(file), tuning: FAST_TUNING, tty: false });
      const a = app;
      await waitFor(() => mews.socketCount() === 1, 'online');

      // Without the token: refused (metrics.public is off by default).
      const refused = await scrape(a, null);
      expect(refused.res.status).toBe(401);
      expect(refused.res.headers.get('www-authenticate')).toMatch(/^Bearer/);

      // Three prints queue up behind a slow device: the scrape sees the queue.
      const deskIds = [0, 1, 2].map(() => mews.store.addPrinterCommand(desk.Id, PDF).Id);
      await waitFor(
        async () => (await a.service.getSnapshot()).devices.find((d) => d.id === desk.Id)!.waiting === 2,
        'two waiting on the desk printer',
      );
      const mid = await scrape(a);
      expect(mid.res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(mid.value('mews_bridge_queue_depth', { device: 'Desk printer' })).toBe(2);
      expect(mid.value('mews_bridge_queue_depth', { device: 'Back printer' })).toBe(0);
      const oldest = mid.value('mews_bridge_queue_oldest_waiting_seconds', { device: 'Desk printer' });
      expect(oldest).toBeGreaterThanOrEqual(0);
      expect(oldest).toBeLessThan(60);
      expect(mid.value('mews_bridge_device_status', { device: 'Desk printer', status: 'busy' })).toBe(1);

      // An invalid print fails; a key is cut; one update is rate-limited (429) and retried; the socket drops once.
      mews.faults.failNext({ status: 429, retryAfter: 0, path: 'commands/update' });
      const bad = mews.store.addRawCommand(back.Id, { CopyCount: 1, FileType: 'application/pdf', FileData: '@@not base64@@' }).Id;
      const key = mews.store.addKeyCutterCommand(keys.Id, 1).Id;
      await waitFor(() => [...deskIds, key].every((id) => mews.store.commands.get(id)!.State === 'Processed'), 'prints and key processed');
      await waitFor(() => mews.store.commands.get(bad)!.State === 'Error', 'bad print failed');
      mews.dropSockets();
      await waitFor(async () => mews.socketCount() === 1 && (await a.service.getSnapshot()).connection.status === 'online', 'reconnected');
      // The receipt printer runs out of paper.
      paper.setPaperOut(true);
      await waitFor(
        async () => (await a.service.getSnapshot()).devices.find((d) => d.id === receipt.Id)!.flags.paperOut === true,
        'paper out seen',
        30_000,
      );
      await waitFor(() => a.service.journalEntries().every((e) => e.reported), 'all reported');

      const end = await scrape(a);
      expect(end.value('mews_bridge_commands_total', { device: 'Desk printer', kind: 'print', outcome: 'Processed' })).toBe(3);
      expect(end.value('mews_bridge_commands_total', { device: 'Back printer', kind: 'print', outcome: 'Error' })).toBe(1);
      expect(end.value('mews_bridge_commands_total', { device: 'Key encoder', kind: 'key', outcome: 'Processed' })).toBe(1);
      expect(end.family('mews_bridge_commands_total').metrics).toHaveLength(3);
      // Durations: three desk prints of at least 0.4 s each.
      const hist = end.histogram('mews_bridge_command_duration_seconds', { device: 'Desk printer', kind: 'print', outcome: 'Processed' });
      expect(end.family('mews_bridge_command_duration_seconds').type).toBe('HISTOGRAM');
      expect(hist.count).toBe(3);
      expect(hist.sum).toBeGreaterThanOrEqual(1.2);
      expect(hist.buckets['0.25']).toBe(0);
      expect(hist.buckets['+Inf']).toBe(3);
      expect(
        end.histogram('mews_bridge_command_duration_seconds', { device: 'Key encoder', kind: 'key', outcome: 'Processed' }).count,
      ).toBe(1);
      expect(end.value('mews_bridge_queue_depth', { device: 'Desk printer' })).toBe(0);
      expect(end.value('mews_bridge_reconnects_total')).toBe(1);
      expect(end.value('mews_bridge_connected')).toBe(1);
      expect(end.value('mews_bridge_connection_status', { status: 'online' })).toBe(1);
      expect(end.value('mews_bridge_connection_status', { status: 'offline' })).toBe(0);
      // Mews requests by operation and status, exactly as the fake Mews counted them.
      const updates = end.family('mews_bridge_mews_requests_total').metrics.filter((m) => m.labels!.operation === 'commands/update');
      expect(end.value('mews_bridge_mews_requests_total', { operation: 'commands/update', status: '429' })).toBe(1);
      expect(updates.reduce((n, m) => n + Number(m.value), 0)).toBe(mews.requests.get('commands/update'));
      expect(end.value('mews_bridge_mews_requests_total', { operation: 'commands/getAllActive', status: '200' })).toBe(
        mews.requests.get('commands/getAllActive'),
      );
      const budget = end.value('mews_bridge_mews_budget_remaining');
      const ceiling = end.value('mews_bridge_mews_budget_limit');
      expect(ceiling).toBeLessThan(5000); // the 429 lowered it (AIMD), from mews.maxRequestsPer30s = 5000
      expect(ceiling).toBeGreaterThanOrEqual(2500);
      expect(budget).toBeLessThan(ceiling);
      expect(budget).toBeGreaterThanOrEqual(ceiling - [...mews.requests.values()].reduce((n, v) => n + v, 0));
      // Devices: the receipt printer is out of paper.
      expect(end.value('mews_bridge_device_flag', { device: 'Receipt printer', flag: 'paperOut' })).toBe(1);
      expect(end.value('mews_bridge_device_status', { device: 'Receipt printer', status: 'attention' })).toBe(1);
      expect(end.value('mews_bridge_device_status', { device: 'Receipt printer', status: 'online' })).toBe(0);
      // Journal and process.
      expect(end.value('mews_bridge_journal_commands')).toBe(5);
      expect(end.value('mews_bridge_journal_bytes')).toBeGreaterThan(500);
      expect(end.value('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
      expect(end.sample('mews_bridge_info', { version: (await a.service.getSnapshot()).version })?.value).toBe('1');
      expect(end.value('mews_bridge_paused')).toBe(0);
      // A person pauses: the gauge says so.
      await a.service.setPaused(true);
      expect((await scrape(a)).value('mews_bridge_paused')).toBe(1);
      await a.service.setPaused(false);
      // Mews answers 503 to everything while its WebSocket stays up: degraded, not connected.
      mews.faults.failNext({ status: 503, times: 1_000_000 });
      void a.service.resync('test');
      await waitFor(async () => (await a.service.getSnapshot()).connection.status === 'degraded', 'degraded');
      const outage = await scrape(a);
      expect(outage.value('mews_bridge_connected')).toBe(0);
      expect(outage.value('mews_bridge_connection_status', { status: 'degraded' })).toBe(1);
      expect(outage.value('mews_bridge_connection_status', { status: 'online' })).toBe(0);
      mews.faults.clear();
      void a.service.resync('test');
      await waitFor(async () => (await a.service.getSnapshot()).connection.status === 'online', 'online after the outage');
      const after = await scrape(a);
      expect(after.value('mews_bridge_connected')).toBe(1);
      expect(after.value('mews_bridge_reconnects_total')).toBe(1); // degraded → online is no reconnect
      // Our families pass Prometheus's own linter (prom-client's default nodejs_* ones carry lint findings of their own,
      // e.g. gauges named *_total, so they are left out of the check).
      const ours = end.text
        .split(/(?=^# HELP )/m)
        .filter((block) => block.startsWith('# HELP mews_bridge_'))
        .join('');
      expect(ours).toContain('mews_bridge_commands_total');
      const lint = promtool(['check', 'metrics'], { input: ours });
      expect(lint.status, lint.output).toBe(0);
      // No guest or staff name, and no token, in the exposition.
      for (const secret of ['Smith', 'Anna', 'Reception', cfg.mews!.accessToken!, a.dashboard.token])
        expect(end.text).not.toContain(secret);
    } finally {
      await app?.stop();
      await paper.close();
      await mews.close();
    }
  });
});

describe('who may read /metrics', () => {
  it('needs the token unless metrics.public, and a loopback dashboard answers only loopback names', async () => {
    const metrics = new BridgeMetrics();
    metrics.attach(new FakeBridgeApi(), { budgetLeft: () => 7, budgetLimit: () => 180, journal: () => ({ bytes: 0, entries: 0 }) });
    for (const pub of [false, true]) {
      const d = await startDashboard({ api: new FakeBridgeApi(), port: 0, metrics: { scrape: () => metrics.scrape(), public: pub } });
      try {
        const anonymous = await fetch(`${d.url}/metrics`);
        expect(anonymous.status).toBe(pub ? 200 : 401);
        const withToken = await fetch(`${d.url}/metrics`, { headers: { authorization: `Bearer ${d.token}` } });
        expect(withToken.status).toBe(200);
        expect(await withToken.text()).toContain('mews_bridge_mews_budget_remaining 7');
        const wrong = await fetch(`${d.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
        expect(wrong.status).toBe(pub ? 200 : 401);
        const post = await fetch(`${d.url}/metrics`, { method: 'POST', headers: { authorization: `Bearer ${d.token}` } });
        expect(post.status).toBe(405);
        const rebound = await new Promise<number>((done, fail) => {
          const u = new URL(d.url);
          httpGet({ host: u.hostname, port: u.port, path: '/metrics', headers: { host: 'evil.example:80' } }, (res) => {
            res.resume();
            done(res.statusCode!);
          }).on('error', fail);
        });
        expect(rebound).toBe(403);
      } finally {
        await d.close();
      }
    }
  });
});
