import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A small promise API over `@sealsystems/ipp` for the operations the system printer driver needs,
 * against the local CUPS server or an IPP Everywhere printer directly.
 *
 * Protocol facts: RFC 8011 (IPP/1.1 model: Print-Job, Get-Job-Attributes, Cancel-Job,
 * Get-Printer-Attributes), CUPS Implementation of IPP (CUPS-Get-Printers 0x4002, CUPS-Get-Default
 * 0x4001, resource paths `/printers/<queue>`), PWG 5100.14 (IPP Everywhere).
 */

/** The part of `@sealsystems/ipp` used here (the package ships no types; see its README and lib/printer.js). */
interface IppLib {
  Printer(
    url: Record<string, unknown>,
    opts: { uri: string; timeout: number },
  ): { execute(operation: string, message: Record<string, unknown>, cb: (err: Error | null, res: IppMessage) => void): void };
}

/** A decoded IPP message: `statusCode` (keyword) and one object per attribute group tag. */
interface IppMessage {
  statusCode?: string;
  [group: string]: unknown;
}

/** Loaded by the first IPP request, not at start: a bridge without a system printer never needs it (nor moment.js under it). */
let ippLib: IppLib | null = null;
function ipp(): IppLib {
  return (ippLib ??= createRequire(import.meta.url)('@sealsystems/ipp') as IppLib);
}

/** Where an IPP request goes: an HTTP endpoint plus the `printer-uri` named inside the request. */
export interface IppTarget {
  /** Passed to `http.request`: `{ protocol, host, port, path }` or `{ socketPath, path }`. */
  http: { protocol: 'http:' | 'https:'; host?: string; port?: number; socketPath?: string; path: string };
  /** Value of the `printer-uri` operation attribute. */
  printerUri: string;
  /** For messages: "CUPS at 127.0.0.1:631" or "ipp://10.0.0.5/ipp/print". */
  label: string;
}

/** The CUPS server this process should talk to (the standard `CUPS_SERVER` variable, as `lp` uses it). */
export interface CupsServer {
  host?: string;
  port?: number;
  socketPath?: string;
  label: string;
  /** Where it is, for notes: `127.0.0.1:631`, a socket path named by `CUPS_SERVER`, `localhost:631`; null for CUPS's own local socket. */
  address: string | null;
}

const DEFAULT_SOCKETS = ['/run/cups/cups.sock', '/var/run/cups/cups.sock', '/private/var/run/cupsd'];

/**
 * Reads `CUPS_SERVER` (`host`, `host:port`, `[v6]:port`, or a `/path/to/socket`; a trailing
 * `/version=…` is ignored, as libcups does). Unset: CUPS's local domain socket when it exists,
 * else `localhost:631`.
 */
export function cupsServer(env: NodeJS.ProcessEnv = process.env, socketExists: (p: string) => boolean = existsSync): CupsServer {
  const raw = (env.CUPS_SERVER ?? '').trim().replace(/\/version=[\d.]+$/, '');
  if (raw.startsWith('/')) return { socketPath: raw, label: `CUPS at ${raw}`, address: raw };
  if (raw) {
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw) ?? /^([^:]+)(?::(\d+))?$/.exec(raw);
    if (m) {
      const port = m[2] ? Number(m[2]) : 631;
      const address = raw.includes(':') ? raw : `${raw}:631`;
      return { host: m[1]!, port, label: `CUPS at ${address}`, address };
    }
  }
  const sock = DEFAULT_SOCKETS.find((p) => socketExists(p));
  if (sock) return { socketPath: sock, label: 'the CUPS print service on this computer', address: null };
  return { host: 'localhost', port: 631, label: 'the CUPS print service on this computer (localhost:631)', address: 'localhost:631' };
}

/** A target for the CUPS server itself (`/`) or one of its queues (`/printers/<queue>`). */
export function cupsTarget(server: CupsServer, queue?: string): IppTarget {
  const path = queue === undefined ? '/' : `/printers/${encodeURIComponent(queue)}`;
  const host = server.host ? (server.host.includes(':') ? `[${server.host}]` : server.host) : 'localhost';
  const http = server.socketPath
    ? { protocol: 'http:' as const, socketPath: server.socketPath, path }
    : { protocol: 'http:' as const, host: server.host, port: server.port, path };
  return { http, printerUri: `ipp://${host}${server.port && server.port !== 631 ? `:${server.port}` : ''}${path}`, label: server.label };
}

