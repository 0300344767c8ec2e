import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as demo from '../../src/headless/demo.js';
import { loadDemo, type DemoModule } from '../../src/headless/demo-loader.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the production headless build', () => {
  it('leaves the simulators out: tsc compiles no src/sim file and not the demo', () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'build/tsconfig.headless.json', '--listFilesOnly'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const ours = out
      .split('\n')
      .filter((f) => f.startsWith(ROOT) && !f.includes('node_modules'))
      .map((f) => relative(ROOT, f));
    expect(ours).toContain('src/headless/cli.ts');
    expect(ours).toContain('src/bridge/bridge-core.ts');
    expect(
      ours.filter((f) => f.startsWith('src/sim/') || f.startsWith('src/headless/demo.') || f.startsWith('src/headless/demo-traffic')),
    ).toEqual([]);
  });

  it('loads the demo on demand from the source tree, with the shape the CLI expects', async () => {
    const typed: DemoModule = demo; // compile-time: demo.ts still fits what the loader promises
    const loaded = await loadDemo();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared, never called
    expect(loaded.startDemo).toBe(typed.startDemo);
  });
});
