import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticsPath } from '../../src/support/diagnostics-path.js';
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
