import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { licenseProblems, type CycloneDxBom } from '../../build/license-policy.js';
import { tempDir } from '../helpers/core-harness.js';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
  dependencies: Record<string, string>;
};

function run(cmd: string, args: string[], cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A project whose one runtime dependency carries `license`, installed by hand (no registry needed). */
function projectWith(dir: string, license: string): string {
  const p = join(dir, license.replace(/\W+/g, '_'));
  mkdirSync(join(p, 'node_modules', 'some-lib'), { recursive: true });
  writeFileSync(
    join(p, 'package.json'),
    JSON.stringify({ name: 'p', version: '1.0.0', license: 'MIT', dependencies: { 'some-lib': '1.0.0' }, devDependencies: {} }),
  );
  writeFileSync(join(p, 'node_modules', 'some-lib', 'package.json'), JSON.stringify({ name: 'some-lib', version: '1.0.0', license }));
  return p;
}

describe('supply chain', () => {
  const dir = tempDir('bridge-supply-');
  afterAll(() => dir.cleanup());

  it('install scripts run only for packages allowed by name in package.json; none is left unreviewed', () => {
    expect(pkg.allowScripts).toBeDefined();
    for (const key of Object.keys(pkg.allowScripts!)) expect(key, 'name-only entries').toMatch(/^(@[\w.-]+\/)?[\w.-]+$/);
    expect(
      Object.entries(pkg.allowScripts!)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(['@serialport/bindings-cpp']);
    const ls = run('npm', ['install-scripts', 'ls']);
    expect(ls.out).toContain('No packages with unreviewed install scripts.');
    expect(ls.status).toBe(0);
  });

  it('npm run build writes a CycloneDX SBOM of the runtime dependencies, and their licences pass', () => {
    expect(pkg.scripts.build).toMatch(/&& npm run sbom$/);
    const out = join(dir.path, 'sbom.cdx.json');
    const r = run(process.execPath, ['--import', 'tsx', 'build/sbom.ts', '--out', out]);
    expect(r.out).toMatch(/Licences OK: \d+ runtime components/);
    expect(r.status).toBe(0);
    const bom = JSON.parse(readFileSync(out, 'utf8')) as CycloneDxBom & {
      specVersion: string;
      components: { name: string; scope?: string }[];
    };
    expect(bom.bomFormat).toBe('CycloneDX');
    const names = new Set(bom.components.map((c) => c.name));
    for (const dep of Object.keys(pkg.dependencies)) expect(names, `runtime dependency ${dep} in the SBOM`).toContain(dep);
    for (const devOnly of ['vitest', 'electron-builder', 'typescript']) expect(names).not.toContain(devOnly);
  });

  it('fails (exit 1) on a copyleft runtime dependency, naming it; dual licences with a permissive choice pass', () => {
    const gpl = run(process.execPath, [
      '--import',
      'tsx',
      join(ROOT, 'build/sbom.ts'),
      '--dir',
      projectWith(dir.path, 'GPL-3.0-only'),
      '--out',
      join(dir.path, 'gpl.json'),
    ]);
    expect(gpl.status).toBe(1);
    expect(gpl.out).toContain('Licence not allowed for a runtime dependency: some-lib@1.0.0 (GPL-3.0-only) is copyleft');
    for (const [license, ok] of [
      ['LGPL-2.1-or-later', false],
      ['AGPL-3.0-only', false],
      ['MPL-2.0', false],
      ['MIT OR GPL-3.0-only', true],
      ['(MIT AND GPL-3.0-only)', false],
      ['Apache-2.0', true],
      ['SEE LICENSE IN LICENSE.txt', false],
    ] as const)
      expect(
        licenseProblems({ bomFormat: 'CycloneDX', components: [{ name: 'x', version: '1', licenses: [{ expression: license }] }] })
          .length === 0,
        license,
      ).toBe(ok);
    expect(licenseProblems({ bomFormat: 'CycloneDX', components: [{ name: 'x', version: '1' }] })[0]!.reason).toBe('declares no licence');
  });
});
