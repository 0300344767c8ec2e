import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startSaltoSim } from '../../src/sim/salto-sim.js';
import { bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { spawnHeadless } from '../helpers/headless-process.js';
import { waitFor } from '../helpers/wait-for.js';

describe('kill -9 of the bridge between the key request and the lock server answer', () => {
  const dir = tempDir('bridge-keycrash-');
  afterAll(() => dir.cleanup());

  it('never encodes the key a second time after restart and tells staff to check', async () => {
    const mews = await startMews();
    // The lock server takes 2 s to "encode" (a card being presented), so the kill lands mid-request.
    const salto = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port: 0 }, cardDelayMs: 2000 });
    try {
      const cutter = mews.store.addDevice({ Name: 'Encoder', Type: 'KeyCutter', Identifier: '1' });
      const file = `${dir.path}/bridge.json`;
      const cfg = bridgeConfig(mews, `${dir.path}/data`, [{ id: cutter.Id, name: 'Reception encoder', driver: 'keycutter' }]);
      writeFileSync(file, JSON.stringify({ ...cfg, dashboard: { port: 0 } }));
      const apiUrl = `127.0.0.1:${(salto.address as { port: number }).port}`;

      const first = spawnHeadless(['--config', file]);
      await first.url;
      await waitFor(() => mews.socketCount() === 1, 'socket');
      const id = mews.store.addKeyCutterCommand(cutter.Id, 2, { ApiUrl: apiUrl, LockIds: ['206'] }).Id;
      await waitFor(() => salto.frames.length >= 1, 'key request at the lock server');
      first.child.kill('SIGKILL');
      await first.exit;
      expect(mews.store.commands.get(id)!.State).toBe('Processing');

      const second = spawnHeadless(['--config', file]);
      await second.url;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Error', 'reported as Error after restart');
      expect(mews.store.updatesFor(id).at(-1)!.Notes).toMatch(/Interrupted.*Check the device/);
      await new Promise((r) => setTimeout(r, 2500)); // anything resent would reach the lock server by now
      expect(salto.frames).toHaveLength(1);
      expect(salto.audit.length).toBeLessThanOrEqual(1);
      // A later command for the same room still works: nothing is stuck.
      const next = mews.store.addKeyCutterCommand(cutter.Id, 1, { ApiUrl: apiUrl, LockIds: ['207'] }).Id;
      await waitFor(() => mews.store.commands.get(next)!.State === 'Processed', 'next key encoded', 15_000);
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    } finally {
      await salto.close();
      await mews.close();
    }
  });
});