/** A target for an `ipp://` / `ipps://` printer address (IPP Everywhere, no driver). */
export function directTarget(uri: string): IppTarget {
  const u = new URL(uri);
  if (u.protocol !== 'ipp:' && u.protocol !== 'ipps:') throw new Error(`not an ipp:// or ipps:// address: ${uri}`);
  const secure = u.protocol === 'ipps:';
  return {
    http: {
      protocol: secure ? 'https:' : 'http:',
      host: u.hostname.replace(/^\[|\]$/g, ''),
      port: u.port ? Number(u.port) : 631,
      path: (u.pathname || '/') + u.search,
    },
    printerUri: uri,
    label: uri,
  };
}

/** The server or printer could not be reached at all (refused, no such socket, timeout). */
export class IppUnreachableError extends Error {
  constructor(
    readonly target: string,
    override readonly cause: Error,
  ) {
    super(`${target} cannot be reached (${(cause as NodeJS.ErrnoException).code ?? cause.message})`);
    this.name = 'IppUnreachableError';
  }
}

/** The server answered with an IPP error status (RFC 8011 §13.1), e.g. `client-error-not-found`. */
export class IppStatusError extends Error {
  constructor(
    readonly status: string,
    readonly statusMessage: string | null,
  ) {
    super(statusMessage ? `${status}: ${statusMessage}` : status);
    this.name = 'IppStatusError';
  }
}

/** One attribute group as decoded: attribute name → value (single values unwrapped, sets as arrays). */
export type IppAttributes = Record<string, unknown>;

export interface IppResponse {
  status: string;
  operation: IppAttributes;
  printers: IppAttributes[];
  jobs: IppAttributes[];
}

export interface IppCall {
  operation: string;
  /** Operation attributes after charset, language and printer-uri (e.g. `job-id`, `requested-attributes`). */
  operationAttributes?: IppAttributes;
  /** Job template attributes (`copies`, `media`, `sides`, …). */
  jobAttributes?: IppAttributes;
  /** Document data (Print-Job). */
  data?: Buffer;
  timeoutMs?: number;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
]);

/**
 * Sends one IPP request. Resolves for `successful-*` statuses; rejects with IppStatusError for
 * others, IppUnreachableError when nothing answered, or the library's error for a malformed reply.
 */
export function ippRequest(target: IppTarget, call: IppCall): Promise<IppResponse> {
  const printer = ipp().Printer({ ...target.http, headers: {} }, { uri: target.printerUri, timeout: call.timeoutMs ?? 30_000 });
  const message: Record<string, unknown> = {
    'operation-attributes-tag': { 'requesting-user-name': 'mews-device-bridge', ...call.operationAttributes },
  };
  if (call.jobAttributes && Object.keys(call.jobAttributes).length > 0) message['job-attributes-tag'] = call.jobAttributes;
  if (call.data) message.data = call.data;
  return new Promise((resolve, reject) => {
    printer.execute(call.operation, message, (err, res) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if ((code && UNREACHABLE.has(code)) || /unexpected response status (5\d\d|404)/.test(err.message))
          return reject(new IppUnreachableError(target.label, err));
        return reject(err);
      }
      const status = res.statusCode ?? 'unknown';
      const operation = (res['operation-attributes-tag'] ?? {}) as IppAttributes;
      if (!status.startsWith('successful'))
        return reject(new IppStatusError(status, typeof operation['status-message'] === 'string' ? operation['status-message'] : null));
      resolve({ status, operation, printers: groups(res['printer-attributes-tag']), jobs: groups(res['job-attributes-tag']) });
    });
  });
}

function groups(g: unknown): IppAttributes[] {
  if (g === undefined || g === null) return [];
  return (Array.isArray(g) ? g : [g]) as IppAttributes[];
}

/** A set-of attribute as an array (the library unwraps one-element sets). */
export function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** A single-valued attribute as a string, or null. */
export function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return String(Array.isArray(v) ? v[0] : v);
}
