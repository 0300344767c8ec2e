import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { MewsApiClient } from '../../src/mews/mews-api-client.js';
import { BodyTooLargeError, OVERSIZED_MARK, oversizedLength, readBoundedJson } from '../../src/mews/bounded-body.js';
import { MewsApiError } from '../../src/mews/errors.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { createLogger } from '../../src/util/logger.js';
import { FAST_TUNING, TOKENS, bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
const MiB = 1024 * 1024;

/** A stream of `text`'s UTF-8 bytes cut at the given offsets (as a response body arrives: chunk by chunk). */
async function* streamOf(text: string, cuts: number[] = []): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    await Promise.resolve();
    yield new Uint8Array(bytes.subarray(points[i], points[i + 1]));
  }
}

function capture() {
  const lines: string[] = [];
  const log = createLogger({ level: 'debug', destination: { write: (l: string) => void lines.push(l) } });
  return { log, lines, text: () => lines.join('') };
}

describe('bounded reading of a JSON body', () => {
  it('keeps any JSON with short strings exactly, however the bytes are cut (fuzz)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.nat(), { maxLength: 8 }), async (value, cuts) => {
        const text = JSON.stringify(value);
        const out = await readBoundedJson(streamOf(text, cuts), { maxBytes: 10 * MiB, maxStringBytes: 10 * MiB });
        expect(out).toBe(text);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('skips a long string (escapes and multi-byte characters included) and keeps the rest readable', async () => {
    const long = 'x\\"€'.repeat(5000) + 'end';
    const text = JSON.stringify({ Commands: [{ Id: 'a', Data: { FileData: long, Note: 'a "quoted" €' } }, { Id: 'b' }] });
    const out = JSON.parse(await readBoundedJson(streamOf(text, [7, 100, 101, 5003, 9000]), { maxBytes: MiB, maxStringBytes: 1000 }));
    expect(out.Commands[1].Id).toBe('b');
    expect(out.Commands[0].Data.Note).toBe('a "quoted" €');
    expect(out.Commands[0].Data.FileData.startsWith(OVERSIZED_MARK)).toBe(true);
    expect(oversizedLength(out.Commands[0].Data.FileData)).toBe(Buffer.byteLength(JSON.stringify(long)) - 2);
  });

  it('stops reading past the cap', async () => {
    const text = JSON.stringify({ Commands: Array.from({ length: 2000 }, (_, i) => ({ Id: `id-${i}` })) });
    await expect(readBoundedJson(streamOf(text), { maxBytes: 10_000, maxStringBytes: 1000 })).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});

describe('bounded input from Mews', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('bridge-bounded-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });

  it('a 200 MB answer: the huge document fails its own command with a clear note, the others in the same answer run', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const { log, text } = capture();
    const cfg = bridgeConfig(mews, `${dir.path}/huge`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }], {
      requestTimeoutMs: 120_000,
    });
    // Created before the bridge starts, so the first getAllActive carries all three (and the 200 MB) in one answer.
    const before = mews.store.addPrinterCommand(printer.Id, PDF).Id;
    const huge = mews.store.addHugePrinterCommand(printer.Id, 200_000_000).Id;
    const after = mews.store.addPrinterCommand(printer.Id, PDF).Id;
    bridge = await createBridge({ store: new MemoryStore(cfg), log, version: 'test', tuning: FAST_TUNING });
    const final = (id: string) => ['Processed', 'Error'].includes(mews!.store.commands.get(id)!.State);
    await waitFor(() => [before, huge, after].every(final), 'all three final', 120_000);
    expect(mews.store.commands.get(before)!.State).toBe('Processed');
    expect(mews.store.commands.get(after)!.State).toBe('Processed');
    expect(mews.store.commands.get(huge)!.State).toBe('Error');
    expect(mews.store.updatesFor(huge).at(-1)!.Notes).toBe(
      'The document sent by Mews is about 143.1 MB, more than the bridge reads from Mews (a quarter of mews.maxResponseBytes); it was not read.',
    );
    expect(text()).not.toContain('AAAAAAAAAAAAAAAA'); // the document never reached a log line either
  });

  it('an answer over mews.maxResponseBytes: a clear error naming the operation, and getAllActive reads the documents one command at a time', async () => {
    mews = await startMews();
    const { log, text } = capture();
    const api = new MewsApiClient({ apiUrl: mews.url, credentials: () => ({ ...TOKENS, client: 'test' }), log, maxResponseBytes: MiB });
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    // Eight documents of 200 kB each: each one fits, the eight together do not.
    const doc = Buffer.alloc(150_000, 7).toString('base64');
    const ids = Array.from({ length: 8 }, () => mews!.store.addPrinterCommand(printer.Id, doc).Id);
    const err = await api.getAllByIds(ids).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MewsApiError);
    expect((err as MewsApiError).kind).toBe('response-too-large');
    expect((err as MewsApiError).message).toBe(
      "Mews's answer to commands/getAllByIds is larger than 1 MiB (mews.maxResponseBytes); it was not read",
    );

    const before = { active: mews.requests.get('commands/getAllActive') ?? 0, byIds: mews.requests.get('commands/getAllByIds') ?? 0 };
    const all = await api.getAllActive();
    expect(all.commands.map((c) => c.Id).sort()).toEqual([...ids].sort());
    expect(all.commands.every((c) => (c.Data as { FileData: string }).FileData === doc)).toBe(true);
    expect(text()).toContain('Too many large documents for one answer from Mews: reading them one command at a time');
    // One full try (too large), one light read, then each document alone.
    expect(mews.requests.get('commands/getAllActive')! - before.active).toBe(2);
    expect(mews.requests.get('commands/getAllByIds')! - before.byIds).toBe(8);
    // While the documents still do not fit, the next call goes light at once.
    await api.getAllActive();
    expect(mews.requests.get('commands/getAllActive')! - before.active).toBe(3);
  });

  it('a bridge that starts with more large documents waiting than fit in one answer runs them all', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const doc = Buffer.alloc(150_000, 7).toString('base64');
    // Created before the bridge starts: only getAllActive can find them (no events).
    const ids = Array.from({ length: 8 }, () => mews!.store.addPrinterCommand(printer.Id, doc).Id);
    const { log, text } = capture();
    const cfg = bridgeConfig(mews, `${dir.path}/cap`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }], {
      maxResponseBytes: MiB,
    });
    bridge = await createBridge({ store: new MemoryStore(cfg), log, version: 'test', tuning: FAST_TUNING });
    await waitFor(() => ids.every((id) => mews!.store.commands.get(id)!.State === 'Processed'), 'all eight processed', 30_000);
    expect(text()).toContain('Too many large documents for one answer from Mews');
  });

  it('an oversized WebSocket frame closes the socket with a clear reason, and the reconnect re-sync finds what was missed', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const { log, text } = capture();
    const cfg = bridgeConfig(mews, `${dir.path}/frame`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }]);
    bridge = await createBridge({
      store: new MemoryStore(cfg),
      log,
      version: 'test',
      tuning: { ...FAST_TUNING, resyncIntervalMs: 600_000, offlinePollMs: 600_000 },
    });
    await waitFor(
      async () => mews!.socketCount() === 1 && (await bridge!.getSnapshot()).connection.lastSyncAt !== null,
      'online and synced',
    );
    const states: string[] = [];
    bridge.subscribe((e) => {
      if (e.type === 'connection') states.push(`${e.connection.status}: ${e.connection.reason ?? ''}`);
    });
    // A command whose event is lost, then a 2 MiB frame.
    mews.faults.dropEvents = true;
    const missed = mews.store.addPrinterCommand(printer.Id, PDF).Id;
    mews.faults.dropEvents = false;
    mews.sendFrame(JSON.stringify({ Events: [{ Type: 'DeviceCommand', Id: 'x'.repeat(2 * MiB), State: 'Pending' }] }));
    await waitFor(() => mews!.store.commands.get(missed)!.State === 'Processed', 'missed command found by the re-sync after reconnecting');
    expect(states).toContain(
      'offline: Mews sent a WebSocket message larger than 1048576 bytes; reconnecting and re-reading all active commands',
    );
    expect(bridge.coreStats().oversizedFrames).toBe(1);
    expect(text()).toContain('Closed the Mews WebSocket: a message was too large');
    await waitFor(async () => (await bridge!.getSnapshot()).connection.status === 'online', 'online again');
  });
});
