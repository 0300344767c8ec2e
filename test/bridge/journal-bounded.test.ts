import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/bridge/journal.js';
import { tempDir } from '../helpers/core-harness.js';

/**
 * Found by the soak: live compaction was due when the lines written since the last one exceeded four times
 * the number of entries. Entries grow by one per command, lines by the steps each command writes; with four
 * or fewer lines per command (a command failed at once, a short path) that never happens, so the journal grew
 * in memory and on disk for as long as the bridge ran.
 */
const base = {
  deviceId: 'd1',
  deviceName: 'Desk',
  deviceType: 'Printer',
  createdUtc: '2026-01-01T00:00:00Z',
  creator: null,
  summary: 'Print',
};

describe('journal stays bounded under a long run', () => {
  const dir = tempDir('journal-bounded-');
  afterAll(() => dir.cleanup());

  for (const linesPerCommand of [2, 3, 4, 5]) {
    it(`with ${linesPerCommand} lines per command, memory and file stay near the history limit`, () => {
      const path = `${dir.path}/l${linesPerCommand}`;
      const historyLimit = 100;
      const j = new Journal({ dataDir: path, historyLimit, fsync: false });
      let peak = 0;
      for (let i = 0; i < 6_000; i++) {
        const id = `c${i}`;
        j.create({ id, ...base });
        if (linesPerCommand >= 4) j.update(id, { phase: 'started' });
        if (linesPerCommand >= 5) j.update(id, { phase: 'sent' }, true);
        if (linesPerCommand >= 3) {
          j.update(id, { phase: 'final', outcome: { state: 'Processed', notes: null } }, true);
          j.update(id, { reported: true });
        } else j.update(id, { phase: 'final', outcome: { state: 'Error', notes: 'bad data' }, reported: true });
        peak = Math.max(peak, j.all().length);
      }
      const lines = readFileSync(`${path}/journal.jsonl`, 'utf8').split('\n').filter(Boolean).length;
      j.close();
      // Compaction every few thousand lines at most: a bounded sawtooth, not a ramp.
      expect(peak).toBeLessThan(historyLimit + 2_100);
      expect(lines).toBeLessThan(historyLimit + 4_100);
      const again = new Journal({ dataDir: path, historyLimit, fsync: false });
      expect(again.all().length).toBeLessThanOrEqual(historyLimit);
      again.close();
    });
  }
});
