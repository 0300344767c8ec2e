import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy that can make its open connections half-open: `freeze()` stops forwarding in both
 * directions and swallows what arrives, without closing either side (like a NAT entry or a proxy that
 * silently dropped the flow). New connections are forwarded normally.
 */
export interface FreezableProxy {
  port: number;
  /** Connections accepted so far. */
  accepted: number;
  freeze(): void;
  close(): Promise<void>;
}

export async function startFreezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  const pairs = new Set<{ a: Socket; b: Socket; frozen: boolean }>();
  const state = { accepted: 0 };
  const server: Server = createServer((a) => {
    state.accepted++;
    const b = connect(target.port, target.host);
    const pair = { a, b, frozen: false };
    pairs.add(pair);
    a.on('data', (d) => void (pair.frozen || b.write(d)));
    b.on('data', (d) => void (pair.frozen || a.write(d)));
    // While frozen, an end or error on one side is not passed on either: the other side must notice by itself.
    const end = () => {
      if (pair.frozen) return;
      a.destroy();
      b.destroy();
      pairs.delete(pair);
    };
    for (const s of [a, b]) {
      s.on('error', () => undefined);
      s.on('close', end);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    get accepted() {
      return state.accepted;
    },
    freeze() {
      for (const p of pairs) p.frozen = true;
    },
    async close() {
      for (const p of pairs) {
        p.a.destroy();
        p.b.destroy();
      }
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
