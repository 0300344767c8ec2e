/**
 * A simulated FIAS lock system (think dormakaba Kaba Messenger). It either listens (the bridge
 * connects as a client), connects to the bridge's listening port and reconnects when dropped, or
 * talks over a pty. It starts the link itself (LS, LD, LR…, LA), answers keep-alives, and answers
 * KR/KD with KA. Every key it "encodes" goes into an audit.
 */
import net from 'node:net';
import { ByteQueue } from '../devices/lock/byte-queue.js';
import { openSerialStream } from '../devices/lock/serial-stream.js';
import { socketStream, type LockStream } from '../devices/lock/lock-stream.js';
import { listenTcp, type TcpListener } from '../devices/lock/tcp-listener.js';
import { encodeRecord, readFiasFrame, type FiasField, type FiasRecord } from '../devices/fias/codec.js';
import { FiasLedger, type FiasAuditEntry } from './fias-ledger.js';

export type { FiasAuditEntry } from './fias-ledger.js';

export type FiasSimRole =
  | { role: 'server'; host?: string; port?: number }
  | { role: 'client'; host: string; port: number; reconnectDelayMs?: number }
  | { role: 'pty'; path: string };

export interface FiasSimOptions {
  endpoint: FiasSimRole;
  cardDelayMs?: number;
  /** Start the link (LS, LD, LR, LA) on every new connection (default true). */
  startsLink?: boolean;
  auditFile?: string;
  /** Field list (FL) it declares for KR in its link description. */
  krFieldList?: string;
}

export interface FiasSimHandle {
  readonly address: { host: string; port: number } | { path: string } | null;
  readonly audit: readonly FiasAuditEntry[];
  /** Every record the PMS side sent, in order. */
  readonly received: readonly FiasRecord[];
  /** Number of connections made so far. */
  readonly connections: number;
  readonly linked: boolean;
  cardDelayMs: number;
  /** Answer the next key requests with these AS values (and optional clear text). */
  failNext(status: string, clearText?: string): void;
  /** Encode the next key, then drop the connection half-way through the KA. */
  dropNextAnswer(): void;
  /** Encode the next key and never answer (the connection stays open). */
  swallowNextAnswer(): void;
  /** Answer with the wrong TI once (an answer meant for another request), then the right one. */
  mismatchNextAnswer(): void;
  /** Encode the next key but answer it only with the wrong TI (a lock system echoing the wrong request). */
  mismatchOnlyNextAnswer(): void;
  /** Resolves once the PMS side has answered our link start with LA. */
  waitLinked(timeoutMs?: number): Promise<void>;
  /** Drops the current connection (a client reconnects after its delay). */
  disconnect(): Promise<void>;
  /** Sends LS as a keep-alive / link restart. */
  sendLinkStart(): Promise<void>;
  close(): Promise<void>;
}

const two = (n: number) => String(n).padStart(2, '0');
function stamp(d = new Date()): FiasField[] {
  return [
    ['DA', `${two(d.getFullYear() % 100)}${two(d.getMonth() + 1)}${two(d.getDate())}`],
    ['TI', `${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`],
  ];
}

