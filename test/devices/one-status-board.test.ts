import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEVICES = join(ROOT, 'src/devices');
/** The board itself, the drivers' base class (`BoardDriver`: the one `status()`/`onStatus()`) and the plain types. */
const EXEMPT = new Set(['status-board.ts', 'device-status.ts', 'board-driver.ts']);

/**
 * Where a source file keeps a device status of its own instead of using `StatusBoard`
 * (`src/devices/status-board.ts`): its own listener set, its own status value, a driver class that does not extend
 * `BoardDriver` (`src/devices/board-driver.ts`, which keeps the board and answers `status()`/`onStatus()` from it), or
 * its own copy of that forwarding.
 */
function ownStatusKeeping(source: string): string[] {
  const found: string[] = [];
  if (/new Set<\(\s*\w*\s*:\s*DeviceStatus\s*\)\s*=>/.test(source)) found.push('its own set of status listeners');
  if (/:\s*DeviceStatus\s*=\s*\{/.test(source)) found.push('its own status value');
  if (/implements\s+Driver\b/.test(source) && !/extends\s+BoardDriver\b/.test(source))
    found.push('a driver that does not extend BoardDriver');
  const forwards =
    /\bstatus\(\)\s*:\s*DeviceStatus\s*\{\s*return this\.board\.current;/.test(source) ||
    /\bonStatus\([^)]*\)[^{]*\{\s*return this\.board\.subscribe\(/.test(source);
  if (forwards) found.push('its own forwarding of status()/onStatus() to the board');
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
    expect(ownStatusKeeping(own)).toEqual([
      'its own set of status listeners',
      'its own status value',
      'a driver that does not extend BoardDriver',
    ]);
    const forwarding = `export class Z implements Driver {
      private readonly board = new StatusBoard({ health: 'online', detail: null });
      status(): DeviceStatus { return this.board.current; }
    }`;
    expect(ownStatusKeeping(forwarding)).toEqual([
      'a driver that does not extend BoardDriver',
      'its own forwarding of status()/onStatus() to the board',
    ]);
    expect(
      ownStatusKeeping(
        `export class Y extends BoardDriver implements Driver { constructor() { super({ health: 'online', detail: null }); } }`,
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
