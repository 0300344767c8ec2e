import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEVICES = join(ROOT, 'src/devices');
/** The board itself and the plain types may name what drivers must not keep. */
const EXEMPT = new Set(['status-board.ts', 'device-status.ts']);

/**
 * Where a source file keeps a device status of its own instead of using `StatusBoard`
 * (`src/devices/status-board.ts`): its own listener set, its own status value, or a driver class without a board.
 */
function ownStatusKeeping(source: string): string[] {
  const found: string[] = [];
  if (/new Set<\(\s*\w*\s*:\s*DeviceStatus\s*\)\s*=>/.test(source)) found.push('its own set of status listeners');
  if (/:\s*DeviceStatus\s*=\s*\{/.test(source)) found.push('its own status value');
  if (/implements\s+Driver\b/.test(source) && !/new StatusBoard\(/.test(source)) found.push('a driver without a StatusBoard');
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !EXEMPT.has(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('one status board for every driver (rule in CONTRIBUTING.md)', () => {
  it('finds a driver that keeps its own status', () => {
    const own = `export class X implements Driver {
      private current: DeviceStatus = { health: 'unknown', detail: null, flags: {}, updatedAt: '' };
      private readonly listeners = new Set<(s: DeviceStatus) => void>();
    }`;
    expect(ownStatusKeeping(own)).toEqual(['its own set of status listeners', 'its own status value', 'a driver without a StatusBoard']);
    expect(
      ownStatusKeeping(
        `export class Y implements Driver { private readonly board = new StatusBoard({ health: 'online', detail: null }); }`,
      ),
    ).toEqual([]);
  });

  it('holds for every file under src/devices', () => {
    const files = sources(DEVICES);
    const drivers = files.filter((f) => /implements\s+Driver\b/.test(readFileSync(f, 'utf8')));
    expect(drivers.length).toBeGreaterThanOrEqual(6); // escpos, system, salto, fias, keycutter, null
    const breaking = files.flatMap((f) => ownStatusKeeping(readFileSync(f, 'utf8')).map((what) => `${relative(ROOT, f)}: ${what}`));
    expect(breaking).toEqual([]);
  });
});
