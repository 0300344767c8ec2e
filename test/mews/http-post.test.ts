import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { httpPost } from '../../src/mews/http-post.js';

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = null;
});

async function serve(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function text(body: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString('utf8');
}

describe('httpPost (the Connector API transport)', () => {
  it('sends the JSON body with its headers and gives the status, headers (any case) and body', async () => {
    let seen: { method?: string; type?: string; length?: string; body?: string } = {};
    const url = await serve((req, body, res) => {
      seen = { method: req.method, type: req.headers['content-type'], length: req.headers['content-length'], body };
      res.writeHead(429, { 'Retry-After': '7', 'Request-Id': 'r-1' }).end('{"Message":"slow down"}');
    });
    const body = JSON.stringify({ Name: 'Příliš žluťoučký kůň' });
    const a = await httpPost(`${url}/api/connector/v1/commands/update`, { 'Content-Type': 'application/json' }, body);
    expect(seen).toEqual({ method: 'POST', type: 'application/json', length: String(Buffer.byteLength(body)), body });
    expect(a.status).toBe(429);
    expect(a.ok).toBe(false);
    expect(a.header('retry-after')).toBe('7');
    expect(a.header('Request-Id')).toBe('r-1');
    expect(a.header('X-Missing')).toBeNull();
    expect(await text(a.body)).toBe('{"Message":"slow down"}');
  });

  it('decompresses gzip and deflate answers (it offers both)', async () => {
    const json = JSON.stringify({ Commands: Array.from({ length: 200 }, (_, i) => ({ Id: String(i) })) });
    let offered = '';
    const url = await serve((req, _body, res) => {
      offered = String(req.headers['accept-encoding']);
      const enc = req.url!.endsWith('gzip') ? 'gzip' : 'deflate';
      res.writeHead(200, { 'Content-Encoding': enc }).end(enc === 'gzip' ? gzipSync(json) : deflateSync(json));
    });
    for (const enc of ['gzip', 'deflate']) {
      const a = await httpPost(`${url}/${enc}`, {}, '{}');
      expect(a.ok).toBe(true);
      expect(await text(a.body)).toBe(json);
    }
    expect(offered).toBe('gzip, deflate');
  });

  it("rejects with Node's error code when nothing listens, and stops reading when aborted", async () => {
    const url = await serve((_req, _body, res) => {
      res.writeHead(200);
      res.write('{"Commands": ['); // and never ends
    });
    const spare = createServer();
    await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
    const closed = `http://127.0.0.1:${(spare.address() as AddressInfo).port}`;
    await new Promise((r) => spare.close(r));
    await expect(httpPost(closed, {}, '{}')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const ac = new AbortController();
    const a = await httpPost(url, {}, '{}', ac.signal);
    const reading = text(a.body);
    ac.abort(new Error('stop'));
    await expect(reading).rejects.toThrow();
  });
});
