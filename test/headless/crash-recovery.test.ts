import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { spawnHeadless } from '../helpers/headless-process.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('kill -9 of the headless bridge in the middle of a burst', () => {
  const dir = tempDir('bridge-crash-');
  afterAll(() => dir.cleanup());

  it('ends every command final after restart and runs none twice', async () => {
    const mews = await startMews();
    try {
      const printers = [0, 1, 2, 3].map((i) => mews.store.addDevice({ Name: `P${i}`, Type: 'Printer' }));
      const execLog = `${dir.path}/executions.log`;
      const config = bridgeConfig(
        mews,
        `${dir.path}/data`,
        printers.map((p) => ({ id: p.Id, name: p.Name, driver: 'null' as const, options: { delayMs: 15 } })),
      );
      const file = `${dir.path}/bridge.json`;
      writeFileSync(file, JSON.stringify({ ...config, dashboard: { port: 0 } }));
      const env = { BRIDGE_NULL_EXECUTION_LOG: execLog };

      const first = spawnHeadless(['--config', file], env);
      await first.url;
      await waitFor(() => mews.socketCount() === 1, 'socket of the first process');
      const ids = Array.from({ length: 200 }, (_, i) => mews.store.addPrinterCommand(printers[i % 4]!.Id, PDF).Id);
      const executions = () => (existsSync(execLog) ? readFileSync(execLog, 'utf8').trim().split('\n').filter(Boolean) : []);
      await waitFor(() => executions().length >= 40, 'some executions before the crash');
      first.child.kill('SIGKILL');
      await first.exit;
      const processedAtKill = ids.filter((id) => mews.store.commands.get(id)!.State === 'Processed').length;
      expect(processedAtKill).toBeLessThan(200);

      const second = spawnHeadless(['--config', file], env);
      await second.url;
      const FINAL = ['Processed', 'Error', 'Cancelled'];
      await waitFor(() => ids.every((id) => FINAL.includes(mews.store.commands.get(id)!.State)), 'every command final', 40_000);
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);

      const counts = new Map<string, number>();
      for (const line of executions()) {
        const id = line.split(' ')[1]!;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const id of ids) {
        const n = counts.get(id) ?? 0;
        expect(n, `executions of ${id}`).toBeLessThanOrEqual(1);
        const state = mews.store.commands.get(id)!.State;
        if (state === 'Processed') expect(n, `processed ${id} ran once`).toBe(1);
        else expect(mews.store.updatesFor(id).at(-1)!.Notes).toMatch(/Interrupted/);
      }
      // At most one command per device can have been between "sent" and done at the kill.
      expect(ids.filter((id) => mews.store.commands.get(id)!.State === 'Error').length).toBeLessThanOrEqual(4);
      for (const id of ids) expect(mews.store.updatesFor(id).filter((u) => ['Processed', 'Error'].includes(u.State))).toHaveLength(1);
    } finally {
      await mews.close();
    }
  });
});
