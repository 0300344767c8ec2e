import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newToken } from './token.js';

/** `<dataDir>/dashboard-token`: the dashboard's access key, kept across restarts (mode 600). */
export function dashboardTokenFile(dataDir: string): string {
  return join(dataDir, 'dashboard-token');
}

/** `<dataDir>/dashboard-link.txt`: the whole dashboard link with its key, for people (mode 600). */
export function dashboardLinkFile(dataDir: string): string {
  return join(dataDir, 'dashboard-link.txt');
}

const WELL_FORMED = /^[A-Za-z0-9_-]{32,128}$/;

/** Writes `text` readable by this user only, atomically (never a half-written key). */
export function writePrivate(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  chmodSync(tmp, 0o600); // the mode option is masked by umask on some systems
  renameSync(tmp, path);
}

/**
 * The dashboard token kept in the data folder, so an open tab or a bookmark keeps working after a
 * restart. A new one is made when there is none, when the file is damaged, or when `rotate` asks for
 * it (`--new-dashboard-token`): the old link then stops working.
 */
export function persistentDashboardToken(dataDir: string, rotate = false): string {
  const file = dashboardTokenFile(dataDir);
  if (!rotate) {
    try {
      const kept = readFileSync(file, 'utf8').trim();
      if (WELL_FORMED.test(kept)) {
        chmodSync(file, 0o600);
        return kept;
      }
    } catch {
      /* none yet (or unreadable): make one */
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const token = newToken();
  writePrivate(file, token + '\n');
  return token;
}
