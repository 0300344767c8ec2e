import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { once } from 'node:events';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApiFailure, newRequestId, OPERATIONS } from './connector-api.js';
import { FaultPlan } from './fault-plan.js';
import { FakeMewsStore, HUGE_MARK, type FakeCommand } from './fake-mews-store.js';
import { handleControl } from './handle-control.js';

export interface FakeMewsOptions {
  host?: string;
  port?: number;
  clientToken: string;
  accessToken: string;
  /** Requests per AccessToken per 30 s sliding window (Mews: 200). */
  rateLimit?: number;
  /** Mix Reservation/Resource events into frames, as a real enterprise would. */
  noiseEvents?: boolean;
  /** Serve the test control API under /_control (loopback only). */
  control?: boolean;
  /** Added to every API answer, in ms (a Mews round trip); `faults.latencyMs` changes it later. */
  latencyMs?: number;
}

/** How the fake's rate limit was met, for tests and benchmarks. */
export interface RateLimitStats {
  /** 429 answers sent (the limit, or an injected 429 fault). */
  tooMany: number;
  /** Requests that arrived while their client (the `Client` field) was inside a Retry-After it had been given. */
  insideRetryAfter: number;
}

export interface FakeMews {
  url: string;
  store: FakeMewsStore;
  faults: FaultPlan;
  /** Requests received per operation path. */
  requests: Map<string, number>;
  /** Requests received per `Client` value (several bridges on one token tell themselves apart by it). */
  requestsByClient: Map<string, number>;
  limits: RateLimitStats;
  /** Close every WebSocket (clients should reconnect). */
  dropSockets(): void;
  /** Send this text as one frame on every WebSocket (for tests of odd or oversized frames). */
  sendFrame(text: string): void;
  socketCount(): number;
  /** WebSocket handshakes asked for since start, accepted or not (a bridge without tokens must ask for none). */
  socketAttempts(): number;
  close(): Promise<void>;
}

const API_PREFIX = '/api/connector/v1/';

