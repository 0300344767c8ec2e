import { statSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/config/settings-store.js';
import { runHeadless, type HeadlessApp } from '../../src/headless/run-headless.js';
import { dashboardTokenFile } from '../../src/headless/dashboard/token-file.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';

/** The dashboard link keeps working across restarts; it changes only when asked. */
describe('dashboard token', () => {
  let mews: FakeMews | undefined;
  let app: HeadlessApp | undefined;
  const dir = tempDir('dash-token-');
  afterEach(async () => {
    await app?.stop();
    await mews?.close();
    app = mews = undefined;
  });

  const start = (dataDir: string, newDashboardToken = false, port = 0) =>
    runHeadless({ store: new MemoryStore({ ...bridgeConfig(mews!, dataDir, []), dashboard: { port } }), newDashboardToken, tty: false });
  const wsStatus = async (a: HeadlessApp, token: string) =>
    (await fetch(`${a.dashboard.url}/api/diagnostics`, { headers: { authorization: `Bearer ${token}` } })).status;

  it('is kept in the data folder (mode 600) across restarts and replaced only on request', async () => {
    mews = await startMews();
    const data = `${dir.path}/a`;
    app = await start(data);
    const first = app.dashboard.token;
    expect(statSync(dashboardTokenFile(data)).mode & 0o777).toBe(0o600);
    expect(readFileSync(dashboardTokenFile(data), 'utf8').trim()).toBe(first);
    await app.stop();

    app = await start(data);
    expect(app.dashboard.token).toBe(first);
    expect(await wsStatus(app, first)).toBe(200);
    await app.stop();

    app = await start(data, true);
    expect(app.dashboard.token).not.toBe(first);
    expect(await wsStatus(app, first)).toBe(401);
    expect(statSync(dashboardTokenFile(data)).mode & 0o777).toBe(0o600);
  });

  it('tells a page without the token where the link is kept, and serves diagnostics as a download with the token only', async () => {
    mews = await startMews();
    const data = `${dir.path}/b`;
    app = await start(data);
    await expect((await fetch(`${app.dashboard.url}/api/link-help`)).json()).resolves.toEqual({ linkFile: `${data}/dashboard-link.txt` });
    expect((await fetch(`${app.dashboard.url}/api/diagnostics`)).status).toBe(401);
    const res = await fetch(`${app.dashboard.url}/api/diagnostics`, { headers: { authorization: `Bearer ${app.dashboard.token}` } });
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bridge-diagnostics-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.zip"$/,
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('tells a second bridge on the same port to use --port and --data-dir', async () => {
    mews = await startMews();
    app = await start(`${dir.path}/c`);
    const port = Number(new URL(app.dashboard.url).port);
    await expect(start(`${dir.path}/d`, false, port)).rejects.toThrow(/--port .*--data-dir/);
  });
});
