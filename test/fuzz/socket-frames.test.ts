import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MewsSocket, type CommandEvent } from '../../src/mews/mews-socket.js';
import { silentLogger } from '../../src/util/logger.js';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { TOKENS } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/** Feeds arbitrary frames to the socket's frame handler: it never throws, and only DeviceCommand events with string Ids come out. */

type FrameHandler = { onFrame(text: string | null): void };

function handlerOf(socket: MewsSocket): (text: string | null) => void {
  return (text) => (socket as unknown as FrameHandler).onFrame(text);
}

const eventArb = fc.oneof(
  fc.record(
    {
      Type: fc.constant('DeviceCommand'),
      Id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.uuid()),
      State: fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
    },
    { requiredKeys: [] },
  ),
  fc.record({ Type: fc.oneof(fc.constant('Resource'), fc.constant('Reservation'), fc.string()), Id: fc.uuid() }),
  fc.anything(),
);
const frameArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.array(eventArb, { maxLength: 8 }).map((Events) => JSON.stringify({ Events })),
  fc.record({ Events: fc.anything() }).map((v) => JSON.stringify(v)),
);

function expectedIds(text: string | null): string[] {
  let json: unknown;
  try {
    json = text === null ? undefined : JSON.parse(text);
  } catch {
    return [];
  }
  const events = (json as { Events?: unknown })?.Events;
  if (!json || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(events)) return [];
  return events
    .filter(
      (e): e is { Type: string; Id: string } =>
        !!e &&
        typeof e === 'object' &&
        (e as { Type?: unknown }).Type === 'DeviceCommand' &&
        typeof (e as { Id?: unknown }).Id === 'string' &&
        (e as { Id: string }).Id.length > 0,
    )
    .filter((e) => {
      const s = (e as { State?: unknown }).State;
      return s === undefined || typeof s === 'string';
    })
    .map((e) => e.Id);
}

describe('fuzz: Mews WebSocket frames', () => {
  it('the frame handler never throws and emits only DeviceCommand events with string Ids', () => {
    const socket = new MewsSocket({
      url: 'ws://127.0.0.1:9/ws/connector',
      credentials: () => ({ ...TOKENS, client: 'fuzz' }),
      log: silentLogger(),
    });
    const onFrame = handlerOf(socket);
    let got: CommandEvent[] = [];
    socket.on('commands', (evs) => got.push(...evs));
    fc.assert(
      fc.property(fc.option(frameArb, { nil: null }), (text) => {
        got = [];
        expect(() => onFrame(text)).not.toThrow();
        for (const e of got) {
          expect(typeof e.id).toBe('string');
          expect(e.id.length).toBeGreaterThan(0);
          expect(e.state === null || typeof e.state === 'string').toBe(true);
        }
        expect(got.map((e) => e.id)).toEqual(expectedIds(text));
      }),
      { seed: 4242, numRuns: 500 },
    );
    expect(socket.framesReceived).toBeGreaterThanOrEqual(500);
  });

  describe('over a real loopback WebSocket', () => {
    let wss: WebSocketServer;
    let server: WebSocket | null = null;
    let socket: MewsSocket;
    const got: CommandEvent[] = [];
    beforeAll(async () => {
      wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise<void>((r) => wss.once('listening', () => r()));
      wss.on('connection', (ws) => {
        ws.on('error', () => undefined);
        server = ws;
      });
      const port = (wss.address() as AddressInfo).port;
      socket = new MewsSocket({
        url: `ws://127.0.0.1:${port}/ws/connector`,
        credentials: () => ({ ...TOKENS, client: 'fuzz' }),
        log: silentLogger(),
        reconnectBaseMs: 20,
        reconnectCapMs: 100,
      });
      socket.on('commands', (evs) => got.push(...evs));
      socket.start();
      await waitFor(() => socket.state.status === 'online' && server !== null, 'socket online');
    });
    afterAll(async () => {
      socket?.stop();
      for (const c of wss?.clients ?? []) c.terminate();
      await new Promise<void>((r) => (wss ? wss.close(() => r()) : r()));
    });

    it('stays online through random text and binary frames and still delivers a valid event afterwards', async () => {
      const frames = fc.sample(fc.oneof(frameArb, fc.uint8Array({ maxLength: 64 })), { seed: 4242, numRuns: 200 });
      const before = socket.framesReceived;
      const expected: string[] = [];
      for (const f of frames) {
        if (typeof f === 'string') expected.push(...expectedIds(f));
        server!.send(f, { binary: typeof f !== 'string' });
      }
      const marker = '11111111-2222-3333-4444-555555555555';
      server!.send(JSON.stringify({ Events: [{ Type: 'DeviceCommand', Id: marker, State: 'Pending' }] }));
      await waitFor(() => got.some((e) => e.id === marker), 'marker event after the noise', 10_000);
      expect(socket.framesReceived - before).toBe(frames.length + 1);
      expect(socket.state.status).toBe('online');
      expect(got.map((e) => e.id)).toEqual([...expected, marker]);
    });
  });
});