export async function startFakeMews(opts: FakeMewsOptions): Promise<FakeMews> {
  const store = new FakeMewsStore();
  const faults = new FaultPlan();
  const requests = new Map<string, number>();
  const requestsByClient = new Map<string, number>();
  const limits: RateLimitStats = { tooMany: 0, insideRetryAfter: 0 };
  /** Per Client: when the last Retry-After it was given ends (ms since epoch). */
  const retryAfterUntil = new Map<string, number>();
  if (opts.latencyMs) faults.latencyMs = opts.latencyMs;
  const windows = new Map<string, number[]>();
  const limit = opts.rateLimit ?? 200;
  const sockets = new Set<WebSocket>();
  const rawSockets = new Set<Socket>();
  const wss = new WebSocketServer({ noServer: true });

  const server: Server = createServer((req, res) => {
    void handleHttp(req, res).catch((err) => send(res, 500, { Message: String(err), RequestId: newRequestId() }));
  });
  server.on('connection', (s) => {
    rawSockets.add(s);
    s.on('close', () => rawSockets.delete(s));
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if (opts.control && url.startsWith('/_control/')) return handleControl(req, res, { store, faults, dropSockets });
    if (!url.startsWith(API_PREFIX)) return send(res, 404, { Message: 'Not found', RequestId: newRequestId() });
    const path = url.slice(API_PREFIX.length);
    const op = OPERATIONS[path];
    if (req.method !== 'POST' || !op) return send(res, 404, { Message: 'Not found', RequestId: newRequestId() });
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const arrivedAt = Date.now();
    const raw = await readBody(req);
    const client = clientOf(raw);
    requestsByClient.set(client, (requestsByClient.get(client) ?? 0) + 1);
    if (arrivedAt < (retryAfterUntil.get(client) ?? 0)) limits.insideRetryAfter++;
    const tooMany = (retryAfter: number | undefined) => {
      limits.tooMany++;
      if (retryAfter !== undefined) retryAfterUntil.set(client, Math.max(retryAfterUntil.get(client) ?? 0, Date.now() + retryAfter * 1000));
    };

    if (faults.hangNext > 0) {
      faults.hangNext--;
      return; // never answered; the client's timeout must cope
    }
    if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
    const fault = faults.takeHttpFault(path);
    if (fault) {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      if (fault.status === 429) tooMany(fault.retryAfter);
      const msg = fault.status === 429 ? 'Too many requests.' : 'Something went wrong on our end.';
      return send(res, fault.status, { Message: msg, RequestId: newRequestId(), Details: null }, headers);
    }
    if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
      return send(res, 400, { Message: 'Invalid JSON.', RequestId: newRequestId() });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error();
    } catch {
      return send(res, 400, { Message: 'Invalid JSON.', RequestId: newRequestId() });
    }
    if (body.ClientToken !== opts.clientToken || body.AccessToken !== opts.accessToken)
      return send(res, 401, { Message: 'Invalid ClientToken or AccessToken.', RequestId: newRequestId() });
    if (typeof body.Client !== 'string' || !body.Client) return send(res, 400, { Message: 'Invalid Client.', RequestId: newRequestId() });
    const retryAfter = rateLimited(body.AccessToken);
    if (retryAfter !== null) {
      tooMany(retryAfter);
      return send(res, 429, { Message: 'Too many requests.', RequestId: newRequestId() }, { 'Retry-After': String(retryAfter) });
    }
    try {
      const result = op(store, body);
      if (req.headers.prefer === 'return=minimal' && isEmpty(result)) {
        res.writeHead(204, { 'Request-Id': newRequestId() });
        return void res.end();
      }
      send(res, 200, result);
    } catch (e) {
      if (e instanceof ApiFailure) return send(res, e.status, { Message: e.message, RequestId: newRequestId(), Details: null });
      throw e;
    }
  }

  function rateLimited(token: string): number | null {
    const now = Date.now();
    const w = (windows.get(token) ?? []).filter((t) => t > now - 30_000);
    windows.set(token, w);
    if (w.length >= limit) return Math.max(1, Math.ceil((w[0]! + 30_000 - now) / 1000));
    w.push(now);
    return null;
  }

  let socketAttempts = 0;
  server.on('upgrade', (req, socket, head) => {
    socketAttempts++;
    socket.on('error', () => undefined);
    if (req.url !== '/ws/connector') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (!cookieAuthOk(req.headers.cookie, opts.clientToken, opts.accessToken)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('error', () => undefined);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  store.onChange((c: FakeCommand) => {
    if (faults.dropEvents) return;
    const events: unknown[] = [{ Type: 'DeviceCommand', Id: c.Id, State: c.State }];
    if (opts.noiseEvents)
      events.unshift(
        { Type: 'Resource', Id: newRequestId(), State: 'Dirty' },
        {
          Type: 'PriceUpdate',
          Id: newRequestId(),
          StartUtc: c.CreatedUtc,
          EndUtc: c.CreatedUtc,
          RateId: newRequestId(),
          ResourceCategoryId: null,
        },
      );
    const frame = JSON.stringify({ Events: events });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(frame);
  });

  function dropSockets(): void {
    for (const ws of sockets) ws.terminate();
    sockets.clear();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.address}:${addr.port}`;

  return {
    url,
    store,
    faults,
    requests,
    requestsByClient,
    limits,
    dropSockets,
    sendFrame: (text) => {
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
    },
    socketCount: () => sockets.size,
    socketAttempts: () => socketAttempts,
    close: async () => {
      dropSockets();
      wss.close();
      for (const s of rawSockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Exactly the documented form: `ClientToken=…; AccessToken=…`, no spaces around `=`. */
export function cookieAuthOk(header: string | undefined, clientToken: string, accessToken: string): boolean {
  if (!header) return false;
  const pairs = new Map<string, string>();
  for (const part of header.split(';')) {
    const piece = part.replace(/^ /, '');
    const eq = piece.indexOf('=');
    if (eq <= 0) return false;
    const name = piece.slice(0, eq);
    const value = piece.slice(eq + 1);
    if (name !== name.trim() || value !== value.trim()) return false;
    pairs.set(name, value);
  }
  return pairs.get('ClientToken') === clientToken && pairs.get('AccessToken') === accessToken;
}

/** The request's `Client` field, or '' when the body is not a JSON object with one. */
function clientOf(raw: string): string {
  try {
    const c = (JSON.parse(raw) as { Client?: unknown } | null)?.Client;
    return typeof c === 'string' ? c : '';
  } catch {
    return '';
  }
}

const isEmpty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const requestId = (body as { RequestId?: string })?.RequestId ?? newRequestId();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Request-Id': requestId, ...headers });
  const text = JSON.stringify(body);
  if (!text.includes('\\u0000huge:')) return void res.end(text);
  void streamHuge(res, text).catch(() => res.destroy());
}

/** Writes `text` with each huge-document mark expanded to its length of "A", in 64 KiB pieces, minding backpressure. */
async function streamHuge(res: ServerResponse, text: string): Promise<void> {
  const mark = JSON.stringify(HUGE_MARK).slice(1, -1);
  const piece = Buffer.alloc(64 * 1024, 'A');
  const parts = text.split(new RegExp(`${mark.replace(/\\/g, '\\\\')}(\\d+)`));
  for (let i = 0; i < parts.length; i++) {
    if (res.destroyed) return;
    if (i % 2 === 0) {
      if (!res.write(parts[i]!)) await drained(res);
      continue;
    }
    for (let left = Number(parts[i]); left > 0 && !res.destroyed; left -= piece.length)
      if (!res.write(left >= piece.length ? piece : piece.subarray(0, left))) await drained(res);
  }
  res.end();
}

/** Room to write again, or the client went away (then the caller's `res.destroyed` check stops the loop). */
async function drained(res: ServerResponse): Promise<void> {
  if (res.destroyed) return;
  const ac = new AbortController();
  await Promise.race([once(res, 'drain', { signal: ac.signal }), once(res, 'close', { signal: ac.signal })]).catch(() => undefined);
  ac.abort();
}
