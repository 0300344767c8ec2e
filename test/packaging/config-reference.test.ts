import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema, deviceSchema } from '../../src/config/schema.js';
import { configReferenceMarkdown, REFERENCE_END, REFERENCE_START, withConfigReference } from '../../src/config/reference.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Table rows by path (a path may have several rows, one per driver / connection type). */
function rows(md: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const line of md.split('\n')) {
    const m = /^\| `([^`]+)`/.exec(line);
    if (!m) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), cells]);
  }
  return out;
}

/** Every leaf path of a parsed value ("a.b.c"), arrays as "[]". */
function leafPaths(v: unknown, prefix: string): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [prefix];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leafPaths(x, prefix ? `${prefix}.${k}` : k));
}

describe('README configuration reference', () => {
  it('is up to date with src/config/schema.ts (run `npm run docs:config` after changing the schema)', () => {
    expect(README.indexOf(REFERENCE_START)).toBeGreaterThan(0);
    expect(README.indexOf(REFERENCE_END)).toBeGreaterThan(README.indexOf(REFERENCE_START));
    expect(withConfigReference(README)).toBe(README);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['docs:config']).toBe('tsx build/generate-config-reference.ts');
  });

  it("the generator script's --check passes, and a stale section is replaced", () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'build/generate-config-reference.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // A stale section is detected (and replaced) by the same function the script uses.
    const stale = README.replace('| `dashboard.port` |', '| `dashboard.portX` |');
    expect(stale).not.toBe(README);
    expect(withConfigReference(stale)).toBe(README);
  });

  it('lists every field with the default the schema really applies', () => {
    const table = rows(configReferenceMarkdown());
    const defaults = configSchema.parse({});
    for (const path of leafPaths(defaults, '').filter((p) => p !== 'devices')) {
      expect(table.has(path), path).toBe(true);
      const value = path.split('.').reduce<any>((o, k) => o[k], defaults);
      expect(table.get(path)![0]![2], path).toBe(value === '' ? '`""`' : '`' + String(value) + '`');
    }
    // Each driver's options, with that driver's defaults.
    const devices = {
      escpos: deviceSchema.parse({
        id: '20000000-0000-4000-8000-000000000040',
        name: 'A',
        driver: 'escpos',
        connection: { type: 'tcp', host: 'h', port: 9100 },
      }),
      salto: deviceSchema.parse({ id: '20000000-0000-4000-8000-000000000040', name: 'A', driver: 'salto' }),
      null: deviceSchema.parse({ id: '20000000-0000-4000-8000-000000000040', name: 'A', driver: 'null' }),
    };
    for (const [driver, d] of Object.entries(devices)) {
      for (const [k, v] of Object.entries(d.options)) {
        const candidates = table.get(`devices[].options.${k}`) ?? [];
        const row = candidates.find((r) => r[0]!.includes(`\`${driver}\``));
        expect(row, `devices[].options.${k} for ${driver}`).toBeDefined();
        expect(row![2]).toBe('`' + String(v) + '`');
      }
    }
    for (const f of [
      'id',
      'name',
      'enabled',
      'driver',
      'connection.type',
      'connection.path',
      'connection.baudRate',
      'connection.host',
      'connection.port',
    ])
      expect(table.has(`devices[].${f}`), f).toBe(true);
  });

  it('shows allowed values, required fields and descriptions', () => {
    const table = rows(configReferenceMarkdown());
    expect(table.get('devices[].driver')![0]!.slice(2, 4)).toEqual([
      'required',
      '`escpos`, `salto`, `fias`, `keycutter`, `system`, `null`',
    ]);
    expect(table.get('devices[].connection.baudRate')![0]![3]).toBe(
      '`1200`, `2400`, `4800`, `9600`, `19200`, `38400`, `57600`, `115200`, `230400`',
    );
    expect(table.get('devices[].connection.port')!.map((r) => r[3])).toEqual(['1 – 65535', '1 – 65535']);
    expect(table.get('devices[].options.paperWidthDots')![0]![3]).toBe('64 – 2048, multiple of 8');
    expect(table.get('mews.environment')![0]![3]).toBe('`demo`, `production`, `custom`');
    expect(table.get('devices[].id')![0]![2]).toBe('required');
    // Only per-driver fields carry a driver note; common ones do not.
    expect(table.get('devices[].name')![0]![0]).toBe('`devices[].name`');
    expect(table.get('devices[].options.cardWaitSeconds')![0]![0]).toContain('*(driver `salto` / `fias` / `keycutter`)*');
    for (const [path, list] of table) for (const r of list) expect(r[4], `${path} has a description`).not.toBe('');
  });

  it('the added descriptions leave validation unchanged', () => {
    expect(() =>
      deviceSchema.parse({
        id: '20000000-0000-4000-8000-000000000040',
        name: 'A',
        driver: 'escpos',
        connection: { type: 'serial', path: '/dev/ttyS0', baudRate: 1234 },
      }),
    ).toThrow(/must be one of/);
    expect(() =>
      deviceSchema.parse({
        id: '20000000-0000-4000-8000-000000000040',
        name: 'A',
        driver: 'escpos',
        connection: { type: 'tcp-listen', port: 1 },
      }),
    ).toThrow();
    expect(configSchema.safeParse({ mews: { environment: 'custom' } }).success).toBe(false);
    expect(
      configSchema.safeParse({
        devices: [
          { id: '20000000-0000-4000-8000-000000000041', name: 'X', driver: 'fias', connection: { type: 'tcp-listen', port: 8265 } },
        ],
      }).success,
    ).toBe(true);
  });

  it('refuses to write into a README without the markers', () => {
    expect(() => withConfigReference('# no markers\n')).toThrow(/config-reference:start/);
  });
});
