import type { ConnectionConfig } from '../../config/schema.js';
import { createTransport, type ByteTransport } from '../../transport/index.js';
import { listenTcp, type TcpListener } from '../lock/tcp-listener.js';
import { transportSession } from '../lock/transport-session.js';
import { FiasLink, type FiasLinkOptions, type FiasLinkState } from './fias-link.js';
import { msg, type Message } from '../../i18n/note.js';

/**
 * One FIAS link per endpoint, shared by every encoder device that uses it: a lock server such as
 * Kaba Messenger connects once to the PMS port and serves all its encoders over that link.
 */
export interface LinkLease {
  readonly link: FiasLink;
  /** Where the link is, in English for logs and status: `192.168.1.20:5010`, `port 5010`, `serial port /dev/ttyUSB0`. */
  readonly endpoint: string;
  /** The same for notes, in the note's language. */
  readonly where: Message | string;
  /** True when the lock system connects to us (`tcp-listen`): until it first does, the link is waiting, not broken. */
  readonly listening: boolean;
  /** Why the endpoint cannot work (e.g. the port is taken), as a note's sentence, or null. */
  problem(): Message | null;
  onChange(listener: (s: FiasLinkState) => void): () => void;
  release(): Promise<void>;
}

interface Pooled {
  link: FiasLink;
  refs: number;
  problem: Message | null;
  listeners: Set<(s: FiasLinkState) => void>;
  stop: () => Promise<void>;
  ready: Promise<void>;
}

const pool = new Map<string, Pooled>();

export function endpointKey(c: ConnectionConfig): string {
  return c.type === 'serial' ? `serial:${c.path}` : `${c.type}:${c.host}:${c.port}`;
}

export function describeEndpoint(c: ConnectionConfig): string {
  if (c.type === 'serial') return `serial port ${c.path}`;
  if (c.type === 'tcp-listen') return `port ${c.port}`;
  return `${c.host}:${c.port}`;
}

/** `describeEndpoint` for notes: a serial port or listening port in words of the note's language, an address as it is. */
export function endpointWords(c: ConnectionConfig): Message | string {
  if (c.type === 'serial') return msg('fias.endpointSerial', { path: c.path });
  if (c.type === 'tcp-listen') return msg('fias.endpointPort', { port: String(c.port) });
  return `${c.host}:${c.port}`;
}

export async function leaseLink(c: ConnectionConfig, opts: Omit<FiasLinkOptions, 'onChange'>): Promise<LinkLease> {
  const key = endpointKey(c);
  let p = pool.get(key);
  if (!p) {
    const listeners = new Set<(s: FiasLinkState) => void>();
    const link = new FiasLink({ ...opts, onChange: (s) => listeners.forEach((l) => l(s)) });
    const entry: Pooled = { link, refs: 0, problem: null, listeners, stop: async () => {}, ready: Promise.resolve() };
    entry.ready = open(c, link, entry, opts.log);
    pool.set(key, entry);
    p = entry;
  }
  p.refs++;
  await p.ready;
  const entry = p;
  let released = false;
  return {
    link: entry.link,
    endpoint: describeEndpoint(c),
    where: endpointWords(c),
    listening: c.type === 'tcp-listen',
    problem: () => entry.problem,
    onChange: (l) => {
      entry.listeners.add(l);
      return () => entry.listeners.delete(l);
    },
    release: async () => {
      if (released) return;
      released = true;
      if (--entry.refs > 0) return;
      pool.delete(key);
      await entry.stop();
    },
  };
}

async function open(c: ConnectionConfig, link: FiasLink, entry: Pooled, log: FiasLinkOptions['log']): Promise<void> {
  if (c.type === 'tcp-listen') {
    let listener: TcpListener | null = null;
    try {
      listener = await listenTcp(c.host, c.port, (stream) => link.attach(stream), {
        allowedPeers: c.allowedPeers,
        onRefused: (peer) => log?.('Refused a lock-system connection from a peer not in allowedPeers', { peer, port: c.port }),
      });
    } catch (e) {
      entry.problem = msg('fias.cannotListen', { address: `${c.host}:${c.port}`, reason: listenFailure(e) });
    }
    entry.stop = async () => {
      await link.close();
      await listener?.close();
    };
    return;
  }
  const t: ByteTransport = createTransport(c, { connectTimeoutMs: 5000, maxDelayMs: 10_000 });
  t.onState((s) => {
    if (s.connected) link.attach(transportSession(t));
  });
  entry.stop = async () => {
    await link.close();
    await t.close();
  };
  await t.open();
}

/** Why a port cannot be listened on, in words staff can pass on (a code Node gives: taken, not allowed); else Node's own text. */
function listenFailure(e: unknown): Message | string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return msg('fias.portInUse');
  if (code === 'EACCES' || code === 'EPERM') return msg('fias.portNotAllowed');
  if (code === 'EADDRNOTAVAIL') return msg('fias.addressNotHere');
  return (e as Error).message;
}