export async function startFiasSim(o: FiasSimOptions): Promise<FiasSimHandle> {
  const ledger = new FiasLedger(o.auditFile ?? null);
  const received: FiasRecord[] = [];
  const failures: Array<{ status: string; text: string }> = [];
  let drop = false;
  let swallow = false;
  let mismatch = false;
  let mismatchOnly = false;
  let current: LockStream | null = null;
  let connections = 0;
  let linked = false;
  let closed = false;
  const linkWaiters = new Set<() => void>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const wait = (ms: number) => new Promise<void>((r) => (ms > 0 ? later(ms, r) : r()));

  const linkStart = () =>
    Buffer.concat([
      encodeRecord('LS', stamp()),
      encodeRecord('LD', [...stamp(), ['V#', '1.4.2.2'], ['IF', 'DL']]),
      encodeRecord('LR', [
        ['RI', 'KR'],
        ['FL', o.krFieldList ?? 'K#KCKTRNWSDADTG#GNGAGDTIKO'],
      ]),
      encodeRecord('LR', [
        ['RI', 'KD'],
        ['FL', 'KCRNWSDATIG#'],
      ]),
      encodeRecord('LR', [
        ['RI', 'KA'],
        ['FL', 'ASKCWSCTDATIG#$2$3'],
      ]),
      encodeRecord('LA', stamp()),
    ]);

  async function keyAnswer(stream: LockStream, r: FiasRecord): Promise<void> {
    const failure = failures.shift();
    const cardUid = String(30431712 + ledger.audit.length);
    const fields = (status: string, text: string, ti = r.get('TI') ?? ''): FiasField[] => [
      ['AS', status],
      ['CT', text],
      ['KC', r.get('KC') ?? ''],
      ['WS', r.get('WS') ?? ''],
      ['DA', r.get('DA') ?? ''],
      ['TI', ti],
      ['G#', r.get('G#') ?? ''],
      ['$2', failure ? '' : cardUid],
      ['$3', ''],
    ];
    if (failure) {
      await stream.write(encodeRecord('KA', fields(failure.status, failure.text)));
      return;
    }
    await wait(handle.cardDelayMs);
    if (stream.closed) return;
    ledger.record(r.type as 'KR' | 'KD', (id) => r.get(id));
    const ka = encodeRecord('KA', fields('OK', 'OK'));
    if (drop) {
      drop = false;
      await stream.write(ka.subarray(0, Math.ceil(ka.length / 2)));
      await stream.close();
      return;
    }
    if (swallow) {
      swallow = false;
      return;
    }
    if (mismatch || mismatchOnly) {
      await stream.write(encodeRecord('KA', fields('OK', 'OK', '000000')));
      mismatch = false;
      if (mismatchOnly) return void (mismatchOnly = false);
    }
    await stream.write(ka);
  }

  function serve(stream: LockStream): void {
    connections++;
    current = stream;
    linked = false;
    const q = new ByteQueue(stream);
    stream.onClose(() => {
      if (current === stream) {
        current = null;
        linked = false;
      }
      q.dispose();
      if (o.endpoint.role === 'client' && !closed) later(o.endpoint.reconnectDelayMs ?? 100, connectOut);
    });
    if (o.startsLink !== false) void stream.write(linkStart()).catch(() => {});
    void (async () => {
      for (;;) {
        let inc;
        try {
          inc = await q.take(readFiasFrame, Infinity);
        } catch {
          return;
        }
        if (inc.kind !== 'record') continue;
        const r = inc.record;
        received.push(r);
        try {
          if (r.type === 'LS') {
            await stream.write(encodeRecord('LA', stamp()));
            if (o.startsLink === false) {
              linked = true;
              linkWaiters.forEach((w) => w());
            }
          } else if (r.type === 'LA') {
            linked = true;
            linkWaiters.forEach((w) => w());
          } else if (r.type === 'KR' || r.type === 'KD') void keyAnswer(stream, r).catch(() => {});
        } catch {
          // connection gone
        }
      }
    })();
  }

  function connectOut(): void {
    if (closed || o.endpoint.role !== 'client') return;
    const { host, port, reconnectDelayMs } = o.endpoint;
    const socket = net.connect({ host, port });
    socket.once('connect', () => serve(socketStream(socket, `${host}:${port}`)));
    socket.once('error', () => {
      if (socket.connecting || !socket.readyState.includes('open')) {
        socket.destroy();
        if (!closed) later(reconnectDelayMs ?? 100, connectOut);
      }
    });
  }

  let listener: TcpListener | null = null;
  let address: FiasSimHandle['address'];
  if (o.endpoint.role === 'server') {
    listener = await listenTcp(o.endpoint.host ?? '127.0.0.1', o.endpoint.port ?? 0, (s) => {
      if (current && !current.closed) void current.close();
      serve(s);
    });
    address = { host: listener.host, port: listener.port };
  } else if (o.endpoint.role === 'pty') {
    address = { path: o.endpoint.path };
    serve(await openSerialStream(o.endpoint.path));
  } else {
    address = { host: o.endpoint.host, port: o.endpoint.port };
    connectOut();
  }

  const handle: FiasSimHandle = {
    address,
    audit: ledger.audit,
    received,
    get connections() {
      return connections;
    },
    get linked() {
      return linked;
    },
    cardDelayMs: o.cardDelayMs ?? 0,
    failNext: (status, text = '') => void failures.push({ status, text }),
    dropNextAnswer: () => void (drop = true),
    swallowNextAnswer: () => void (swallow = true),
    mismatchNextAnswer: () => void (mismatch = true),
    mismatchOnlyNextAnswer: () => void (mismatchOnly = true),
    waitLinked: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (linked) return resolve();
        const t = setTimeout(() => {
          linkWaiters.delete(done);
          reject(new Error('FIAS sim: link did not come up'));
        }, timeoutMs);
        const done = () => {
          clearTimeout(t);
          linkWaiters.delete(done);
          resolve();
        };
        linkWaiters.add(done);
      }),
    disconnect: async () => {
      await current?.close();
    },
    sendLinkStart: async () => {
      await current?.write(encodeRecord('LS', stamp()));
    },
    close: async () => {
      closed = true;
      for (const t of timers) clearTimeout(t);
      await current?.close().catch(() => {});
      await listener?.close();
    },
  };
  return handle;
}
