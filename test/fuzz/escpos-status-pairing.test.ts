import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBitmap } from '../../src/devices/pdf/bitmap.js';
import { encodeBitmap } from '../../src/devices/escpos/raster-encoder.js';
import { StatusChannel } from '../../src/devices/escpos/status-channel.js';
import { startEscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { TcpTransport } from '../../src/transport/tcp-transport.js';

/**
 * Property: whatever the printer does with its real-time status replies (late, overtaking one another,
 * dropped, unsolicited Automatic Status Back frames, reacting or not to DLE EOT patterns inside image
 * data), every reply the status channel hands to a request is the printer's answer to that very request.
 *
 * Each simulated reply carries random variable bits, so a reply handed to the wrong request differs from
 * the right one. Requests are matched by order per connection: the i-th DLE EOT the channel wrote on
 * connection c is the i-th request the simulator logged on its c-th connection.
 */
const TIMEOUT_MS = 25;
const VARIABLE_BITS = [0x04, 0x08, 0x20, 0x40];

type Op =
  | { kind: 'query'; n: 1 | 2 | 3 | 4; idle: boolean }
  | { kind: 'data'; patterns: number; seed: number }
  | { kind: 'asb' }
  | { kind: 'pause'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('query' as const),
      n: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      idle: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('data' as const), patterns: fc.integer({ min: 0, max: 4 }), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('asb' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 3 * TIMEOUT_MS }) }) },
);

const scenarioArb = fc.record({
  /** Per request k: how late its reply leaves (ms), whether it is dropped, its variable bits. */
  delays: fc.array(
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: TIMEOUT_MS }), fc.integer({ min: TIMEOUT_MS, max: 4 * TIMEOUT_MS })),
    { minLength: 64, maxLength: 64 },
  ),
  drops: fc.array(
    fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
    { minLength: 64, maxLength: 64 },
  ),
  bits: fc.array(fc.subarray(VARIABLE_BITS), { minLength: 64, maxLength: 64 }),
  reactInData: fc.boolean(),
  ops: fc.array(opArb, { minLength: 4, maxLength: 14 }),
});

/** A small bitmap whose GS v 0 data contains `patterns` DLE EOT / DLE DC4 byte patterns. */
function imageWithPatterns(patterns: number, seed: number) {
  const bmp = createBitmap(64, 8);
  for (let i = 0; i < bmp.data.length; i++) bmp.data[i] = (seed * 31 + i * 17) & 0xef;
  for (let p = 0; p < patterns; p++) {
    const at = (seed + p * 13) % (bmp.data.length - 3);
    bmp.data.set(p % 2 ? [0x10, 0x14, 0x01] : [0x10, 0x04, (p % 4) + 1], at);
  }
  return bmp;
}

describe('property: the ESC/POS status channel never pairs a reply with the wrong request', () => {
  it('over random reply timings, losses, unsolicited status and in-data patterns (TCP, simulator)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (sc) => {
        const sim = await startEscposPrinterSim({
          tcp: { host: '127.0.0.1', port: 0 },
          statusReplies: {
            delayMs: (k) => sc.delays[k % 64]!,
            drop: (k) => sc.drops[k % 64]!,
            reactInData: sc.reactInData,
            byte: (_n, k) => 0x12 | sc.bits[k % 64]!.reduce((a, b) => a | b, 0),
          },
        });
        const { host, port } = sim.address as { host: string; port: number };
        const transport = new TcpTransport({ host, port }, { initialDelayMs: 5, maxDelayMs: 20 });
        // Connection index and the DLE EOT requests written on each connection, as the channel sees them.
        let connection = -1;
        const written: number[] = [];
        transport.onState((s) => {
          if (s.connected) written[++connection] = 0;
        });
        const write = transport.write.bind(transport);
        transport.write = async (bytes, signal) => {
          const c = connection;
          const isQuery = bytes.length === 3 && bytes[0] === 0x10 && bytes[1] === 0x04;
          const index = written[c]!;
          if (isQuery) {
            written[c] = index + 1;
            lastQuery = { c, index };
          }
          await write(bytes, signal);
        };
        // eslint-disable-next-line no-useless-assignment -- null until the first query, which the assertion below relies on
        let lastQuery: { c: number; index: number } | null = null;
        const channel = new StatusChannel(transport, {
          quietResyncMs: null,
          freshConnection: async () => {
            await transport.close();
            await transport.open();
          },
        });
        await transport.open();
        const accepted: { c: number; index: number; byte: number }[] = [];
        try {
          for (const op of sc.ops) {
            if (op.kind === 'query') {
              lastQuery = null;
              const byte = await channel.query(op.n, TIMEOUT_MS, { mayReconnect: () => op.idle }).catch(() => null);
              if (byte !== null) {
                expect(lastQuery, 'a reply was accepted without a request being written').not.toBeNull();
                accepted.push({ ...lastQuery!, byte });
              }
            } else if (op.kind === 'data') {
              for (const seg of encodeBitmap(imageWithPatterns(op.patterns, op.seed), { bandRows: 4 }))
                await channel.writeData(seg.bytes).catch(() => {});
            } else if (op.kind === 'asb') sim.sendAutomaticStatus();
            else await new Promise((r) => setTimeout(r, op.ms));
          }
          // The printer's view: requests per connection, in order (the simulator starts at session 1 and
          // begins a new one on every TCP connection, so connection c is session c + 2).
          expect(
            sim.statusLog.filter((r) => r.inData),
            'a DLE EOT pattern reached the printer inside image data',
          ).toEqual([]);
          for (const a of accepted) {
            const seen = sim.statusLog.filter((r) => r.session === a.c + 2);
            const request = seen[a.index];
            expect(request, `request ${a.index} on connection ${a.c} was never received`).toBeDefined();
            expect(request!.reply, `reply to request ${a.index} on connection ${a.c}`).toBe(a.byte);
          }
        } finally {
          channel.dispose();
          await transport.close();
          await sim.close();
        }
      }),
      { seed: 1212, numRuns: 25, endOnFailure: true },
    );
  }, 120_000);

  it('pairs every reply when the printer answers at once (the channel is not merely silent)', async () => {
    const sim = await startEscposPrinterSim({
      tcp: { host: '127.0.0.1', port: 0 },
      statusReplies: { byte: (_n, k) => 0x12 | (k % 2 ? 0x04 : 0x40) },
    });
    const { host, port } = sim.address as { host: string; port: number };
    const transport = new TcpTransport({ host, port });
    const channel = new StatusChannel(transport);
    await transport.open();
    try {
      const got: (number | null)[] = [];
      for (let k = 0; k < 8; k++) got.push(await channel.query(1, 1000));
      expect(got).toEqual(Array.from({ length: 8 }, (_, k) => 0x12 | (k % 2 ? 0x04 : 0x40)));
    } finally {
      channel.dispose();
      await transport.close();
      await sim.close();
    }
  });
});
