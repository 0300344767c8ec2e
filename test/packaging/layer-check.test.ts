import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Runs the layer check (the rules `npm run lint:layers` uses) over `dirs`, from `cwd`. */
function cruise(cwd: string, dirs: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, ...dirs, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the layer check (.dependency-cruiser.cjs)', () => {
  it('fails on imports that break a layer rule, naming the rule, and lets allowed ones through', () => {
    const { status, output } = cruise(join(ROOT, 'test/fixtures/layers'), ['src', 'renderer']);
    expect(status).not.toBe(0);
    expect(output).toContain('error layer-transport-types-only: src/transport/bad-config-value.ts → src/config/validate.ts');
    expect(output).toContain('error layer-devices: src/devices/bad-knows-bridge.ts → src/bridge/api.ts');
    expect(output).toContain('error layer-bridge: src/bridge/bad-uses-sim.ts → src/sim/fake-device.ts');
    expect(output).toContain('error sim-only-in-demo: src/bridge/bad-uses-sim.ts → src/sim/fake-device.ts');
    expect(output).toContain('error layer-renderer-types-only: renderer/bad-node-config.ts → src/config/validate.ts');
    expect(output).toContain('error layer-renderer-types-only: renderer/bad-host-locale.ts → src/i18n/host-locale.ts');
    expect(output).toMatch(/6 dependency violations/);
    expect(output).not.toContain('good-');
  });

  it('passes on the product tree', () => {
    const { status, output } = cruise(ROOT, ['src', 'electron', 'renderer']);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});
