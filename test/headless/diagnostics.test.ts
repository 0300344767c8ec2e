import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { startFakeMews } from '../../src/sim/fake-mews/server.js';
import { runHeadless } from '../../src/headless/run-headless.js';
import { BRIDGE_VERSION } from '../../src/version.js';
import { FAST_TUNING, tempDir } from '../helpers/core-harness.js';
import { spawnHeadless } from '../helpers/headless-process.js';
import { waitFor } from '../helpers/wait-for.js';
import { unzip } from '../helpers/unzip.js';

/**
 * The public Mews demo tokens ("Are you ready to integrate with Mews?", Gross pricing demo
 * enterprise; /work/shared/mews-device-commands.md §1.3). They are published by Mews for everyone,
 * which is exactly why they make a realistic secret for this test: real-looking, case-sensitive.
 */
const DEMO = {
  clientToken: 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D',
  accessToken: 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D',
};

/** Every form in which a token could slip into a file. */
function forbiddenForms(token: string): string[] {
  const forms = new Set<string>();
  for (const t of [token, token.toLowerCase()]) {
    forms.add(t);
    forms.add(encodeURIComponent(t));
    forms.add(Buffer.from(t).toString('base64').replace(/=+$/, ''));
    forms.add(Buffer.from(t).toString('base64url'));
    for (const half of t.split('-')) if (half.length >= 16) forms.add(half);
  }
  // base64 of the token inside a longer text starts at any of three alignments.
  for (const prefix of ['a', 'ab'])
    forms.add(
      Buffer.from(prefix + token)
        .toString('base64')
        .slice(4, -4),
    );
  return [...forms];
}

const EXPECTED_FILES = ['README.txt', 'config.json', 'journal-summary.json', 'log-tail.txt', 'status.json', 'versions.json'];

function assertNoTokens(files: Record<string, string>, extraSecrets: string[] = []): void {
  const forms = [...forbiddenForms(DEMO.clientToken), ...forbiddenForms(DEMO.accessToken), ...extraSecrets];
  for (const [name, content] of Object.entries(files)) {
    for (const f of forms) {
      expect(name.includes(f), `file name ${name} holds a token form`).toBe(false);
      expect(content.includes(f), `${name} holds a token form (${f.slice(0, 8)}…)`).toBe(false);
    }
  }
}

