import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One bridge per data directory: two processes appending to one journal would each lose the other's
 * records. The lock file holds the owner's pid; a lock left by a process that no longer runs (a crash,
 * `kill -9`) is taken over.
 */
export class DataDirLock {
  private readonly path: string;
  private held = false;

  constructor(private readonly dataDir: string) {
    this.path = join(dataDir, 'bridge.lock');
  }

  acquire(): void {
    mkdirSync(this.dataDir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.held = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const owner = DataDirLock.owner(this.dataDir);
        if (owner !== null && owner !== process.pid)
          throw new Error(
            `Another bridge (process ${owner}) is already running with the data folder ${this.dataDir}. ` +
              'Open its dashboard instead, or stop it first. To run a second bridge on this PC, give it its own ' +
              'data folder and dashboard port: --data-dir <another folder> --port <another port> (or 0 for any free port).',
            { cause: err },
          );
        rmSync(this.path, { force: true }); // stale
      }
    }
    throw new Error(`Could not lock ${this.path}`);
  }

  /** The pid of the process that holds the lock of `dataDir` and still runs, or null. */
  static owner(dataDir: string): number | null {
    const pid = Number(readFileSafe(join(dataDir, 'bridge.lock')));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    rmSync(this.path, { force: true });
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
