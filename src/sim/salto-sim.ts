/**
 * A simulated Salto "PMS Industry Standard" PC interface, over loopback TCP or a pty (the far end of
 * a socat pair). Scriptable failures; every card it "encodes" goes into an audit.
 */
import { ByteQueue } from '../devices/lock/byte-queue.js';
import { openSerialStream } from '../devices/lock/serial-stream.js';
import type { LockStream } from '../devices/lock/lock-stream.js';
import { listenTcp, type TcpListener } from '../devices/lock/tcp-listener.js';
import { ACK, encodeFrame, NAK, readReply } from '../devices/salto/codec.js';
import { SaltoLedger, type SaltoAuditEntry } from './salto-ledger.js';

export type { SaltoAuditEntry } from './salto-ledger.js';

export type SaltoSimEndpoint = { type: 'tcp'; host?: string; port?: number } | { type: 'pty'; path: string };

export interface SaltoSimOptions {
  endpoint: SaltoSimEndpoint;
  /** Time the "card insertion" takes before the answer (default 0). */
  cardDelayMs?: number;
  /** How long the interface waits for a card when `noCard` is set, then answers ED (default 300 ms). */
  cardWaitMs?: number;
  /** Rooms the lock system knows; others are answered with TD. Default: every room. */
  knownRooms?: string[];
  /** Append one JSON line per encoded request. */
  auditFile?: string;
}

export interface SaltoSimHandle {
  /** TCP port or pty path. */
  readonly address: { host: string; port: number } | { path: string };
  readonly audit: readonly SaltoAuditEntry[];
  /** Every request frame received (raw, including NAKed retransmissions). */
  readonly frames: readonly Buffer[];
  readonly enqCount: number;
  readonly connections: number;
  cardDelayMs: number;
  /** Encoder switched off: requests answer NC. */
  encoderOffline: boolean;
  /** No card is presented: requests answer ED after cardWaitMs. */
  noCard: boolean;
  /** Answer the next requests with these error codes (e.g. 'OV', 'EG'), in order. */
  failNext(...codes: string[]): void;
  /** NAK the next n request frames. */
  nakFrames(n: number): void;
  /** NAK the next n ENQs (interface busy). */
  nakEnq(n: number): void;
  /** Corrupt the LRC of the next answer (the card is still encoded). */
  corruptNextAnswer(): void;
  /** Encode the next card, then drop the connection half-way through the answer (pty: go silent). */
  dropNextAnswer(): void;
  setKnownRooms(rooms: string[] | null): void;
  close(): Promise<void>;
}

export async function startSaltoSim(o: SaltoSimOptions): Promise<SaltoSimHandle> {
  const ledger = new SaltoLedger(o.auditFile ?? null);
  const frames: Buffer[] = [];
  const pendingErrors: string[] = [];
  let known: Set<string> | null = o.knownRooms ? new Set(o.knownRooms) : null;
  let nakFrames = 0;
  let nakEnq = 0;
  let corrupt = false;
  let drop = false;
  let busy = false;
  let enqCount = 0;
  let connections = 0;
  const streams = new Set<LockStream>();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((r) => {
      if (ms <= 0) return r();
      const t = setTimeout(() => {
        timers.delete(t);
        r();
      }, ms);
      timers.add(t);
    });

  const handle: SaltoSimHandle = {
    address: { path: '' },
    audit: ledger.audit,
    frames,
    get enqCount() {
      return enqCount;
    },
    get connections() {
      return connections;
    },
    cardDelayMs: o.cardDelayMs ?? 0,
    encoderOffline: false,
    noCard: false,
    failNext: (...codes) => void pendingErrors.push(...codes),
    nakFrames: (n) => void (nakFrames += n),
    nakEnq: (n) => void (nakEnq += n),
    corruptNextAnswer: () => void (corrupt = true),
    dropNextAnswer: () => void (drop = true),
    setKnownRooms: (rooms) => void (known = rooms ? new Set(rooms) : null),
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await listener?.close();
      await Promise.all([...streams].map((s) => s.close().catch(() => {})));
    },
  };

  async function answerFor(fields: string[]): Promise<string[]> {
    const command = fields[0] ?? '';
    const encoder = fields[1] ?? '';
    const mobile = /^C[NC]M$/.test(command);
    if (!/^(CN|CC)\d*$|^CO$/.test(command) && !mobile) return ['ES', encoder];
    // A mobile key names the guest's phone (E.164) where a card request names the encoder.
    if (mobile && !/^\+[1-9]\d{7,14}$/.test(encoder)) return ['ES', encoder];
    if (command === 'CO') {
      ledger.record(command, fields);
      return [command];
    }
    const scripted = pendingErrors.shift();
    if (scripted) return scripted === 'EG' ? ['EG', encoder, 'Simulated general error'] : [scripted, encoder];
    if (busy) return ['OV', encoder];
    if (handle.encoderOffline) return ['NC', encoder];
    const rooms = (mobile ? fields.slice(2, 6) : fields.slice(3, 7)).filter((r) => r !== '');
    if (rooms.length === 0 || (known && rooms.some((r) => !known!.has(r)))) return ['TD', encoder];
    if (command.startsWith('CC') && ledger.isCheckedOut(rooms[0]!)) return ['EA', encoder];
    if (mobile) {
      // Nothing to place on an encoder: the key goes to the phone at once.
      ledger.record(command, fields);
      return [command, encoder];
    }
    busy = true;
    try {
      if (handle.noCard) {
        await wait(o.cardWaitMs ?? 300);
        return ['ED', encoder];
      }
      await wait(handle.cardDelayMs);
      ledger.record(command, fields);
      return [command, encoder];
    } finally {
      busy = false;
    }
  }

  function serve(stream: LockStream): void {
    connections++;
    streams.add(stream);
    stream.onClose(() => streams.delete(stream));
    const q = new ByteQueue(stream);
    void (async () => {
      try {
        for (;;) {
          const reply = await q.take(readReply, Infinity);
          if (reply.kind === 'enq') {
            enqCount++;
            await stream.write(Uint8Array.of(nakEnq > 0 ? (nakEnq--, NAK) : ACK));
          } else if (reply.kind === 'frame') {
            frames.push(reply.frame.raw);
            if (!reply.frame.lrcOk || nakFrames > 0) {
              if (reply.frame.lrcOk) nakFrames--;
              await stream.write(Uint8Array.of(NAK));
              continue;
            }
            await stream.write(Uint8Array.of(ACK));
            const answer = encodeFrame(await answerFor(reply.frame.fields));
            if (drop) {
              drop = false;
              await stream.write(answer.subarray(0, Math.ceil(answer.length / 2)));
              if (handle.address && 'port' in handle.address) await stream.close();
              continue;
            }
            if (corrupt) {
              corrupt = false;
              answer[answer.length - 1] = answer[answer.length - 1]! ^ 0x5a;
              if (answer[answer.length - 1] === 0x0d) answer[answer.length - 1] = 0x0e;
            }
            await stream.write(answer);
          }
          // ACK after our answer, NAK or noise: nothing to do.
        }
      } catch {
        // connection ended
      } finally {
        q.dispose();
      }
    })();
  }

  let listener: TcpListener | null = null;
  if (o.endpoint.type === 'tcp') {
    listener = await listenTcp(o.endpoint.host ?? '127.0.0.1', o.endpoint.port ?? 0, serve);
    (handle as { address: unknown }).address = { host: listener.host, port: listener.port };
  } else {
    const stream = await openSerialStream(o.endpoint.path);
    (handle as { address: unknown }).address = { path: o.endpoint.path };
    serve(stream);
  }
  return handle;
}
