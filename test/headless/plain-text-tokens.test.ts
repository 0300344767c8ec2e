import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { runHeadless, type HeadlessApp } from '../../src/headless/run-headless.js';
import { plainTextTokenWarning } from '../../src/headless/plain-text-token-warning.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startMews, tempDir, TOKENS } from '../helpers/core-harness.js';

/**
 * "Never store tokens in plain text in the app": a headless bridge whose config file holds Mews tokens warns at
 * start, in the log (and the dashboard's Logs screen, which reads it), and says what to do instead — the
 * environment variables the product reads (docs/security.md, docs/service.md) or the desktop app's encrypted
 * store. The tokens themselves are never in the line.
 */
const WARNING = /^Mews tokens sit in plain text in the config file/;

describe('start warning for Mews tokens in plain text in the config file (headless)', () => {
  let mews: FakeMews | undefined;
  let app: HeadlessApp | undefined;
  const dir = tempDir('plain-tokens-');
  const saved = { client: process.env.MEWS_CLIENT_TOKEN, access: process.env.MEWS_ACCESS_TOKEN };
  afterEach(async () => {
    await app?.stop();
    await mews?.close();
    app = mews = undefined;
    restoreEnv('MEWS_CLIENT_TOKEN', saved.client);
    restoreEnv('MEWS_ACCESS_TOKEN', saved.access);
  });

  /** Starts the headless bridge from a real config file; returns the log lines it wrote (parsed). */
  async function start(name: string, withTokens: boolean, mode = 0o600) {
    mews ??= await startMews();
    const file = join(dir.path, `${name}.json`);
    const cfg = bridgeConfig(mews, join(dir.path, `${name}-data`), []);
    if (!withTokens) {
      delete cfg.mews!.clientToken;
      delete cfg.mews!.accessToken;
    }
    writeFileSync(file, JSON.stringify(cfg, null, 2));
    chmodSync(file, mode);
    app = await runHeadless({ store: new FileSettingsStore(file), tty: false });
    const raw = readFileSync(join(dir.path, `${name}-data`, 'logs', 'bridge.log'), 'utf8');
    return {
      file,
      raw,
      lines: raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    };
  }

  it('warns once at start, names the file and the fields, tells what to do, and never holds a token', async () => {
    const { file, raw, lines } = await start('world-readable', true, 0o644);
    const warnings = lines.filter((l) => WARNING.test(String(l.msg)));
    expect(warnings).toHaveLength(1);
    const w = warnings[0]!;
    expect(w).toMatchObject({ level: 40, configFile: file, tokens: ['clientToken', 'accessToken'], readableByOthers: true });
    expect(w.msg).toContain('environment variables MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN');
    expect(w.msg).toContain('delete clientToken and accessToken from the file');
    expect(w.msg).toContain('desktop app, which stores tokens encrypted');
    expect(w.msg).toContain('chmod 600');
    // Not in the line, not even redacted (nothing token-like was given to the logger).
    expect(JSON.stringify(w)).not.toContain('[redacted]');
    for (const token of Object.values(TOKENS)) expect(raw).not.toContain(token);
    // The Logs screen (getLog) shows it too.
    expect((await app!.service.getLog('plain text')).some((l) => WARNING.test(l.message))).toBe(true);
  });

  it('a file readable by its owner only: the same advice, without the chmod sentence', async () => {
    const { lines } = await start('owner-only', true, 0o600);
    const w = lines.find((l) => WARNING.test(String(l.msg)))!;
    expect(w).toMatchObject({ readableByOthers: false });
    expect(w.msg).not.toContain('chmod');
  });

  it('tokens in the environment and still in the file: the file’s are unused, delete them', async () => {
    process.env.MEWS_CLIENT_TOKEN = 'ENV-CLIENT-TOKEN-0001';
    process.env.MEWS_ACCESS_TOKEN = 'ENV-ACCESS-TOKEN-0001';
    const { lines } = await start('env-and-file', true);
    const w = lines.find((l) => WARNING.test(String(l.msg)))!;
    expect(w.msg).toBe(
      'Mews tokens sit in plain text in the config file, unused: MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN in the environment replace them. Delete clientToken and accessToken from the file.',
    );
    expect((await app!.service.getSettings()).tokenStorage).toEqual({
      kind: 'environment',
      plainTextFile: join(dir.path, 'env-and-file.json'),
    });
  });

  it('no tokens in the file (they come from the environment): no warning', async () => {
    process.env.MEWS_CLIENT_TOKEN = TOKENS.clientToken;
    process.env.MEWS_ACCESS_TOKEN = TOKENS.accessToken;
    const { lines } = await start('env-only', false);
    expect(lines.filter((l) => WARNING.test(String(l.msg)))).toEqual([]);
    expect(lines.some((l) => l.msg === 'Mews Device Bridge started')).toBe(true);
  });
});

describe('FileSettingsStore.plainTextTokens', () => {
  const dir = tempDir('plain-tokens-store-');
  it('names the fields holding a token; unused only when the environment replaces every one of them', () => {
    const file = join(dir.path, 'bridge.json');
    writeFileSync(file, JSON.stringify({ mews: { clientToken: 'C', accessToken: ' ' }, devices: [] }), { mode: 0o600 });
    const store = new FileSettingsStore(file);
    expect(store.plainTextTokens({})).toEqual({ path: file, fields: ['clientToken'], readableByOthers: false, unused: false });
    expect(store.plainTextTokens({ MEWS_ACCESS_TOKEN: 'A' })!.unused).toBe(false); // the file's client token is still used
    expect(store.plainTextTokens({ MEWS_CLIENT_TOKEN: 'C2' })!.unused).toBe(true);
    writeFileSync(file, JSON.stringify({ mews: {}, devices: [] }));
    expect(store.plainTextTokens({})).toBeNull();
    dir.cleanup();
  });

  it('the warning without a known file mode (Windows) says nothing about chmod', () => {
    const w = plainTextTokenWarning({ path: 'C:\\bridge.json', fields: ['accessToken'], readableByOthers: null, unused: false });
    expect(w.fields).toEqual({ configFile: 'C:\\bridge.json', tokens: ['accessToken'], readableByOthers: null });
    expect(w.message).not.toContain('chmod');
  });
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
