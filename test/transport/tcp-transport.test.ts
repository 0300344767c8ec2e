import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openTransport, TcpTransport, TransportError, type ByteTransport } from '../../src/transport/index.js';

const settled = <T>(p: Promise<T>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => e,
  );

function listen(port = 0): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  return new Promise((resolve) => {
    const sockets: Socket[] = [];
    const server = createServer((s) => {
      s.on('error', () => {});
      sockets.push(s);
    });
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, port: typeof addr === 'object' && addr ? addr.port : 0, sockets });
    });
  });
}
const stop = (server: Server, sockets: Socket[]) =>
  new Promise<void>((r) => {
    for (const s of sockets) s.destroy();
    server.close(() => r());
  });

describe('TcpTransport on loopback', () => {
  let t: ByteTransport | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it('sends, receives and holds writes while the peer does not read', async () => {
    const { server, port, sockets } = await listen();
    t = await openTransport({ type: 'tcp', host: '127.0.0.1', port });
    expect(t.connected).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    const peer = sockets[0]!;
    peer.pause();
    let done = false;
    const w = t.write(new Uint8Array(32 * 1024 * 1024)).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    let received = 0;
    peer.on('data', (b: Buffer) => (received += b.length));
    peer.resume();
    await w;
    const fromPeer: number[] = [];
    t.onData((b) => fromPeer.push(...b));
    peer.write(Buffer.from([0x12, 0x72]));
    await new Promise((r) => setTimeout(r, 100));
    expect(fromPeer).toEqual([0x12, 0x72]);
    await stop(server, sockets);
  });

  it('fails the pending write when the peer drops, then reconnects when it is back', async () => {
    const first = await listen();
    t = new TcpTransport({ host: '127.0.0.1', port: first.port }, { initialDelayMs: 30, maxDelayMs: 100 });
    await t.open();
    await new Promise((r) => setTimeout(r, 50));
    first.sockets[0]!.pause();
    const w = settled(t.write(new Uint8Array(64 * 1024 * 1024)));
    await new Promise((r) => setTimeout(r, 200));
    await stop(first.server, first.sockets);
    const err = await w;
    expect(err).toBeInstanceOf(TransportError);
    expect(t.connected).toBe(false);

    const again = await listen(first.port);
    expect(await t.waitConnected(3000)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    const got: number[] = [];
    again.sockets.at(-1)!.on('data', (b: Buffer) => got.push(...b));
    await t.write(Uint8Array.of(1, 2, 3));
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([1, 2, 3]);
    await stop(again.server, again.sockets);
  });

  it('opens without throwing when nothing listens, and reports why', async () => {
    const { server, port, sockets } = await listen();
    await stop(server, sockets);
    const reasons: (string | null)[] = [];
    t = new TcpTransport({ host: '127.0.0.1', port }, { initialDelayMs: 1000 });
    t.onState((s) => reasons.push(s.reason));
    await t.open();
    expect(t.connected).toBe(false);
    expect(reasons[0]).toMatch(/127\.0\.0\.1:\d+ refused the connection/);
    await expect(t.write(Uint8Array.of(1))).rejects.toThrow(/not connected/);
  });
});
