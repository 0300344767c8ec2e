import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Parser } from '../../src/devices/lock/byte-queue.js';
import { ACK, ENQ, NAK, STX as S_STX, encodeFrame, readReply, type Reply } from '../../src/devices/salto/codec.js';
import { ETX as F_ETX, STX as F_STX, encodeRecord, readFiasFrame, type Incoming } from '../../src/devices/fias/codec.js';

/** Salto and FIAS answers that are truncated, carry a bad LRC, or have garbage between frames: the decoders recover. */

/** Feeds `chunks` the way ByteQueue does (append, then parse while something comes out); asserts progress on every step. */
function drain<T>(parser: Parser<T>, chunks: Uint8Array[]): { values: T[]; rest: Buffer } {
  let buf = Buffer.alloc(0);
  const values: T[] = [];
  for (const c of chunks) {
    buf = Buffer.concat([buf, c]);
    for (let guard = 0, max = buf.length + 1; guard <= max; guard++) {
      const r = parser(buf);
      if (!r) break;
      expect(r.used).toBeGreaterThan(0);
      expect(r.used).toBeLessThanOrEqual(buf.length);
      values.push(r.value);
      buf = buf.subarray(r.used);
    }
  }
  return { values, rest: buf };
}

/** Splits bytes into chunks at the given cut points. */
function chunked(bytes: Buffer, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) out.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  return out;
}

const fieldText = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.:'.split('')), maxLength: 12 });
const saltoFields = fc.array(fieldText, { minLength: 1, maxLength: 8 }).map((f) => (f[f.length - 1] === '' ? [...f, 'X'] : f));
const anyBytes = (max = 40) => fc.uint8Array({ maxLength: max });
const cutsArb = fc.array(fc.nat(2000), { maxLength: 8 });

