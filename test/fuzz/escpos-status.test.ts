import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockingProblemKey, decodeStatus, statusFromFlags } from '../../src/devices/escpos/status.js';
import { StatusChannel } from '../../src/devices/escpos/status-channel.js';
import { isStatusReply } from '../../src/devices/escpos/protocol.js';
import { englishNote } from '../../src/i18n/render-note.js';
import { asNote } from '../../src/i18n/note.js';
import type { ByteTransport, TransportState } from '../../src/transport/index.js';

/** ESC/POS status bytes: any byte gives a defined status; the status channel survives any reply stream. */

const HEALTHS = new Set(['online', 'offline', 'attention']);
const byte = fc.integer({ min: 0, max: 255 });

function checkStatus(s1: number, s2: number, s4: number, s3: number | null): void {
  const flags = decodeStatus(s1, s2, s4, s3);
  for (const v of Object.values(flags)) expect(typeof v).toBe('boolean');
  const st = statusFromFlags(flags);
  expect(HEALTHS.has(st.health)).toBe(true);
  const detail = st.detail === null ? null : englishNote(asNote(st.detail));
  expect(detail === null || detail.length > 0).toBe(true);
  const problem = blockingProblemKey(flags);
  expect(problem === null || problem.startsWith('escpos.')).toBe(true);
  // A condition that stops printing is never shown as plain "online".
  if (problem) expect(st.health).not.toBe('online');
}

/** A transport that answers each DLE EOT with whatever the test scripts (noise included). */
class ScriptedTransport implements ByteTransport {
  readonly label = 'scripted';
  connected = true;
  private data = new Set<(b: Buffer) => void>();
  private state = new Set<(s: TransportState) => void>();
  constructor(private readonly answer: () => Buffer) {}
  async open(): Promise<void> {}
  async close(): Promise<void> {}
  async write(): Promise<void> {
    const reply = this.answer();
    queueMicrotask(() => {
      for (const l of this.data) l(reply);
    });
  }
  async waitConnected(): Promise<boolean> {
    return this.connected;
  }
  onData(l: (b: Buffer) => void) {
    this.data.add(l);
    return () => this.data.delete(l);
  }
  onState(l: (s: TransportState) => void) {
    this.state.add(l);
    return () => this.state.delete(l);
  }
  drop(): void {
    this.connected = false;
    for (const l of this.state) l({ connected: false, reason: 'unplugged' });
  }
}

describe('fuzz: ESC/POS status bytes', () => {
  it('every byte in every position decodes to a defined status (exhaustive per position)', () => {
    for (let b = 0; b < 256; b++) {
      checkStatus(b, 0x12, 0x12, null);
      checkStatus(0x12, b, 0x12, b & 0x40 ? 0x12 : null);
      checkStatus(0x12, 0x12, b, null);
      checkStatus(0x12, 0x52, 0x12, b);
    }
  });

  it('any combination of four bytes decodes to a defined status', () => {
    fc.assert(
      fc.property(byte, byte, byte, fc.option(byte), (s1, s2, s4, s3) => checkStatus(s1, s2, s4, s3)),
      { seed: 4242, numRuns: 2000 },
    );
  });

  it('the status channel never throws on noise: each query gives a status reply byte or null', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (answers, unplug) => {
          let i = 0;
          const t = new ScriptedTransport(() => Buffer.from(answers[i++ % answers.length]!));
          const ch = new StatusChannel(t);
          const n = Math.min(answers.length, 6);
          const results = await Promise.allSettled(
            Array.from({ length: n }, (_, k) => {
              const p = ch.query(((k % 4) + 1) as 1 | 2 | 3 | 4, 4);
              if (unplug && k === n - 1) queueMicrotask(() => t.drop());
              return p;
            }),
          );
          for (const r of results) {
            if (r.status === 'fulfilled') expect(r.value === null || isStatusReply(r.value)).toBe(true);
            else expect((r.reason as Error).message).toMatch(/disconnected/);
          }
          ch.dispose();
        },
      ),
      { seed: 4242, numRuns: 80 },
    );
  });
});
