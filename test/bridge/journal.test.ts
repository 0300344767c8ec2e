import { appendFileSync, chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/bridge/journal.js';
import { tempDir } from '../helpers/core-harness.js';

const base = {
  deviceId: 'd1',
  deviceName: 'Desk',
  deviceType: 'Printer',
  createdUtc: '2026-01-01T00:00:00Z',
  creator: null,
  summary: 'Print',
};

describe('journal', () => {
  const dir = tempDir('journal-');
  afterAll(() => dir.cleanup());

  it('folds patches on reload and ignores a torn last line', () => {
    const path = `${dir.path}/a`;
    const j = new Journal({ dataDir: path });
    j.create({ id: 'c1', ...base });
    j.update('c1', { phase: 'sent' }, true);
    j.create({ id: 'c2', ...base });
    j.close();
    appendFileSync(`${path}/journal.jsonl`, '{"id":"c2","phase":"fin'); // crash mid-write
    const again = new Journal({ dataDir: path });
    expect(again.get('c1')!.phase).toBe('sent');
    expect(again.get('c2')!.phase).toBe('queued');
    expect(
      again
        .unfinished()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['c1', 'c2']);
    again.close();
  });

  it('keeps every unfinished entry and only the newest finished ones', () => {
    const path = `${dir.path}/b`;
    const j = new Journal({ dataDir: path, historyLimit: 5 });
    for (let i = 0; i < 20; i++) {
      j.create({ id: `f${i}`, ...base });
      j.update(`f${i}`, { phase: 'final', outcome: { state: 'Processed', notes: null }, reported: true });
    }
    j.create({ id: 'open', ...base });
    j.close();
    const again = new Journal({ dataDir: path, historyLimit: 5 });
    expect(
      again
        .all()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['f15', 'f16', 'f17', 'f18', 'f19', 'open']);
    expect(readFileSync(`${path}/journal.jsonl`, 'utf8').trim().split('\n')).toHaveLength(6);
    again.close();
  });
});

describe('journal file permissions', () => {
  const dir = tempDir('journal-mode-');
  afterAll(() => dir.cleanup());

  // The journal holds guest names (key summaries) until retention removes them: other users of the PC must not read it.
  it('is readable by the bridge user only, also when an older journal was world-readable and after compaction', () => {
    const path = `${dir.path}/m`;
    mkdirSync(path, { recursive: true });
    writeFileSync(`${path}/journal.jsonl`, '', { mode: 0o644 });
    chmodSync(`${path}/journal.jsonl`, 0o644);
    const j = new Journal({ dataDir: path });
    j.create({ id: 'k1', ...base, deviceType: 'KeyCutter', summary: '1 key · room 206 · Novakova' });
    expect(statSync(`${path}/journal.jsonl`).mode & 0o777).toBe(0o600);
    j.update('k1', { phase: 'final', outcome: { state: 'Processed', notes: null }, reported: true });
    expect(j.forgetGuestData(new Date(Date.now() + 60_000).toISOString(), (_id, n) => n)).toEqual(['k1']); // rewrites the file
    expect(statSync(`${path}/journal.jsonl`).mode & 0o777).toBe(0o600);
    j.close();
  });
});
