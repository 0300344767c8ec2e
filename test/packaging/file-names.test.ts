import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { fileNameMatchesMainExport, kebabCase } from '../../eslint/file-name-matches-main-export.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/names');
const RULE = 'house/file-name-matches-main-export';

/** Runs only the naming rule (syntax only, no type information) over `text` as if it were the file `path`. */
function check(path: string, text: string, allow: Record<string, string> = {}): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
        languageOptions: { parser: tseslint.parser },
        plugins: { house: { rules: { 'file-name-matches-main-export': fileNameMatchesMainExport } } },
        rules: { [RULE]: ['error', { allow }] },
      },
    ],
    { filename: path },
  );
  // Only this rule's findings (and parse failures): the other rules' inline directives are not this test's business.
  return messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message);
}

const fixtures = (dir: 'good' | 'bad') => readdirSync(join(FIXTURES, dir)).map((f) => join(FIXTURES, dir, f));

describe('the file-name rule (eslint/file-name-matches-main-export.js)', () => {
  it('flags each misnamed fixture, naming the export and the file name it wants', () => {
    const found = Object.fromEntries(
      fixtures('bad').map((f) => [f.slice(FIXTURES.length + 1), check(f, readFileSync(f, 'utf8')).join('\n')]),
    );
    expect(found['bad/status.ts']).toContain('one main export, `StatusBoard`: name the file `status-board.ts`');
    expect(found['bad/tray.ts']).toContain('`BridgeTray`: name the file `bridge-tray.ts`');
    expect(found['bad/demo-loader.ts']).toMatch(/`loadDemo`: name the file `load-demo.ts` or `demo-module.ts`/);
    expect(found['bad/index-of.ts']).toContain('`buildIndex`: name the file `build-index.ts` (');
    expect(found['bad/status-header.tsx']).toContain('`StatusHeader`: name the file `StatusHeader.tsx`');
    expect(found['bad/wait.ts']).toContain('`waitFor`: name the file `wait-for.ts`');
    expect(Object.values(found).every((m) => m.length > 0)).toBe(true);
  });

  it('lets through what the rule allows: kebab or component names, factories, contracts, collections, index, benches', () => {
    for (const f of fixtures('good')) expect({ file: f, messages: check(f, readFileSync(f, 'utf8')) }).toEqual({ file: f, messages: [] });
  });

  it('skips a file on the allow-list and test files', () => {
    const text = 'export class StatusBoard {}\n';
    const file = join(ROOT, 'src/x/status.ts');
    expect(check(file, text)).toEqual([expect.stringContaining('name the file `status-board.ts`')]);
    expect(check(file, text, { 'src/x/status.ts': 'a contract' })).toEqual([]);
    expect(check(join(ROOT, 'test/x/status.test.ts'), text)).toEqual([]);
  });

  it('turns names into kebab case the way CONTRIBUTING.md shows', () => {
    expect(kebabCase('CommandIntake')).toBe('command-intake');
    expect(kebabCase('startIppPrinterSim')).toBe('start-ipp-printer-sim');
    expect(kebabCase('MewsAPIClient')).toBe('mews-api-client');
    expect(kebabCase('CSP')).toBe('csp');
  });

  it('is on, as an error, for every folder of the tree in the repo ESLint config', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of [
      'src/bridge/journal.ts',
      'electron/main.ts',
      'renderer/src/App.tsx',
      'bench/report.ts',
      'test/helpers/wait-for.ts',
    ]) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, file))) as { rules: Record<string, unknown[]> };
      expect({ file, severity: config.rules[RULE]?.[0] }).toEqual({ file, severity: 2 });
    }
  });

  it('passes on the product tree, and every allow-list entry still names a file', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const config = (await eslint.calculateConfigForFile(join(ROOT, 'src/version.ts'))) as {
      rules: Record<string, [number, { allow?: Record<string, string> }?]>;
    };
    const allow = config.rules[RULE]?.[1]?.allow ?? {};
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(
        (f) =>
          /^(src|electron|renderer|bench|build|test|eslint)\/.*\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f) && !f.startsWith('test/fixtures/'),
      );
    for (const path of Object.keys(allow)) expect(files).toContain(path);
    const problems = files.flatMap((f) => check(join(ROOT, f), readFileSync(join(ROOT, f), 'utf8'), allow));
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(200);
  });
});