describe('fuzz: Salto frames', () => {
  it('arbitrary bytes in arbitrary chunks: never throws, always progresses, leaves at most one incomplete frame', () => {
    fc.assert(
      fc.property(anyBytes(200), cutsArb, (bytes, cuts) => {
        const { rest } = drain(readReply, chunked(Buffer.from(bytes), cuts));
        if (rest.length) expect(rest[0]).toBe(S_STX);
      }),
      { seed: 4242, numRuns: 500 },
    );
  });

  it('valid answers survive garbage between frames (bytes other than STX) and any chunking', () => {
    const junk = fc.uint8Array({ maxLength: 12 }).map((b) => Uint8Array.from(b.filter((x) => x !== S_STX)));
    fc.assert(
      fc.property(fc.array(fc.tuple(junk, saltoFields), { minLength: 1, maxLength: 5 }), junk, cutsArb, (parts, tail, cuts) => {
        const stream = Buffer.concat([...parts.flatMap(([j, f]) => [j, encodeFrame(f)]), tail]);
        const { values } = drain(readReply, chunked(stream, cuts));
        const frames = values.filter((v): v is Extract<Reply, { kind: 'frame' }> => v.kind === 'frame');
        expect(frames.map((f) => f.frame.fields)).toEqual(parts.map(([, f]) => f));
        for (const f of frames) expect(f.frame.lrcOk).toBe(true);
        expect(values.filter((v) => v.kind === 'ack' || v.kind === 'nak' || v.kind === 'enq').length).toBe(
          [...parts.flatMap(([j]) => [...j]), ...tail].filter((b) => b === ACK || b === NAK || b === ENQ).length,
        );
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('a bad LRC is reported as such (never as a good frame), and the next frame decodes', () => {
    fc.assert(
      fc.property(saltoFields, fc.integer({ min: 1, max: 255 }), saltoFields, (fields, flip, next) => {
        const bad = Buffer.from(encodeFrame(fields));
        const last = bad.length - 1;
        bad[last] = bad[last]! ^ flip;
        const { values } = drain(readReply, [Buffer.concat([bad, encodeFrame(next)])]);
        expect(values).toHaveLength(2);
        const [a, b] = values as Extract<Reply, { kind: 'frame' }>[];
        expect(a!.kind).toBe('frame');
        // 0x0D is the documented "don't check" LRC: accepted on purpose.
        expect(a!.frame.lrcOk).toBe(bad[last] === 0x0d);
        expect(b!.frame.fields).toEqual(next);
        expect(b!.frame.lrcOk).toBe(true);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('a truncated answer yields nothing until the rest arrives', () => {
    fc.assert(
      fc.property(saltoFields, fc.nat(), (fields, cut) => {
        const frame = encodeFrame(fields);
        const at = 1 + (cut % (frame.length - 1)); // keeps the STX, drops at least the LRC
        expect(readReply(frame.subarray(0, at))).toBeNull();
        const { values } = drain(readReply, [frame.subarray(0, at), frame.subarray(at)]);
        expect(values).toHaveLength(1);
        expect((values[0] as Extract<Reply, { kind: 'frame' }>).frame.fields).toEqual(fields);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});

const fiasId = fc.constantFrom('RN', 'KC', 'WS', 'G#', 'GN', 'AS', 'DA', 'TI', 'K#', 'CT');
const fiasRecordArb = fc.record({
  type: fc.constantFrom('KA', 'LS', 'LA', 'LD', 'LR', 'KR', 'KD'),
  fields: fc.array(fc.tuple(fiasId, fieldText), { maxLength: 6 }),
});

describe('fuzz: FIAS records', () => {
  it('arbitrary bytes in arbitrary chunks: never throws and always progresses', () => {
    fc.assert(
      fc.property(anyBytes(200), cutsArb, (bytes, cuts) => {
        const { values, rest } = drain(readFiasFrame, chunked(Buffer.from(bytes), cuts));
        for (const v of values) expect(['record', 'garbled']).toContain(v.kind);
        if (rest.length) expect(rest[0]).toBe(F_STX);
        expect(rest.indexOf(F_ETX)).toBe(-1);
      }),
      { seed: 4242, numRuns: 500 },
    );
  });

  it('valid records survive any garbage between them (including stray STX and ETX) and any chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyBytes(12), fiasRecordArb), { minLength: 1, maxLength: 5 }),
        anyBytes(12),
        cutsArb,
        (parts, tail, cuts) => {
          // Garbage may itself contain STX…ETX and so look like a record: valid records must still come out, in order.
          const stream = Buffer.concat([...parts.flatMap(([j, r]) => [j, encodeRecord(r.type, r.fields)]), tail]);
          const { values } = drain(readFiasFrame, chunked(stream, cuts));
          const texts = values.filter((v): v is Extract<Incoming, { kind: 'record' }> => v.kind === 'record').map((v) => v.record.text);
          const wanted = parts.map(([, r]) => encodeRecord(r.type, r.fields).subarray(1, -1).toString('latin1'));
          let i = 0;
          for (const t of texts) if (i < wanted.length && t === wanted[i]) i++;
          expect(i).toBe(wanted.length);
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('a truncated record yields nothing until the rest arrives; a record cut off by a new one is dropped, the new one kept', () => {
    fc.assert(
      fc.property(fiasRecordArb, fiasRecordArb, fc.nat(), (a, b, cut) => {
        const fa = encodeRecord(a.type, a.fields);
        const fb = encodeRecord(b.type, b.fields);
        const at = 1 + (cut % (fa.length - 1));
        expect(readFiasFrame(fa.subarray(0, at))).toBeNull();
        const { values } = drain(readFiasFrame, [fa.subarray(0, at), fb]);
        const recs = values.filter((v): v is Extract<Incoming, { kind: 'record' }> => v.kind === 'record');
        expect(recs.map((r) => r.record.type)).toEqual([b.type]);
        expect(recs[0]!.record.text).toBe(fb.subarray(1, -1).toString('latin1'));
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
