import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/renderer-types/uses-node-globals.ts');

/** A program with `tsconfig`'s settings over its own files plus `extra`. */
function program(tsconfig: string, extra: string[] = []): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, tsconfig),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  return ts.createProgram({ rootNames: [...parsed.fileNames, ...extra], options: parsed.options });
}

/** `file:line: message` for each error, with the line 1-based. */
function errors(p: ts.Program): string[] {
  return ts.getPreEmitDiagnostics(p).map((d) => {
    const where = d.file
      ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '(options)';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

const nodeTypes = (p: ts.Program) => p.getSourceFiles().filter((f) => f.fileName.includes('/node_modules/@types/node/'));

// The renderer (renderer/tsconfig.json: DOM, `types: []`) knows the bridge through the API's plain types only.
// Before, `src/bridge/api.ts` → `devices/driver.ts` → util's logger → pino's .d.ts pulled @types/node in, so
// `Buffer` and `process` compiled in UI code that runs in a browser.
describe('Node types do not reach the renderer', () => {
  const withFixture = program('renderer/tsconfig.json', [FIXTURE]);
  const found = errors(withFixture);

  it('the real renderer compiles with its own settings, and no file of @types/node is in its program', () => {
    expect(found.filter((e) => !e.startsWith('test/fixtures/'))).toEqual([]);
    expect(withFixture.getSourceFiles().some((f) => f.fileName.endsWith('src/bridge/api.ts'))).toBe(true);
    expect(nodeTypes(withFixture).map((f) => relative(ROOT, f.fileName))).toEqual([]);
  });

  it('a file next to it that uses Buffer, process, __dirname, NodeJS or node:fs fails, on exactly those lines', () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    const marked = lines.flatMap((l, i) => (l.includes('// node-only') ? [i + 1] : []));
    expect(marked).toHaveLength(6);
    const failing = [...new Set(found.map((e) => Number(/uses-node-globals\.ts:(\d+):/.exec(e)?.[1])))].sort((a, b) => a - b);
    expect(failing).toEqual(marked);
    expect(found.join('\n')).toMatch(/Cannot find name 'Buffer'/);
    expect(found.join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('the same file compiles with Node types (so it fails above for the right reason)', () => {
    const withNode = ts.createProgram({
      rootNames: [FIXTURE],
      options: { ...withFixture.getCompilerOptions(), types: ['node'], lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'] },
    });
    expect(errors(withNode)).toEqual([]);
  });
});

/**
 * Files outside @types/node (and undici-types, which it brings) that bring @types/node into the program of
 * `tsconfig`, read from `tsc --explainFiles` (the compiler's own account of why each file is in).
 */
function whatBringsNodeTypes(tsconfig: string): string[] {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', tsconfig, '--noEmit', '--explainFiles'], { cwd: ROOT, encoding: 'utf8' });
  const from = new Set<string>();
  let inNodeTypes = false;
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith(' ')) inNodeTypes = line.startsWith('node_modules/@types/node/');
    const by = inNodeTypes ? /from file '([^']+)'/.exec(line)?.[1] : undefined;
    if (by && !/^node_modules\/(@types\/node|undici-types)\//.test(by)) from.add(by);
  }
  return [...from].sort();
}

// The sandboxed preload imports 'electron', whose .d.ts references Node's types: Electron really gives a
// sandboxed preload `Buffer`, `process`, `setImmediate` and a `require` limited to a few modules
// (electronjs.org/docs/latest/tutorial/sandbox). What it imports from src/ (the API types) must add nothing more.
describe('Node types reach the preload only through electron', () => {
  it('electron.d.ts is the only thing that brings @types/node into the preload', () => {
    expect(whatBringsNodeTypes('electron/tsconfig.preload.json')).toEqual(['node_modules/electron/electron.d.ts']);
  });
});
