import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ByteQueue } from '../../src/devices/lock/byte-queue.js';
import { connectTcp, type LockStream } from '../../src/devices/lock/lock-stream.js';
import { ACK, encodeFrame, ENQ, NAK, readReply, type Reply } from '../../src/devices/salto/codec.js';
import { startSaltoSim, type SaltoSimHandle } from '../../src/sim/salto-sim.js';

let sim: SaltoSimHandle | null = null;
let stream: LockStream | null = null;
let dir: string | null = null;
afterEach(async () => {
  await stream?.close();
  await sim?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  sim = stream = dir = null;
});

async function open(auditFile?: string) {
  sim = await startSaltoSim({ endpoint: { type: 'tcp' }, auditFile });
  const { port } = sim.address as { port: number };
  stream = await connectTcp('127.0.0.1', port, 2000);
  const q = new ByteQueue(stream);
  const next = (): Promise<Reply> => q.take(readReply, 2000);
  return { q, next, write: (b: Uint8Array) => stream!.write(b) };
}

const cn = ['CN', 'Online Encoder 1', 'R', 'Room 1', '', '', '', '', '', '1400240625', '1100260625'];

describe('Salto simulator', () => {
  it('answers ENQ with ACK, a frame with ACK then the echo answer, and accepts a trailing ACK', async () => {
    const { next, write } = await open();
    await write(Uint8Array.of(ENQ));
    expect((await next()).kind).toBe('ack');
    await write(encodeFrame(cn));
    expect((await next()).kind).toBe('ack');
    const answer = await next();
    expect(answer.kind === 'frame' && answer.frame.fields).toEqual(['CN', 'Online Encoder 1']);
    expect(answer.kind === 'frame' && Buffer.from(answer.frame.raw).toString('hex')).toBe(
      '02b3434eb34f6e6c696e6520456e636f6465722031b303f7',
    );
    await write(Uint8Array.of(ACK));
    await write(Uint8Array.of(ENQ));
    expect((await next()).kind).toBe('ack');
  });

  it('NAKs a bad LRC but accepts the 0x0D "do not check" LRC', async () => {
    const { next, write } = await open();
    const bad = encodeFrame(cn);
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0xff;
    await write(bad);
    expect((await next()).kind).toBe('nak');
    expect(sim!.audit).toHaveLength(0);
    const skip = encodeFrame(cn);
    skip[skip.length - 1] = 0x0d;
    await write(skip);
    expect((await next()).kind).toBe('ack');
    expect((await next()).kind).toBe('frame');
    expect(sim!.audit).toHaveLength(1);
  });

  it('writes its audit as JSON lines another process can read', async () => {
    dir = mkdtempSync(join(tmpdir(), 'salto-audit-'));
    const file = join(dir, 'audit.jsonl');
    const { next, write } = await open(file);
    await write(encodeFrame(['CN2', 'E1', 'E', '206', '', '', '', '', '', '1400240625', '1100260625']));
    await next();
    await next();
    await write(encodeFrame(['CO', '0', '206']));
    await next();
    await next();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toMatchObject([
      { sim: 'salto', seq: 1, command: 'CN2', action: 'new', rooms: ['206'], copyNumbers: [0, 1], start: '1400240625' },
      { sim: 'salto', seq: 2, command: 'CO', action: 'checkout', rooms: ['206'] },
    ]);
    // After check-out a copy is refused with EA.
    await write(encodeFrame(['CC', 'E1', 'E', '206']));
    await next();
    const ea = await next();
    expect(ea.kind === 'frame' && ea.frame.fields[0]).toBe('EA');
  });

  it('answers unknown commands with ES and busy ENQs with NAK', async () => {
    const { next, write } = await open();
    sim!.nakEnq(1);
    await write(Uint8Array.of(ENQ));
    expect(await next()).toEqual({ kind: 'nak' });
    await write(encodeFrame(['XX', 'E1']));
    await next();
    const es = await next();
    expect(es.kind === 'frame' && es.frame.fields[0]).toBe('ES');
    expect(NAK).toBe(0x15);
  });
});
