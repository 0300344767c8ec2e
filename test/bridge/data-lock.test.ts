import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BridgeService } from '../../src/bridge/bridge-service.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { silentLogger } from '../../src/util/logger.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

describe('one bridge per data directory', () => {
  const dir = tempDir('lock-');
  afterAll(() => dir.cleanup());

  it('refuses a second bridge on the same data directory, takes over a stale lock, and lets diagnostics read without writing', async () => {
    const mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const cfg = bridgeConfig(mews, `${dir.path}/data`, [{ id: p.Id, name: 'Desk', driver: 'null' }]);
    // A lock left by a process that no longer exists is taken over.
    mkdirSync(`${dir.path}/data`, { recursive: true });
    writeFileSync(`${dir.path}/data/bridge.lock`, '999999');
    const first = await startBridge(cfg);
    try {
      expect(readFileSync(`${dir.path}/data/bridge.lock`, 'utf8')).toBe(String(process.pid));
      // Same process, so fake another live owner: pid 1 always exists.
      writeFileSync(`${dir.path}/data/bridge.lock`, '1');
      await expect(startBridge(cfg)).rejects.toThrow(
        /Another bridge \(process 1\) is already running with the data folder .*--data-dir .*--port/,
      );
      writeFileSync(`${dir.path}/data/bridge.lock`, String(process.pid));

      const id = mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'processed');
      const before = readFileSync(`${dir.path}/data/journal.jsonl`, 'utf8');
      const reader = new BridgeService({ store: new MemoryStore(cfg), log: silentLogger(), version: 't', readOnly: true });
      reader.open();
      expect(reader.journalEntries().find((e) => e.id === id)?.phase).toBe('final');
      await reader.stop();
      expect(readFileSync(`${dir.path}/data/journal.jsonl`, 'utf8')).toBe(before);
      const next = mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id;
      await waitFor(() => mews.store.commands.get(next)!.State === 'Processed', 'processed after the read');
      await waitFor(() => readFileSync(`${dir.path}/data/journal.jsonl`, 'utf8').includes(next), 'the running bridge still journals');
    } finally {
      await first.stop();
      await mews.close();
    }
  });
});
