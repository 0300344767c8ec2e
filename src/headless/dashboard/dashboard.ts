import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { BridgeApi, BridgeEvent } from '../../bridge/api.js';
import { isLoopbackHost } from './is-loopback-host.js';
import { callApi, RpcRefused } from '../../bridge/api-args.js';
import { staticHandler } from './static-handler.js';
import { newToken, tokenMatches } from './token.js';
import { publicSnapshot } from '../../bridge/views.js';
import { wsText } from '../../util/ws-text.js';

export interface DashboardLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface DashboardOptions {
  api: BridgeApi;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Listening on a non-loopback address must be asked for explicitly. */
  allowRemote?: boolean;
  /** Built renderer; defaults to the project's `dist-renderer/` (or one in the working directory). */
  staticDir?: string;
  log?: DashboardLog;
  /** The access token (headless mode keeps one in the data folder); a random one otherwise. */
  token?: string;
  /** Where the full link is kept, told to a browser that arrives without the token. */
  linkFile?: string;
  /** Writes a diagnostics bundle and returns its path; served at `GET /api/diagnostics` (token needed). */
  diagnostics?: () => Promise<string>;
  /** Serves `GET /metrics` (Prometheus text format): with the dashboard token, or to anyone when `public`. */
  metrics?: { scrape(): Promise<{ contentType: string; body: string }>; public: boolean };
}

export interface Dashboard {
  /** Base URL, without the token. Open `${url}#token=${token}` in a browser. */
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Wire format of the `/api/ws` socket. */
export type ClientMessage = { id: number; method: string; args: unknown[] };
export type ServerMessage = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { event: BridgeEvent };

const clientMessage = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  args: z.array(z.unknown()).max(8).default([]),
});

const MAX_FRAME_BYTES = 1024 * 1024;
/** A client that cannot keep up is dropped; it reconnects and starts from a fresh snapshot. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

const quiet: DashboardLog = { info() {}, warn() {}, error() {} };

export async function startDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const { api } = opts;
  const host = opts.host ?? '127.0.0.1';
  const allowRemote = opts.allowRemote ?? false;
  const log = opts.log ?? quiet;
  if (!allowRemote && !isLoopbackHost(host)) {
    throw new Error(
      `Refusing to serve the dashboard on ${host}: it is reachable from other machines. ` +
        'Use 127.0.0.1, or set dashboard.allowRemote to true if that is really wanted.',
    );
  }
  const token = opts.token ?? newToken();
  const serveStatic = staticHandler(opts.staticDir ?? defaultStaticDir());

  const hostAllowed = (req: IncomingMessage): boolean => {
    if (allowRemote) return true;
    // Guards against DNS rebinding: a loopback server only answers to loopback names.
    try {
      return isLoopbackHost(new URL(`http://${req.headers.host ?? ''}`).hostname);
    } catch {
      return false;
    }
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req)) {
      res.writeHead(403).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api/status') {
      if (req.method !== 'GET') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      try {
        const snapshot = await api.getSnapshot();
        // Anyone who can reach the port may read the status: guest and staff names need the dashboard token.
        const full = tokenMatches(token, bearerToken(req));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify(full ? snapshot : publicSnapshot(snapshot)));
      } catch (err) {
        log.error('dashboard: status failed', { err: String(err) });
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'status unavailable' }));
      }
      return;
    }
    if (path === '/metrics' && opts.metrics) {
      if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
      if (!opts.metrics.public && !tokenMatches(token, bearerToken(req))) {
        res.writeHead(401, { 'www-authenticate': 'Bearer realm="mews-device-bridge"', 'content-type': 'text/plain' });
        return void res.end('The dashboard token is needed (Authorization: Bearer …), or set metrics.public.\n');
      }
      const { contentType, body } = await opts.metrics.scrape();
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      return void res.end(body);
    }
    if (path === '/api/printers') {
      if (req.method !== 'GET') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      // The printer list is for the staff's tools: it needs the dashboard token, like the full status.
      if (!tokenMatches(token, bearerToken(req))) {
        res
          .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' })
          .end(JSON.stringify({ error: 'dashboard token required' }));
        return;
      }
      const list = await api.listSystemPrinters();
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(list));
      return;
    }
    if (path === '/api/link-help') {
      // For the page opened without its token: where the link is kept (no secret in it).
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify({ linkFile: opts.linkFile ?? null }));
    }
    if (path === '/api/diagnostics' && opts.diagnostics) {
      if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
      if (!tokenMatches(token, bearerToken(req))) {
        return void res
          .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' })
          .end(JSON.stringify({ error: 'dashboard token required' }));
      }
      const file = await opts.diagnostics();
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${basename(file)}"`,
        'cache-control': 'no-store',
      });
      return void createReadStream(file).pipe(res);
    }
    if (path?.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
      return;
    }
    await serveStatic(req, res);
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err) => {
      log.error('dashboard: request failed', { err: String(err) });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/api/ws') return refuse('404 Not Found');
    if (!hostAllowed(req) || !originAllowed(req)) return refuse('403 Forbidden');
    if (!tokenMatches(token, url.searchParams.get('token'))) {
      log.warn('dashboard: refused a connection without a valid token');
      return refuse('401 Unauthorized');
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws, api, log));
  });

  await new Promise<void>((resolveListen, reject) => {
    const failed = (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `The dashboard port ${opts.port} on ${host} is already in use, probably by another bridge. Open that bridge's dashboard, ` +
                'or start this one with --port <another port> (0 = any free port) and its own --data-dir.',
            )
          : err,
      );
    server.once('error', failed);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', failed);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  log.info('dashboard listening', { url });

  return {
    url,
    token,
    close: () =>
      new Promise<void>((done) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The status without personal data, for callers without the token (monitoring, health checks): no creator,
 * and each command summary cut to its first part ("2 keys · room 206 · Smith" → "2 keys").
 */
function bearerToken(req: IncomingMessage): string | null {
  const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

function defaultStaticDir(): string {
  const projectDir = fileURLToPath(new URL('../../../dist-renderer', import.meta.url));
  const cwdDir = resolve('dist-renderer');
  return existsSync(projectDir) || !existsSync(cwdDir) ? projectDir : cwdDir;
}

function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function serveClient(ws: WebSocket, api: BridgeApi, log: DashboardLog): void {
  const send = (msg: ServerMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(msg));
  };
  const unsubscribe = api.subscribe((event) => send({ event }));
  ws.on('close', unsubscribe);
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, isBinary) => {
    let parsed: z.infer<typeof clientMessage>;
    try {
      if (isBinary) throw new Error('binary');
      parsed = clientMessage.parse(JSON.parse(wsText(data)));
    } catch {
      ws.close(1003, 'bad message');
      return;
    }
    const { id, method, args } = parsed;
    callApi(api, method, args).then(
      (result) => send({ id, ok: true, result: result ?? null }),
      (err: unknown) => {
        if (!(err instanceof RpcRefused)) log.error('dashboard: call failed', { method, err: String(err) });
        send({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
      },
    );
  });
}
