import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { spawnHeadless } from '../helpers/headless-process.js';
import { waitFor } from '../helpers/wait-for.js';

describe('npm run headless', () => {
  const dir = tempDir('bridge-cli-');
  afterAll(() => dir.cleanup());

  it('refuses an invalid config with exit code 2 and a message naming the field', async () => {
    const file = `${dir.path}/bad.json`;
    writeFileSync(
      file,
      JSON.stringify({
        devices: [
          {
            id: '20000000-0000-4000-8000-000000000005',
            name: 'P',
            driver: 'escpos',
            connection: { type: 'serial', path: '/dev/ttyS0', baudRate: 1234 },
          },
        ],
      }),
    );
    const p = spawnHeadless(['--config', file]);
    expect(await p.exit).toBe(2);
    expect(p.stderr()).toMatch(/device "P": connection\.baudRate: must be one of/);
    expect(p.stderr()).toMatch(/Nothing was started/);
  });

  it('refuses a file that is not JSON, and a missing file, with exit code 2', async () => {
    const file = `${dir.path}/broken.json`;
    writeFileSync(file, '{ "mews": ');
    const a = spawnHeadless(['--config', file]);
    expect(await a.exit).toBe(2);
    expect(a.stderr()).toMatch(/not valid JSON/);
    const b = spawnHeadless(['--config', `${dir.path}/missing.json`]);
    expect(await b.exit).toBe(2);
    expect(b.stderr()).toMatch(/does not exist/);
  });

  it('answers /api/status, takes tokens from the environment without writing them, logs JSON, and stops cleanly on SIGTERM', async () => {
    const mews = await startMews();
    try {
      const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
      const cfg = bridgeConfig(mews, `${dir.path}/data`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }]);
      const { clientToken, accessToken, ...mewsNoTokens } = cfg.mews!;
      const file = `${dir.path}/ok.json`;
      writeFileSync(file, JSON.stringify({ ...cfg, mews: mewsNoTokens, dashboard: { port: 0 } }));
      const p = spawnHeadless(['--config', file], { MEWS_CLIENT_TOKEN: clientToken, MEWS_ACCESS_TOKEN: accessToken });
      const url = await p.url;
      const id = mews.store.addPrinterCommand(printer.Id, Buffer.from('%PDF-1.4').toString('base64')).Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'processed');
      const status = (await (await fetch(`${url}/api/status`)).json()) as Record<string, any>;
      expect(status.connection.status).toBe('online');
      expect(status.devices).toEqual([expect.objectContaining({ id: printer.Id, name: 'Desk printer', queueLength: 0 })]);
      await waitFor(async () => {
        const s = (await (await fetch(`${url}/api/status`)).json()) as Record<string, any>;
        return s.commands.some((c: any) => c.id === id && c.phase === 'done' && c.mewsState === 'Processed');
      }, 'status shows the command done');
      // Not a terminal: the dashboard token stays out of stderr (the system journal) and sits in a private file.
      const link = readFileSync(`${dir.path}/data/dashboard-link.txt`, 'utf8').trim();
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=.{16,}$/);
      expect(statSync(`${dir.path}/data/dashboard-link.txt`).mode & 0o777).toBe(0o600);
      expect(p.stderr()).not.toContain(link.split('#token=')[1]!);
      expect(p.stderr()).toContain('dashboard-link.txt');
      p.child.kill('SIGTERM');
      expect(await p.exit).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toContain(accessToken!);
      const stdoutLines = p.stdout().trim().split('\n');
      expect(stdoutLines.length).toBeGreaterThan(1);
      for (const line of stdoutLines) expect(() => JSON.parse(line)).not.toThrow();
      const everything = p.stdout() + p.stderr() + readFileSync(`${dir.path}/data/logs/bridge.log`, 'utf8');
      expect(everything).not.toContain(accessToken!);
      expect(everything).not.toContain(clientToken!);
    } finally {
      await mews.close();
    }
  });

  it('--stop stops the bridge running with the same config gracefully (Windows has no SIGTERM), and says when none runs', async () => {
    const mews = await startMews();
    try {
      const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
      const file = `${dir.path}/stop.json`;
      writeFileSync(
        file,
        JSON.stringify({
          ...bridgeConfig(mews, `${dir.path}/stop-data`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }]),
          dashboard: { port: 0 },
        }),
      );
      // A request left over from an earlier run does not stop a fresh start.
      mkdirSync(`${dir.path}/stop-data`, { recursive: true });
      writeFileSync(`${dir.path}/stop-data/stop-request`, 'stale\n');
      const p = spawnHeadless(['--config', file]);
      await p.url;
      const id = mews.store.addPrinterCommand(printer.Id, Buffer.from('%PDF-1.4').toString('base64')).Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'processed');
      expect(p.child.exitCode).toBeNull();

      const stopper = spawnHeadless(['--config', file, '--stop']);
      expect(await stopper.exit).toBe(0);
      expect(stopper.stderr()).toMatch(/has stopped/);
      // By the time --stop returns, the bridge has exited cleanly and released the data directory.
      expect(await p.exit).toBe(0);
      expect(p.stderr()).toMatch(/Stop request \(--stop\) received/);
      expect(p.stdout()).toMatch(/"msg":"Stopped"/);
      expect(existsSync(`${dir.path}/stop-data/bridge.lock`)).toBe(false);

      const again = spawnHeadless(['--config', file, '--stop']);
      expect(await again.exit).toBe(0);
      expect(again.stderr()).toMatch(/No bridge is running/);
    } finally {
      await mews.close();
    }
  });
});
