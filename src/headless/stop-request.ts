import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirLock } from '../bridge/data-dir-lock.js';

/**
 * A graceful stop for service wrappers that cannot send Ctrl+C or a signal (Windows has no SIGTERM:
 * WinSW's `<stopexecutable>`, Task Scheduler, scripts): `cli.js --config FILE --stop` writes
 * `<dataDir>/stop-request`; the running bridge sees it within `POLL_MS` and stops as on Ctrl+C.
 */
export const STOP_REQUEST_FILE = 'stop-request';
const POLL_MS = 500;

/**
 * Calls `onStop` once when `<dataDir>/stop-request` appears (the file is removed first). A request left
 * over from before this start is discarded, so it cannot stop a fresh start. Returns the unwatch function.
 */
export function watchStopRequest(dataDir: string, onStop: () => void): () => void {
  const file = join(dataDir, STOP_REQUEST_FILE);
  rmSync(file, { force: true });
  const timer = setInterval(() => {
    if (!existsSync(file)) return;
    clearInterval(timer);
    rmSync(file, { force: true });
    onStop();
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Asks the bridge running on `dataDir` to stop and waits up to `timeoutMs` until it has released the
 * data directory (its journal is flushed then). `not-running`: no live bridge holds the directory.
 */
export async function requestStop(dataDir: string, timeoutMs: number): Promise<'stopped' | 'not-running' | 'timeout'> {
  if (DataDirLock.owner(dataDir) === null) return 'not-running';
  const file = join(dataDir, STOP_REQUEST_FILE);
  writeFileSync(file, `${process.pid}\n`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    if (DataDirLock.owner(dataDir) === null) return 'stopped';
  }
  return 'timeout';
}