describe('diagnostics bundle', () => {
  const dir = tempDir('bridge-diag-');
  afterAll(() => dir.cleanup());

  it('holds config, log tail, journal summary, status and versions, and neither public demo token in any form', async () => {
    // The fake Mews accepts exactly the demo tokens, so the bridge must really use them to get online.
    const mews = await startFakeMews({ ...DEMO, rateLimit: 100_000, noiseEvents: true, control: true });
    const dataDir = join(dir.path, 'data');
    const file = join(dir.path, 'bridge.json');
    try {
      const desk = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
      const back = mews.store.addDevice({ Name: 'Back office', Type: 'Printer' });
      writeFileSync(
        file,
        JSON.stringify(
          {
            mews: {
              environment: 'custom',
              apiUrl: mews.url,
              webSocketUrl: mews.url.replace('http', 'ws'),
              ...DEMO,
              maxRequestsPer30s: 100_000,
              requestTimeoutMs: 1_500,
            },
            devices: [
              { id: desk.Id, name: 'Desk printer', driver: 'null' },
              // A token pasted into the wrong field still must not reach the bundle.
              { id: back.Id, name: `Back office ${DEMO.accessToken}`, driver: 'null' },
            ],
            dataDir,
            dashboard: { port: 0 },
            log: { level: 'debug' },
          },
          null,
          2,
        ),
      );

      const app = await runHeadless({ store: new FileSettingsStore(file), tuning: FAST_TUNING, tty: false });
      let bundleA: Record<string, string>;
      try {
        await waitFor(async () => (await app.service.getSnapshot()).connection.status === 'online', 'online with the demo tokens');
        // Some trouble worth logging: a dropped WebSocket and a rate-limited update.
        mews.dropSockets();
        mews.faults.failNext({ status: 429, retryAfter: 0, path: 'commands/update' });
        const ok = [0, 1, 2].map(() => mews.store.addPrinterCommand(desk.Id, Buffer.from('%PDF-1.4').toString('base64')).Id);
        ok.push(mews.store.addPrinterCommand(back.Id, Buffer.from('%PDF-1.4').toString('base64')).Id);
        const bad = mews.store.addRawCommand(desk.Id, { CopyCount: 1, FileType: 'application/pdf', FileData: '@@not base64@@' }).Id;
        await waitFor(() => ok.every((id) => mews.store.commands.get(id)!.State === 'Processed'), 'the good commands processed');
        await waitFor(() => mews.store.commands.get(bad)!.State === 'Error', 'the bad command failed');
        await waitFor(
          () => app.service.journalEntries().filter((e) => e.phase === 'final' && e.reported).length === 5,
          'all five reported',
        );

        // 1) The service's own export ("Save diagnostics for support" on the Connection screen).
        const res = await app.service.exportDiagnostics();
        expect(res.ok, res.message).toBe(true);
        const path = /^Diagnostics saved to (.+\.zip)$/.exec(res.message)![1]!;
        expect(path.startsWith(dataDir)).toBe(true);
        bundleA = await unzip(path);
        expect(Object.keys(bundleA).sort()).toEqual(EXPECTED_FILES);
        assertNoTokens(bundleA, [app.dashboard.token]);

        const cfg = JSON.parse(bundleA['config.json']!) as Record<string, any>;
        expect(cfg.mews).toMatchObject({
          environment: 'custom',
          apiUrl: mews.url,
          clientToken: '[set, redacted]',
          accessToken: '[set, redacted]',
        });
        expect(cfg.devices.map((d: { name: string }) => d.name)).toEqual(['Desk printer', 'Back office [redacted]']);
        expect(cfg.dataDir).toBe(dataDir);

        const status = JSON.parse(bundleA['status.json']!) as Record<string, any>;
        expect(status.connection.status).toBe('online');
        expect(status.devices.map((d: { id: string }) => d.id).sort()).toEqual([desk.Id, back.Id].sort());
        expect(status.commands.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([...ok, bad]));

        const journal = JSON.parse(bundleA['journal-summary.json']!) as {
          total: number;
          byOutcome: Record<string, number>;
          unfinished: unknown[];
        };
        expect(journal.total).toBe(5);
        expect(journal.byOutcome).toEqual({ 'final:Processed': 4, 'final:Error': 1 });
        expect(journal.unfinished).toEqual([]);

        const versions = JSON.parse(bundleA['versions.json']!) as Record<string, unknown>;
        expect(versions).toMatchObject({
          bridge: BRIDGE_VERSION,
          node: process.versions.node,
          platform: process.platform,
          arch: process.arch,
        });

        const logLines = bundleA['log-tail.txt']!.trim().split('\n');
        expect(logLines.length, bundleA['log-tail.txt']).toBeGreaterThanOrEqual(5);
        expect(
          logLines.some((l) => (JSON.parse(l) as { level: number }).level >= 40),
          'a warning in the tail',
        ).toBe(true);
        for (const l of logLines) expect(() => JSON.parse(l)).not.toThrow();
        expect(logLines.some((l) => (JSON.parse(l) as { msg: string }).msg === 'Mews Device Bridge started')).toBe(true);
        // The bundle's log tail is the log file's tail, and the log file itself is clean too.
        expect(readFileSync(join(dataDir, 'logs/bridge.log'), 'utf8')).toContain(logLines.at(-1)!);
        assertNoTokens({ 'bridge.log': readFileSync(join(dataDir, 'logs/bridge.log'), 'utf8') });
      } finally {
        await app.stop();
      }

      // 2) The CLI, with the bridge stopped: `--diagnostics OUT.zip`, tokens in the file AND in the environment.
      const out = join(dir.path, 'support', 'bundle.zip');
      const p = spawnHeadless(['--config', file, '--diagnostics', out], {
        MEWS_CLIENT_TOKEN: DEMO.clientToken,
        MEWS_ACCESS_TOKEN: DEMO.accessToken,
      });
      expect(await p.exit).toBe(0);
      expect(p.stdout()).toContain(`Diagnostics written to ${out}`);
      const bundleB = await unzip(out);
      expect(Object.keys(bundleB).sort()).toEqual(EXPECTED_FILES);
      assertNoTokens(bundleB);
      assertNoTokens({ stdout: p.stdout(), stderr: p.stderr() });
      const cfgB = JSON.parse(bundleB['config.json']!) as Record<string, any>;
      expect(cfgB.mews).toMatchObject({ clientToken: '[set, redacted]', accessToken: '[set, redacted]' });
      const journalB = JSON.parse(bundleB['journal-summary.json']!) as { total: number; byOutcome: Record<string, number> };
      expect(journalB).toMatchObject({ total: 5, byOutcome: { 'final:Processed': 4, 'final:Error': 1 } });
      const statusB = JSON.parse(bundleB['status.json']!) as Record<string, any>;
      expect(statusB.commands.length).toBe(5);
      // It read the same log file, now including the clean stop.
      const tailB = bundleB['log-tail.txt']!.trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { msg: string }).msg);
      expect(tailB).toContain('Mews Device Bridge started');
      expect(tailB.at(-1)).toBe('Stopped');
    } finally {
      await mews.close();
    }
  });
});
