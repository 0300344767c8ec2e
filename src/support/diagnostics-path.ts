import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = /^(bridge-)?diagnostics-[\dTZ-]+\.zip$/;

/**
 * Where the next diagnostics bundle goes: `<dataDir>/bridge-diagnostics-2026-11-30T13-58-02Z.zip` (UTC, no
 * colons: Windows forbids them in file names), a name that says what it is and when it was made. Bundles
 * are kept in the data folder for support, the newest `keep - 1` of them (older names `diagnostics-<ms>.zip`
 * count too), so the new one makes `keep`; older ones are removed here.
 */
export function diagnosticsPath(dataDir: string, now: Date = new Date(), keep = 5): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  let existing: string[] = [];
  try {
    existing = readdirSync(dataDir).filter((f) => BUNDLE.test(f));
  } catch {
    // no data folder yet: nothing to prune
  }
  const byAge = existing.map((f) => ({ f, at: madeAt(f) })).sort((a, b) => a.at - b.at);
  for (const { f } of byAge.slice(0, Math.max(0, byAge.length - (keep - 1)))) rmSync(join(dataDir, f), { force: true });
  return join(dataDir, `bridge-diagnostics-${stamp}.zip`);
}

/** Milliseconds since 1970 a bundle's name says it was made at (either naming). */
function madeAt(name: string): number {
  const ms = /^diagnostics-(\d+)\.zip$/.exec(name);
  if (ms) return Number(ms[1]);
  const iso = /^bridge-diagnostics-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.zip$/.exec(name);
  return iso ? Date.parse(`${iso[1]}T${iso[2]}:${iso[3]}:${iso[4]}Z`) : 0;
}
