import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface HeadlessProcess {
  child: ChildProcess;
  /** Dashboard base URL, once started. */
  url: Promise<string>;
  stderr: () => string;
  stdout: () => string;
  exit: Promise<number | null>;
}

/**
 * Runs `src/headless/cli.ts` as a real child process, as `npm run headless` does. `preload`: more modules for
 * `--import` (e.g. `test/helpers/loaded-modules.ts`); with any, the child also gets an IPC channel to ask them.
 */
export function spawnHeadless(args: string[], env: NodeJS.ProcessEnv = {}, preload: string[] = []): HeadlessProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'src/headless/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: preload.length > 0 ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /Status:\s+(http:\/\/\S+)\/api\/status/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`headless exited (${code}) before starting:\n${err}`)));
  });
  url.catch(() => undefined);
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, url, stderr: () => err, stdout: () => out, exit };
}
