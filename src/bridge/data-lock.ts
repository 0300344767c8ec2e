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
        const owner = Number(readFileSafe(this.path));
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
          throw new Error(`Another bridge (process ${owner}) is already using the data directory ${this.dataDir}`, { cause: err });
        rmSync(this.path, { force: true }); // stale
      }
    }
    throw new Error(`Could not lock ${this.path}`);
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
