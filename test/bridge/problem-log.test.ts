import { afterEach, describe, expect, it } from 'vitest';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { ProblemLog } from '../../src/bridge/problem-log.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { EscposDriver, type EscposDevice } from '../../src/devices/escpos/escpos-driver.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { createLogger } from '../../src/util/logger.js';
import { captureLog } from '../helpers/capture-log.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

describe('ProblemLog', () => {
  it('writes a problem once, a summary at most every interval while it lasts, and once when it ends', () => {
    const lines: { level: number; msg: string; times?: number }[] = [];
    const log = createLogger({ destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
    let now = 0;
    const p = new ProblemLog(log, 60_000, () => now);
    for (let i = 0; i < 100; i++) {
      p.failing('resync', 'Re-sync failed', { err: `attempt ${i}` });
      now += 1_000; // 100 failures over 100 s
    }
    p.failing('resync', 'Re-sync failed');
    p.ok('resync', 'Re-sync works again');
    p.ok('resync', 'Re-sync works again'); // nothing open any more: no second line
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'Re-sync failed'],
      [40, 'Re-sync failed (still, 60 more times)'],
      [30, 'Re-sync works again'],
    ]);
    expect(lines.at(-1)!.times).toBe(101);
  });

  it('knows a problem by its key, not its words: another detail or another language is one more occurrence of it', () => {
    const lines: { level: number; msg: string; times?: number; detail?: string; lastedSeconds?: number }[] = [];
    const log = createLogger({ destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
    let now = 0;
    const p = new ProblemLog(log, 60_000, () => now);
    const words = [
      'Device problem on Desk: Not connected: 10.0.0.5:9100 refused the connection',
      'Device problem on Desk: Not connected: 10.0.0.5:9100 did not answer within 5 s',
      'Gerät Desk: Nicht verbunden', // the same problem, worded in another language
      'Device problem on Desk: Not connected: 10.0.0.5:9100 refused the connection',
    ];
    for (const [i, msg] of words.entries()) {
      p.failing('device:desk', msg, { detail: `#${i}` });
      now += 10_000;
    }
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, words[0]]]);
    // The summary, when due, says the latest words and fields.
    now += 60_000;
    p.failing('device:desk', 'Device problem on Desk: Not connected: no route to 10.0.0.5', { detail: '#4' });
    expect(lines.at(-1)).toMatchObject({
      level: 40,
      msg: 'Device problem on Desk: Not connected: no route to 10.0.0.5 (still, 4 more times)',
      detail: '#4',
      times: 5,
    });
    p.ok('device:desk', 'Device Desk is ready again');
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'Device Desk is ready again', times: 5, lastedSeconds: 100 });
    // Over means over: the next report is a new problem, counted from one.
    p.failing('device:desk', 'Device problem on Desk: Paper out');
    p.ok('device:desk', 'Device Desk is ready again');
    expect(lines.slice(-2).map((l) => [l.msg, l.times])).toEqual([
      ['Device problem on Desk: Paper out', undefined],
      ['Device Desk is ready again', 1],
    ]);
    // Two problems (two keys) with the same words are two problems.
    p.failing('device:a', 'Not connected');
    p.failing('device:b', 'Not connected');
    expect(lines.slice(-2).map((l) => l.msg)).toEqual(['Not connected', 'Not connected']);
  });
});

describe('device problems in the log (real core, ESC/POS printer simulator over TCP)', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  let sim: EscposPrinterSim | undefined;
  const dir = tempDir('problem-log-');
  afterEach(async () => {
    await bridge?.stop();
    await sim?.close();
    await mews?.close();
    bridge = mews = sim = undefined;
  });

  it('a printer off at start is one occurrence (not two); paper out turning into cover open is one problem seen twice', async () => {
    mews = await startMews();
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    const { host, port } = sim.address as { host: string; port: number };
    await sim.powerOff();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const { lines, log } = captureLog();
    bridge = await createBridge({
      store: new MemoryStore(
        bridgeConfig(mews, `${dir.path}/p`, [{ id: p.Id, name: 'Desk', driver: 'escpos', connection: { type: 'tcp', host, port } }]),
      ),
      log,
      version: 'test',
      tuning: FAST_TUNING,
      // The real driver, polling and reconnecting quickly (the defaults are 10 s and 1 s doubling).
      driverFactory: (d) =>
        new EscposDriver(d as EscposDevice, 'test', { pollIntervalMs: 100, transport: { initialDelayMs: 50, maxDelayMs: 200 } }),
    });
    const device = async () => (await bridge!.getSnapshot()).devices[0]!;
    const problems = () => lines.filter((l) => l.msg.startsWith('Device problem on Desk'));
    const ends = () => lines.filter((l) => l.msg === 'Device Desk is ready again');
    expect(problems()).toHaveLength(1);
    expect(problems()[0]!.msg).toMatch(/^Device problem on Desk: Not connected: /);

    await sim.powerOn();
    await waitFor(() => ends().length === 1, 'the printer back');
    expect(ends()[0]).toMatchObject({ level: 30, times: 1 }); // was 2: the status read again after start counted twice

    sim.setPaperOut(true);
    await waitFor(async () => (await device()).detail === 'Paper out', 'paper out');
    sim.setPaperOut(false);
    sim.setCoverOpen(true);
    await waitFor(async () => (await device()).detail === 'Cover open', 'cover open');
    sim.setCoverOpen(false);
    await waitFor(() => ends().length === 2, 'the printer ready again');
    expect(problems().map((l) => l.msg)).toEqual([expect.stringMatching(/Not connected/), 'Device problem on Desk: Paper out']);
    expect(ends()[1]).toMatchObject({ times: 2 });
  });
});
