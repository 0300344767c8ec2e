import { request as httpRequest, type Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import { createGunzip, createInflate } from 'node:zlib';

/**
 * One HTTP POST over Node's own `http`/`https` modules, for the Connector API.
 *
 * Why not the global `fetch`: in Node 20 the first `fetch` loads undici and compiles its llhttp
 * WebAssembly parser, which costs an idle bridge 14–19 MB of resident memory (and varies from run to
 * run with the background compilation); `node:http` costs about 4 MB. Measured with `npm run bench --
 * footprint` and a plain script doing 20 POSTs each way (docs/ARCHITECTURE.md, "Footprint").
 *
 * Connections are kept alive in the caller's `PostAgents` (idle sockets never keep the process alive); destroying
 * them ends the connections, so a stopped bridge leaves no socket behind. Redirects are not followed: a 3xx is an answer like any other.
 */
export interface PostAnswer {
  status: number;
  /** 200–299. */
  ok: boolean;
  /** A response header by name (any case); null when absent. Repeated headers come joined with ", ". */
  header(name: string): string | null;
  /** The body bytes, decompressed when the server sent `Content-Encoding: gzip` or `deflate`. Read it once. */
  body: AsyncIterable<Uint8Array>;
}

/** Keep-alive connection pools for `httpPost`, one per client; `destroy()` both to close their connections. */
export interface PostAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

/**
 * POSTs `body` to `url` (`http:` or `https:`), resolving once the status line and headers arrive.
 * `signal` aborts the request and the reading of its body (the error is then an `AbortError`).
 * Rejects with Node's network error (its `code`: `ECONNREFUSED`, `ENOTFOUND`, TLS codes, …).
 */
export function httpPost(
  url: string,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
  agents?: PostAgents,
): Promise<PostAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  const bytes = Buffer.from(body);
  return new Promise<PostAnswer>((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(bytes.length), 'Accept-Encoding': 'gzip, deflate' },
        signal,
        agent: agents ? (secure ? agents.https : agents.http) : undefined,
      },
      (res) => resolve(answer(res, signal)),
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

function answer(res: IncomingMessage, signal?: AbortSignal): PostAnswer {
  const status = res.statusCode ?? 0;
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const decoder = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : null;
  let body: AsyncIterable<Uint8Array> = res;
  if (decoder) {
    res.on('error', (err) => decoder.destroy(err));
    signal?.addEventListener('abort', () => decoder.destroy(signal.reason as Error), { once: true });
    body = res.pipe(decoder);
  }
  return {
    status,
    ok: status >= 200 && status < 300,
    header(name) {
      const v = res.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
    },
    body,
  };
}
