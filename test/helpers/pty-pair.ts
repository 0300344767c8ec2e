import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Two linked pseudo-terminals made by socat: bytes written to `a` come out of `b` and back. */
export interface PtyPair {
  readonly a: string;
  readonly b: string;
  /** Kills socat (both ends disappear, like unplugging a USB adapter). */
  kill(): Promise<void>;
  /** Starts socat again on the same link paths (plugging the device back in). */
  restart(): Promise<void>;
  /** Kills socat and removes the temp directory. */
  dispose(): Promise<void>;
}

export async function createPtyPair(timeoutMs = 5000): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'pty-'));
  const a = join(dir, 'A');
  const b = join(dir, 'B');
  let proc: ChildProcess | null = null;

  const start = async () => {
    const child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    proc = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + timeoutMs;
    while (!(existsSync(a) && existsSync(b) && stderr.includes('starting data transfer loop'))) {
      if (child.exitCode !== null) throw new Error(`socat exited early: ${stderr}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`socat did not create ${a} and ${b} within ${timeoutMs} ms: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const kill = async () => {
    const child = proc;
    proc = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
    // socat removes its links on a clean exit only; after SIGKILL they dangle.
    rmSync(a, { force: true });
    rmSync(b, { force: true });
  };

  await start();
  return {
    a,
    b,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    dispose: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
