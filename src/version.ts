import { readFileSync } from 'node:fs';

/** package.json sits one level up in the sources and three levels up in compiled builds (dist-electron/src/). */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mews-device-bridge' && pkg.version) return pkg.version;
    } catch {
      /* not here */
    }
  }
  return '0.0.0';
}

export const BRIDGE_VERSION = readVersion();
