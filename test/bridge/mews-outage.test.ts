import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/config/settings-store.js';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { captureLog, type LogLine as Line } from '../helpers/capture-log.js';
import { bridgeConfig, connectionOf, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * Mews's Connector API answers 503 to everything for a while, its WebSocket stays up (newcomer F11, F12): the
 * connection says degraded with the reason instead of "Connected", and the log says it once when it starts and
 * once when it ends, not once per retry.
 */
const WARN = 40;

describe('Mews API outage while the WebSocket is up', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('mews-outage-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });

  async function start(): Promise<{ lines: Line[]; printerId: string }> {
    mews = await startMews({ noiseEvents: false });
    const printerId = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' }).Id;
    const { lines, log } = captureLog();
    bridge = await createBridge({
      store: new MemoryStore(bridgeConfig(mews, `${dir.path}/${printerId}`, [{ id: printerId, name: 'Desk', driver: 'null' }])),
      log,
      version: 'test',
      tuning: FAST_TUNING,
    });
    await waitFor(async () => (await connectionOf(bridge!)).lastSyncAt, 'first re-sync');
    return { lines, printerId };
  }

  function failedRequests(): number {
    return [...mews!.requests.values()].reduce((a, b) => a + b, 0);
  }

  it.each([
    [503, 'Mews answers 503 — service unavailable; retrying'],
    [502, 'Mews answers 502 — bad gateway; retrying'],
  ])('shows degraded with the reason during %i, online again after, and logs it once each way', async (status, reason) => {
    const { lines, printerId } = await start();
    expect((await connectionOf(bridge!)).status).toBe('online');
    const before = failedRequests();
    const warnsBefore = lines.filter((l) => l.level >= WARN).length;

    mews!.faults.failNext({ status, times: 1_000_000 });
    const cmd = mews!.store.addPrinterCommand(printerId, 'JVBERi0xLjQ=').Id;
    void bridge!.resync('test');
    await waitFor(async () => (await connectionOf(bridge!)).status === 'degraded', 'degraded');
    expect((await connectionOf(bridge!)).reason).toBe(reason);
    // The snapshot is what /api/status answers.
    expect((await bridge!.getSnapshot()).connection).toMatchObject({ status: 'degraded', reason });
    // Let the outage go on: the fetch of the new command and several re-syncs retry many times.
    await waitFor(() => failedRequests() - before >= 20, '20 failed requests');
    expect(mews!.store.commands.get(cmd)!.State).toBe('Pending');

    const outageWarns = lines.filter((l) => l.level >= WARN).slice(warnsBefore);
    expect(outageWarns.filter((l) => l.msg === 'Mews requests fail; retrying')).toHaveLength(1);
    expect(outageWarns.find((l) => l.msg === 'Mews requests fail; retrying')).toMatchObject({ kind: 'server', status, reason });
    // Not one line per retry: a handful of problems, each once (requests, re-sync, read, the connection).
    expect(outageWarns.length).toBeLessThanOrEqual(4);
    expect(lines.some((l) => l.msg === 'Mews request failed; retrying')).toBe(false);

    mews!.faults.clear();
    void bridge!.resync('test'); // rather than wait for the re-sync's backoff (up to 30 s)
    await waitFor(() => mews!.store.commands.get(cmd)!.State === 'Processed', 'command processed after the outage');
    await waitFor(async () => (await connectionOf(bridge!)).status === 'online', 'online again');
    expect((await connectionOf(bridge!)).reason).toBeNull();
    const over = lines.find((l) => l.msg === 'Mews requests work again');
    expect(over).toMatchObject({ level: 30, kind: 'server' });
    expect(over!.times).toBeGreaterThanOrEqual(15);
    expect(lines.some((l) => l.msg === 'Mews API answers again')).toBe(true);
  });

  it('says why while Mews does not answer at all (network), in words without raw codes', async () => {
    const { lines } = await start();
    const url = new URL(mews!.url);
    await mews!.close();
    mews = undefined;
    void bridge!.resync('test');
    // The socket goes offline too here; the reason it shows is the socket's or the read's, never a bare code.
    await waitFor(async () => {
      const v = await connectionOf(bridge!);
      return v.status !== 'online' && v.reason;
    }, 'not online');
    expect((await connectionOf(bridge!)).reason).not.toMatch(/ECONNREFUSED|ECONNRESET/);
    await waitFor(() => lines.some((l) => l.msg === 'Mews requests fail; retrying'), 'request problem logged');
    expect(lines.find((l) => l.msg === 'Mews requests fail; retrying')!.reason).toContain(url.host);
  });
});
