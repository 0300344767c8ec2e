import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GuestDataRetention } from '../../src/bridge/guest-data-retention.js';
import { Journal } from '../../src/bridge/journal.js';
import { diagnosticsPath } from '../../src/support/diagnostics-path.js';
import { createLogger } from '../../src/util/logger.js';
import { tempDir } from '../helpers/core-harness.js';

describe('diagnostics bundles in the data folder', () => {
  const dir = tempDir('diag-path-');
  afterAll(() => dir.cleanup());

  it('names a bundle by what it is and when (UTC, no colons), and keeps only the newest few', () => {
    const at = new Date('2026-11-30T13:58:02.123Z');
    expect(diagnosticsPath(dir.path, at)).toBe(`${dir.path}/bridge-diagnostics-2026-11-30T13-58-02Z.zip`);

    // Six older bundles of both namings, the oldest first, and a file that is not a bundle.
    const old = [
      `diagnostics-${Date.parse('2026-11-01T10:00:00Z')}.zip`,
      'bridge-diagnostics-2026-11-02T10-00-00Z.zip',
      `diagnostics-${Date.parse('2026-11-03T10:00:00Z')}.zip`,
      'bridge-diagnostics-2026-11-04T10-00-00Z.zip',
      'bridge-diagnostics-2026-11-05T10-00-00Z.zip',
      'bridge-diagnostics-2026-11-06T10-00-00Z.zip',
    ];
    for (const f of [...old, 'journal.jsonl']) writeFileSync(`${dir.path}/${f}`, 'x');
    diagnosticsPath(dir.path, at, 5);
    expect(readdirSync(dir.path).sort()).toEqual([...old.slice(2), 'journal.jsonl'].sort());
  });
});

describe('diagnostics bundles and the guest-data retention', () => {
  const dir = tempDir('diag-retention-');
  afterAll(() => dir.cleanup());

  it('a bundle named by diagnosticsPath (and one of the older naming) is deleted once older than the retention', () => {
    const bundle = diagnosticsPath(dir.path, new Date('2026-11-30T13:58:02Z'));
    writeFileSync(bundle, 'zip');
    writeFileSync(`${dir.path}/diagnostics-1796042880537.zip`, 'zip');
    writeFileSync(`${dir.path}/bridge.json`, '{}');
    const retention = new GuestDataRetention({
      journal: new Journal({ dataDir: dir.path }),
      dataDir: dir.path,
      retentionHours: 1,
      log: createLogger({ level: 'silent' }),
    });
    retention.sweep(Date.now() + 2 * 3_600_000);
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(readdirSync(dir.path)).toContain('bridge.json');
  });
});
