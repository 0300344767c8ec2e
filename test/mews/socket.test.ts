import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { MewsSocket, type CommandEvent, type SocketState } from '../../src/mews/mews-socket.js';
import { cookieAuthOk } from '../../src/sim/fake-mews/server.js';
import { silentLogger } from '../../src/util/logger.js';
import { waitFor } from '../helpers/wait-for.js';

/** A bare WebSocket server so the test controls every frame and the ping behaviour. */
async function wsServer(opts: { answerPings?: boolean } = {}) {
  const server = createServer();
  const wss = new WebSocketServer({ server, path: '/ws/connector', autoPong: opts.answerPings ?? true });
  const cookies: (string | undefined)[] = [];
  const clients: WebSocket[] = [];
  wss.on('connection', (ws, req: IncomingMessage) => {
    cookies.push(req.headers.cookie);
    clients.push(ws);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws/connector`;
  return {
    url,
    cookies,
    clients,
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => r());
      }),
  };
}

describe('Mews WebSocket client', () => {
  let socket: MewsSocket | undefined;
  let srv: Awaited<ReturnType<typeof wsServer>> | undefined;
  afterEach(async () => {
    socket?.stop();
    await srv?.close();
  });

  const open = (url: string, extra: Partial<ConstructorParameters<typeof MewsSocket>[0]> = {}) => {
    socket = new MewsSocket({
      url,
      credentials: () => ({ clientToken: 'CT-123', accessToken: 'AT-456', client: 'x' }),
      log: silentLogger(),
      reconnectBaseMs: 30,
      reconnectCapMs: 200,
      ...extra,
    });
    const events: CommandEvent[] = [];
    const states: SocketState[] = [];
    socket.on('commands', (e) => events.push(...e));
    socket.on('state', (s) => states.push(s));
    socket.start();
    return { events, states };
  };

  it('sends both tokens as one Cookie header with no spaces around =', async () => {
    srv = await wsServer();
    open(srv.url);
    await waitFor(() => srv!.cookies.length === 1, 'connection');
    expect(srv.cookies[0]).toBe('ClientToken=CT-123; AccessToken=AT-456');
    expect(cookieAuthOk(srv.cookies[0], 'CT-123', 'AT-456')).toBe(true);
    expect(cookieAuthOk('ClientToken = CT-123; AccessToken=AT-456', 'CT-123', 'AT-456')).toBe(false);
    expect(cookieAuthOk('ClientToken=CT-123', 'CT-123', 'AT-456')).toBe(false);
  });

  it('takes DeviceCommand events from mixed frames and survives garbage', async () => {
    srv = await wsServer();
    const { events } = open(srv.url);
    await waitFor(() => srv!.clients.length === 1, 'connection');
    const ws = srv.clients[0]!;
    ws.send('this is not json');
    ws.send(JSON.stringify({ NoEvents: true }));
    ws.send(Buffer.from([0xff, 0x00, 0x12]), { binary: true });
    ws.send(JSON.stringify({ Events: [{ Type: 'DeviceCommand' }, { Type: 'Teleport', Id: 'x' }, null, 42] }));
    ws.send(
      JSON.stringify({
        Events: [
          { Type: 'Reservation', Id: 'r1', State: 'Processed', StartUtc: '2016-02-20T13:00:00Z', EndUtc: '2016-02-22T11:00:00Z' },
          { Type: 'DeviceCommand', Id: 'c1', State: 'Pending' },
          { Type: 'Resource', Id: 'res', State: 'Dirty' },
          { Type: 'DeviceCommand', Id: 'c2', State: 'Received' },
        ],
      }),
    );
    await waitFor(() => events.length === 2, 'two command events');
    expect(events).toEqual([
      { id: 'c1', state: 'Pending' },
      { id: 'c2', state: 'Received' },
    ]);
    expect(socket!.badFrames).toBe(3);
    expect(socket!.state.status).toBe('online');
  });

  it('reconnects after the server drops it', async () => {
    srv = await wsServer();
    const { states } = open(srv.url);
    await waitFor(() => srv!.clients.length === 1, 'first connection');
    srv.clients[0]!.terminate();
    await waitFor(() => srv!.clients.length === 2, 'second connection');
    await waitFor(() => socket!.state.status === 'online', 'online again');
    expect(states.map((s) => s.status)).toEqual(['connecting', 'online', 'offline', 'connecting', 'online']);
  });

  it('detects a dead peer that stops answering pings', async () => {
    srv = await wsServer({ answerPings: false });
    const { states } = open(srv.url, { pingIntervalMs: 50, pongTimeoutMs: 100 });
    await waitFor(() => states.some((s) => s.status === 'offline' && /pong/.test(s.reason ?? '')), 'offline for missing pong');
  });

  it('reports offline with a reason when nothing listens', async () => {
    srv = await wsServer();
    const url = srv.url;
    await srv.close();
    srv = undefined;
    const { states } = open(url);
    await waitFor(() => states.some((s) => s.status === 'offline'), 'offline');
    expect(states.find((s) => s.status === 'offline')!.reason).toMatch(/^Cannot reach Mews: 127\.0\.0\.1:\d+ refused the connection/);
  });
});
