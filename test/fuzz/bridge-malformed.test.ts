import { afterAll, describe, expect, it } from 'vitest';
import { englishNote } from '../../src/i18n/render-note.js';
import fc from 'fast-check';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { commandSchema } from '../../src/mews/wire.js';
import { parseCommand } from '../../src/bridge/command-data.js';
import { bridgeConfig, connectionOf, executedBy, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * Integration fuzz: the fake Mews hands out randomly malformed command objects for some ids and valid
 * ones for others. The bridge keeps running, processes every valid one exactly once, fails each
 * readable-but-bad one with its note, fails an unreadable one of its own devices with a note, and never runs
 * (or touches, when it is not clearly its own) anything it cannot read.
 */

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

type Spec =
  | { kind: 'print'; device: number }
  | { kind: 'key' }
  | { kind: 'bad-data'; device: number; data: unknown }
  | { kind: 'bad-type'; type: string }
  | { kind: 'bad-shape'; field: 'State' | 'CreatedUtc' | 'Device' | 'Creator'; value: unknown };

const specArb: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('print' as const), device: fc.nat(1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('key' as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('bad-data' as const),
      device: fc.nat(1),
      data: fc.oneof(
        fc.anything({ maxDepth: 2 }),
        fc.record(
          {
            CopyCount: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.string()),
            FileType: fc.constantFrom('application/pdf', 'image/png', ''),
            FileData: fc.oneof(fc.constant(PDF), fc.string(), fc.constant('')),
          },
          { requiredKeys: [] },
        ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bad-type' as const),
      type: fc
        .oneof(fc.constantFrom('FiscalMachine', 'PaymentTerminal', 'printer', ''), fc.string())
        .filter((t) => t !== 'Printer' && t !== 'KeyCutter'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bad-shape' as const),
      field: fc.constantFrom('State' as const, 'CreatedUtc' as const, 'Device' as const, 'Creator' as const),
      value: fc.oneof(fc.integer(), fc.constant(null), fc.string(), fc.array(fc.nat(), { maxLength: 2 }), fc.constant(true)),
    }),
  },
);

describe('fuzz: the bridge against a Mews that sends malformed commands', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir('bridge-fuzz-malformed-');
  afterAll(async () => {
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  it('keeps running and processes exactly the valid commands, once each', async () => {
    mews = await startMews();
    const printers = [0, 1].map((i) => mews.store.addDevice({ Name: `P${i}`, Type: 'Printer' }));
    const cutter = mews.store.addDevice({ Name: 'K', Type: 'KeyCutter' });
    const devices = [...printers, cutter].map((d) => ({ id: d.Id, name: d.Name, driver: 'null' as const, options: { delayMs: 1 } }));
    bridge = await startBridge(bridgeConfig(mews, dir.path, devices));
    await waitFor(() => mews.socketCount() === 1, 'socket');

    const specs = fc.sample(specArb, { seed: 4242, numRuns: 80 });
    const expectRun = new Set<string>();
    const expectError = new Map<string, string>();
    const unreadable = new Set<string>();
    const unreadableOurs = new Set<string>();
    for (const s of specs) {
      let id: string;
      switch (s.kind) {
        case 'print':
          id = mews.store.addPrinterCommand(printers[s.device]!.Id, PDF).Id;
          break;
        case 'key':
          id = mews.store.addKeyCutterCommand(cutter.Id, 1).Id;
          break;
        case 'bad-data':
          id = mews.store.addRawCommand(printers[s.device]!.Id, s.data).Id;
          break;
        case 'bad-type':
          id = mews.store.addPrinterCommand(printers[0]!.Id, PDF).Id;
          mews.store.commands.get(id)!.Device = { ...printers[0]!, Type: s.type };
          break;
        case 'bad-shape':
          id = mews.store.addPrinterCommand(printers[1]!.Id, PDF).Id;
          (mews.store.commands.get(id) as unknown as Record<string, unknown>)[s.field] = s.value;
          break;
      }
      // What the bridge should make of it, judged by the same edge validation it uses.
      const raw = mews.store.commands.get(id) as unknown as { State?: unknown; Device?: { Id?: unknown } };
      const cmd = commandSchema.safeParse(raw);
      if (!cmd.success) {
        // Unreadable: failed with a note when it names one of our devices and is not someone else's already.
        const ours = devices.some((d) => d.id === raw.Device?.Id);
        if (ours && (typeof raw.State !== 'string' || raw.State === 'Pending')) unreadableOurs.add(id);
        else unreadable.add(id);
      } else {
        const parsed = parseCommand(cmd.data);
        if (parsed.ok) expectRun.add(id);
        else expectError.set(id, englishNote(parsed.note));
      }
    }
    expect(expectRun.size).toBeGreaterThan(10);
    expect(expectError.size).toBeGreaterThan(5);
    expect(unreadable.size).toBeGreaterThan(0);
    expect(unreadableOurs.size).toBeGreaterThan(0);

    const state = (id: string) => mews.store.commands.get(id)!.State;
    await waitFor(
      () =>
        [...expectRun].every((id) => state(id) === 'Processed') &&
        [...expectError.keys(), ...unreadableOurs].every((id) => state(id) === 'Error'),
      'valid processed and bad ones failed',
      30_000,
    );

    // The bridge is still alive and well: a fresh valid command goes through.
    const after = mews.store.addPrinterCommand(printers[0]!.Id, PDF).Id;
    expectRun.add(after);
    await waitFor(() => state(after) === 'Processed', 'a command after the fuzz burst');

    const executed = executedBy(bridge);
    expect(new Set(executed).size).toBe(executed.length); // nothing ran twice
    expect(new Set(executed)).toEqual(expectRun); // exactly the valid ones ran
    for (const [id, note] of expectError) expect(mews.store.updatesFor(id).at(-1)!.Notes).toBe(note);
    for (const id of unreadableOurs) {
      expect(executed).not.toContain(id);
      expect(mews.store.updatesFor(id).map((u) => u.State)).toEqual(['Error']);
      expect(mews.store.updatesFor(id)[0]!.Notes).toMatch(/cannot read/);
    }
    for (const id of unreadable) {
      expect(executed).not.toContain(id);
      expect(mews.store.updatesFor(id)).toHaveLength(0); // not ours to touch
    }
    expect((await connectionOf(bridge)).status).toBe('online');
  });
});
