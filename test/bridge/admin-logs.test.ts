import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/config/settings-store.js';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import type { NullDriver } from '../../src/devices/null/null-driver.js';
import { startFakeMews, type FakeMews } from '../../src/sim/fake-mews/server.js';
import { freePort } from '../../src/sim/free-port.js';
import { captureLog, type LogLine } from '../helpers/capture-log.js';
import { bridgeConfig, FAST_TUNING, startMews, TOKENS, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { createDriver } from '../../src/devices/registry.js';
import { startEscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';

/** What an admin reads in the log: outcomes, device and connection changes, problems once, no guest names. */
type Line = LogLine;
const capture = () => captureLog();

const count = (lines: Line[], msg: RegExp) => lines.filter((l) => msg.test(l.msg)).length;

describe('admin logs', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('admin-logs-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });

  it('logs every outcome with id, device, state and note, device changes and problems once each, and no guest name', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const k = mews.store.addDevice({ Name: 'K', Type: 'KeyCutter' });
    const { lines, raw, log } = capture();
    const drivers = new Map<string, NullDriver>();
    bridge = await createBridge({
      store: new MemoryStore(
        bridgeConfig(mews, `${dir.path}/a`, [
          { id: p.Id, name: 'Desk', driver: 'null' },
          { id: k.Id, name: 'Encoder', driver: 'null' },
        ]),
      ),
      log,
      version: 'test',
      tuning: FAST_TUNING,
      driverFactory: (d) => {
        const made = createDriver(d, { dataDir: dir.path, version: 'test' });
        drivers.set(d.id, made as NullDriver);
        return made;
      },
    });
    const driver = () => drivers.get(p.Id)!;
    const ok = mews.store.addKeyCutterCommand(k.Id, 1, {
      LockIds: ['206'],
      FirstName: 'Jana',
      LastName: 'Novakova',
      StartUtc: '2026-11-30T14:00:00Z',
      EndUtc: '2026-12-02T10:00:00Z',
    }).Id;
    await waitFor(() => mews!.store.commands.get(ok)!.State === 'Processed', 'processed');
    driver().failNext = 'The printer is out of paper.';
    const bad = mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id;
    await waitFor(() => mews!.store.commands.get(bad)!.State === 'Error', 'failed');

    expect(lines.find((l) => l.commandId === ok && l.msg === 'Command finished')).toMatchObject({
      level: 30,
      device: 'Encoder',
      state: 'Processed',
    });
    expect(lines.find((l) => l.commandId === bad && l.msg === 'Command failed')).toMatchObject({
      level: 40,
      device: 'Desk',
      state: 'Error',
      notes: 'The printer is out of paper.',
    });

    // A problem reported ten times is one line when it starts and one when it ends.
    for (let i = 0; i < 10; i++) driver().setStatus({ health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
    driver().setStatus({ health: 'online', detail: null, flags: {} });
    expect(count(lines, /^Device problem on Desk: Paper out/)).toBe(1);
    expect(count(lines, /^Device Desk is ready again/)).toBe(1);

    const q = mews.store.addDevice({ Name: 'Q', Type: 'Printer' });
    expect(await bridge.saveDevice({ id: q.Id, name: 'Back office', driver: 'null' })).toEqual({ ok: true });
    expect(await bridge.removeDevice(q.Id)).toMatchObject({ ok: true });
    expect(lines.find((l) => l.msg === 'Device added')).toMatchObject({ device: 'Back office', driver: 'null' });
    expect(lines.find((l) => l.msg === 'Device removed')).toMatchObject({ device: 'Back office' });
    expect(count(lines, /^Connected to Mews$/)).toBe(1);

    // Pausing and resuming are said at info (why keys were not encoded for ten minutes), once each.
    await bridge.setPaused(true);
    await bridge.setPaused(true);
    await bridge.setPaused(false);
    expect(lines.filter((l) => /^Commands paused/.test(l.msg))).toEqual([expect.objectContaining({ level: 30, paused: true })]);
    expect(lines.filter((l) => l.msg === 'Commands resumed')).toEqual([expect.objectContaining({ level: 30, paused: false })]);

    expect(raw.join('')).not.toMatch(/Novakova|Jana/);
  });

  it('says once that Mews cannot be reached, summarises the retries, and says when it is back', async () => {
    const port = await freePort();
    const { lines, log } = capture();
    const config = {
      mews: {
        environment: 'custom' as const,
        apiUrl: `http://127.0.0.1:${port}`,
        webSocketUrl: `ws://127.0.0.1:${port}`,
        ...TOKENS,
        requestTimeoutMs: 500,
      },
      devices: [],
      dataDir: `${dir.path}/b`,
    };
    bridge = await createBridge({
      store: new MemoryStore(config),
      log,
      version: 'test',
      tuning: { ...FAST_TUNING, offlinePollMs: 200, apiMaxAttempts: 1 },
    });
    await waitFor(
      () => count(lines, /^Re-sync with Mews failed/) >= 1 && count(lines, /^Not connected to Mews/) >= 1,
      'the first failure lines',
    );
    // Several more polls and reconnect attempts fail meanwhile, without a line each.
    const failedPolls = () => bridge!.coreStats().failedResyncs;
    const before = failedPolls();
    const offlineSince = (await bridge.getSnapshot()).connection.since;
    await waitFor(() => failedPolls() >= before + 4, 'more failed re-syncs', 20_000);
    expect(count(lines, /^Re-sync with Mews failed/)).toBe(1);
    expect(count(lines, /^Not connected to Mews/)).toBe(1);
    // "Offline since" is when it went offline, not the latest reconnect attempt.
    expect((await bridge.getSnapshot()).connection.since).toBe(offlineSince);

    mews = await startFakeMews({ ...TOKENS, port, rateLimit: 100_000, control: true });
    await waitFor(() => count(lines, /^Connected to Mews again/) === 1, 'back online', 20_000);
    await waitFor(() => count(lines, /^Re-sync with Mews works again/) === 1, 'a good re-sync', 20_000);
    expect(lines.find((l) => l.msg === 'Re-sync with Mews works again')!.times).toBeGreaterThanOrEqual(5);
  });
  it('a failed read of one command ends (logged, with how long it lasted) at the next good re-sync, not at the next event', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const { lines, log } = capture();
    bridge = await createBridge({
      store: new MemoryStore(bridgeConfig(mews, `${dir.path}/read`, [{ id: p.Id, name: 'Desk', driver: 'null' }])),
      log,
      version: 'test',
      tuning: { ...FAST_TUNING, apiMaxAttempts: 1 },
    });
    await waitFor(() => count(lines, /^Connected to Mews$/) === 1, 'connected');
    mews.faults.failNext({ status: 503, path: 'commands/getAllByIds' });
    const id = mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id;
    await waitFor(() => count(lines, /^Could not read a command from Mews/) === 1, 'the failed read');
    await waitFor(() => mews!.store.commands.get(id)!.State === 'Processed', 'printed after a re-sync found it');
    await waitFor(() => count(lines, /^Commands can be read from Mews again/) === 1, 'the end of the read problem');
    const end = lines.find((l) => /^Commands can be read from Mews again/.test(l.msg))!;
    expect(end).toMatchObject({ level: 30, times: 1 });
    expect(end.lastedSeconds as number).toBeLessThan(30);
  });

  it('editing, removing a connected printer and stopping the bridge are not logged as problems', async () => {
    mews = await startMews();
    const sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    try {
      const addr = sim.address as { host: string; port: number };
      const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
      const device = {
        id: p.Id,
        name: 'Desk',
        driver: 'escpos' as const,
        connection: { type: 'tcp' as const, host: addr.host, port: addr.port },
      };
      const { lines, log } = capture();
      bridge = await createBridge({
        store: new MemoryStore(bridgeConfig(mews, `${dir.path}/c`, [device])),
        log,
        version: 'test',
        tuning: FAST_TUNING,
      });
      const health = async () => (await bridge!.getSnapshot()).devices.find((d) => d.id === p.Id)?.health;
      await waitFor(async () => (await health()) === 'online', 'printer online');
      await waitFor(() => count(lines, /^Connected to Mews$/) === 1, 'connected');

      expect(await bridge.saveDevice({ ...device, name: 'Front desk' }, p.Id)).toEqual({ ok: true });
      await waitFor(async () => (await health()) === 'online', 'renamed printer online');
      expect(await bridge.removeDevice(p.Id)).toMatchObject({ ok: true });
      await bridge.stop();
      bridge = undefined;

      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['Device settings changed', 'Device removed']));
      expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
