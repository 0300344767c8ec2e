import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the stop signals belong to the headless CLI alone', () => {
  it('no module the CLI loads hooks SIGINT, SIGTERM, SIGBREAK or SIGHUP, not even while saving the config file', () => {
    // A library that hooks a stop signal and re-raises it with process.kill(process.pid, signal) is
    // harmless on Linux but terminates the process at once on Windows: Ctrl+C from a service wrapper
    // then killed the bridge mid-job instead of stopping it (conf → atomically → when-exit did).
    const script = `
      const { FileSettingsStore } = await import('./src/config/file-settings-store.ts');
      await import('./src/headless/run-headless.ts');
      await import('./src/headless/demo.ts');
      await import('./src/headless/diagnostics-cli.ts');
      await import('./src/headless/stop-request.ts');
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'signals-')), 'bridge.json');
      writeFileSync(file, '{}');
      const store = new FileSettingsStore(file);
      const { parseConfig } = await import('./src/config/validate.ts');
      const kills = [];
      const kill = process.kill;
      process.kill = (pid, sig) => (kills.push(String(sig)), pid === process.pid ? true : kill(pid, sig));
      const counts = () => Object.fromEntries(['SIGINT', 'SIGTERM', 'SIGBREAK', 'SIGHUP'].map((s) => [s, process.listenerCount(s)]));
      const before = counts();
      store.save(parseConfig(store.load()));
      console.log(JSON.stringify({ before, after: counts(), kills }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      before: Record<string, number>;
      after: Record<string, number>;
      kills: string[];
    };
    const none = { SIGINT: 0, SIGTERM: 0, SIGBREAK: 0, SIGHUP: 0 };
    expect(out.before).toEqual(none);
    expect(out.after).toEqual(none);
    expect(out.kills).toEqual([]);
  });
});
