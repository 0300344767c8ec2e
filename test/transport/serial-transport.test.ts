import { waitFor as waitUntil } from '../helpers/wait-for.js';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SerialTransport, TransportError, type TransportState } from '../../src/transport/index.js';
import { AbortedError } from '../../src/util/abort.js';
import { createPtyPair, type PtyPair } from '../helpers/pty-pair.js';

const settings = (path: string, flowControl: 'none' | 'xonxoff' = 'none') =>
  ({ path, baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1, flowControl }) as const;

function openFar(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200, autoOpen: false });
    p.on('error', () => {});
    p.open((err) => (err ? reject(err) : resolve(p)));
  });
}

const closeFar = (p: SerialPort) => new Promise<void>((r) => (p.isOpen ? p.close(() => r()) : r()));
const settled = <T>(p: Promise<T>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => e,
  );
const waitFor = (cond: () => boolean, ms = 3000) => waitUntil(cond, 'condition', ms, 10);

describe('SerialTransport over a socat pty pair', () => {
  let pty: PtyPair;
  let far: SerialPort;
  let t: SerialTransport;

  beforeEach(async () => {
    pty = await createPtyPair();
    far = await openFar(pty.b);
  });
  afterEach(async () => {
    await t?.close();
    await closeFar(far);
    await pty.dispose();
  });

  it('delivers bytes both ways and reports the connection', async () => {
    t = new SerialTransport(settings(pty.a));
    const states: TransportState[] = [];
    t.onState((s) => states.push(s));
    await t.open();
    expect(t.connected).toBe(true);
    expect(states).toEqual([{ connected: true, reason: null }]);

    const got: Buffer[] = [];
    far.on('data', (b: Buffer) => got.push(b));
    await t.write(Uint8Array.from([0x1b, 0x40, 0x41, 0x0a]));
    await waitFor(() => Buffer.concat(got).length >= 4);
    expect([...Buffer.concat(got)]).toEqual([0x1b, 0x40, 0x41, 0x0a]);

    const fromDevice: number[] = [];
    t.onData((b) => fromDevice.push(...b));
    far.write(Buffer.from([0x12]));
    await waitFor(() => fromDevice.length === 1);
    expect(fromDevice).toEqual([0x12]);
  });

  it('holds a write until the device reads (backpressure) instead of buffering it', async () => {
    t = new SerialTransport(settings(pty.a));
    await t.open();
    far.pause();
    const big = new Uint8Array(512 * 1024).fill(0x55);
    let done = false;
    const w = t.write(big).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    let received = 0;
    far.on('data', (b: Buffer) => (received += b.length));
    far.resume();
    await w;
    await waitFor(() => received === big.length, 10_000);
  });

  it('stops and resumes on XOFF / XON when flow control is xonxoff', async () => {
    t = new SerialTransport(settings(pty.a, 'xonxoff'));
    await t.open();
    let received = 0;
    far.on('data', (b: Buffer) => (received += b.length));
    far.write(Buffer.from([0x13]));
    await new Promise((r) => setTimeout(r, 100));
    const w = settled(t.write(new Uint8Array(256 * 1024)));
    await new Promise((r) => setTimeout(r, 300));
    const stalledAt = received;
    expect(stalledAt).toBeLessThan(256 * 1024);
    far.write(Buffer.from([0x11]));
    expect(await w).toBe('resolved');
    await waitFor(() => received === 256 * 1024, 10_000);
  });

  it('finishes a write held by XOFF once XON comes, also when the device answered while the write was held', async () => {
    // The driver writes its next status query as soon as a reply arrives. If XOFF has stopped the
    // line, that write waits for "writable" while serialport's reader re-arms "readable" for the next
    // byte; XON itself is never delivered as data. Several rounds, as the ordering is a race.
    t = new SerialTransport(settings(pty.a, 'xonxoff'));
    await t.open();
    const got: number[] = [];
    far.on('data', (b: Buffer) => got.push(...b));
    const writes: Promise<unknown>[] = [];
    t.onData((b) => {
      // Like the driver: the next query goes out from the reply handler.
      if (b.includes(0x12)) writes.push(settled(t.write(Uint8Array.of(0x10, 0x04, (writes.length % 4) + 1))));
    });
    for (let round = 1; round <= 12; round++) {
      // XOFF and a reply in one burst: the line is stopped before the host reacts to the reply.
      far.write(Buffer.of(0x13, 0x12));
      await waitFor(() => writes.length === round);
      // Held: nothing reaches the device while stopped (give the write a moment to try).
      await new Promise((r) => setTimeout(r, 20));
      expect(got.length).toBe((round - 1) * 3);
      far.write(Buffer.of(0x11));
      await waitFor(() => got.length === round * 3, 3000);
      expect(await writes[round - 1]).toBe('resolved');
    }
  });

  it('rejects the pending write when the device is unplugged, then reconnects when it returns', async () => {
    t = new SerialTransport(settings(pty.a), { initialDelayMs: 50, maxDelayMs: 200 });
    const states: TransportState[] = [];
    t.onState((s) => states.push(s));
    await t.open();
    far.pause();
    const w = settled(t.write(new Uint8Array(1024 * 1024)));
    await new Promise((r) => setTimeout(r, 200));
    await closeFar(far);
    await pty.kill();
    const err = await w;
    expect(err).toBeInstanceOf(TransportError);
    expect((err as Error).message).toMatch(/disconnected/);
    expect(t.connected).toBe(false);
    await expect(t.write(Uint8Array.of(1))).rejects.toThrow(/not connected/);

    await pty.restart();
    far = await openFar(pty.b);
    expect(await t.waitConnected(3000)).toBe(true);
    const got: number[] = [];
    far.on('data', (b: Buffer) => got.push(...b));
    await t.write(Uint8Array.of(7, 8, 9));
    await waitFor(() => got.length === 3);
    expect(got).toEqual([7, 8, 9]);
    // Down once, up again. While down, a failed retry may update the reason (a second
    // `connected: false` state, e.g. "No such file or directory" before the pty is back).
    expect(states.map((s) => s.connected).filter((c, i, all) => i === 0 || c !== all[i - 1])).toEqual([true, false, true]);
    expect(states.filter((s) => !s.connected).every((s) => typeof s.reason === 'string' && s.reason.length > 0)).toBe(true);
  });

  it('notices the device going away while it is reading a reply, without any write', async () => {
    // The hang-up lands while serialport's reader is busy with the byte it just got: reads then
    // return 0 bytes. Several rounds, as the timing is a race.
    for (let round = 1; round <= 6; round++) {
      t = new SerialTransport(settings(pty.a), { initialDelayMs: 5000 });
      await t.open();
      const states: TransportState[] = [];
      t.onState((s) => states.push(s));
      let kill: Promise<void> | null = null;
      t.onData(() => {
        kill ??= pty.kill();
      });
      far.write(Buffer.of(0x12));
      await waitFor(() => kill !== null);
      await (kill as Promise<void> | null);
      await waitFor(() => states.some((s) => !s.connected), 2000);
      expect(t.connected).toBe(false);
      await t.close();
      await closeFar(far);
      await pty.restart();
      far = await openFar(pty.b);
    }
  });

  it('keeps retrying an absent port until close(), and stops afterwards', async () => {
    await closeFar(far);
    await pty.kill();
    t = new SerialTransport(settings(pty.a), { initialDelayMs: 30, maxDelayMs: 60 });
    await t.open();
    expect(t.connected).toBe(false);
    await pty.restart();
    expect(await t.waitConnected(2000)).toBe(true);
    await t.close();
    expect(t.connected).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.connected).toBe(false);
    far = await openFar(pty.b);
  });

  it('rejects with AbortedError when the signal is already aborted', async () => {
    t = new SerialTransport(settings(pty.a));
    await t.open();
    const ac = new AbortController();
    ac.abort('cancelled');
    await expect(t.write(Uint8Array.of(1), ac.signal)).rejects.toBeInstanceOf(AbortedError);
  });
});
