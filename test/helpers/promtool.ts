import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** promtool from PATH, or the one `.ci/setup` extracts into `.tmp/prometheus` (Debian package prometheus). */
export function promtoolPath(): string {
  const local = resolve('.tmp/prometheus/usr/bin/promtool');
  if (existsSync(local)) return local;
  if (spawnSync('promtool', ['--version']).status === 0) return 'promtool';
  throw new Error("promtool is missing: run .ci/setup (it extracts promtool from Debian's prometheus package into .tmp/prometheus)");
}

/** Runs promtool; returns its exit code and output. */
export function promtool(args: string[], opts: { cwd?: string; input?: string } = {}): { status: number | null; output: string } {
  const r = spawnSync(promtoolPath(), args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
