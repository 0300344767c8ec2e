import { AbortedError } from '../../util/abort.js';
import { ByteQueue, ReadTimeoutError } from '../lock/byte-queue.js';
import { LinkClosedError, type LockStream } from '../lock/lock-stream.js';
import { msg } from '../../i18n/note.js';
import { encodeRecord, readFiasFrame, splitFieldList, type FiasField, type FiasRecord } from './codec.js';

export interface FiasLinkOptions {
  /** Wait this long for the lock system's LS after connecting before starting the link ourselves. */
  linkStartWaitMs?: number;
  /** Send LA this often while the link is up (0 = never). */
  keepAliveMs?: number;
  /** Lock-local date/time stamps for link records. */
  stamp: () => { DA: string; TI: string };
  /** Our interface description in LD. */
  version?: string;
  onChange?: (state: FiasLinkState) => void;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
}

export interface FiasLinkState {
  connected: boolean;
  up: boolean;
  peer: string | null;
  /** Version the lock system sent in LD. */
  peerVersion: string | null;
}

interface Waiter {
  match: (r: FiasRecord) => boolean;
  /** Records of the kind this request waits for (e.g. any KA): one that matches no request is reported. */
  sameKind?: (r: FiasRecord) => boolean;
  resolve: (r: FiasRecord) => void;
  reject: (e: Error) => void;
  stream: LockStream;
}

/** An answer of the awaited kind arrived but belongs to no request in flight (its echoed fields differ). */
export class UnmatchedAnswerError extends Error {
  constructor(readonly answers: FiasRecord[]) {
    super(
      `the lock system answered, but its answer does not match this request (${answers.length === 1 ? 'one answer' : `${answers.length} answers`} for another request)`,
    );
    this.name = 'UnmatchedAnswerError';
  }
}

/**
 * One FIAS link (PMS side) over whatever connection is current. The lock system may reconnect at
 * any time: `attach()` replaces the connection, and anything waiting on the old one fails.
 */
export class FiasLink {
  private stream: LockStream | null = null;
  private queue: ByteQueue | null = null;
  private up = false;
  private sentLs = false;
  private sawDescription = false;
  private peerVersion: string | null = null;
  private readonly peerFields = new Map<string, string[]>();
  private readonly waiters = new Set<Waiter>();
  private readonly upWaiters = new Set<() => void>();
  private startTimer: NodeJS.Timeout | null = null;
  private keepAliveTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly claims = new Set<string>();

  constructor(private readonly o: FiasLinkOptions) {}

  /** Reserves a request identity (e.g. workstation + date + time) among requests in flight on this link. */
  claim(identity: string): boolean {
    if (this.claims.has(identity)) return false;
    this.claims.add(identity);
    return true;
  }

  unclaim(identity: string): void {
    this.claims.delete(identity);
  }

  state(): FiasLinkState {
    return {
      connected: !!this.stream && !this.stream.closed,
      up: this.up,
      peer: this.stream?.label ?? null,
      peerVersion: this.peerVersion,
    };
  }

  /** Field ids the lock system declared (LR) for a record type, or null. */
  fieldsFor(recordType: string): string[] | null {
    return this.peerFields.get(recordType) ?? null;
  }

  attach(stream: LockStream): void {
    if (this.closed) {
      void stream.close();
      return;
    }
    const old = this.stream;
    this.detach(new LinkClosedError(msg('fias.reconnected')));
    if (old) void old.close().catch(() => {});
    this.stream = stream;
    const q = new ByteQueue(stream);
    this.queue = q;
    this.up = false;
    this.sentLs = false;
    this.sawDescription = false;
    stream.onClose(() => {
      if (this.stream === stream) {
        this.detach(new LinkClosedError(msg('fias.linkLost')));
        this.emit();
      }
    });
    this.o.log?.('fias connection', { peer: stream.label });
    this.emit();
    this.startTimer = setTimeout(() => {
      if (!this.up && this.stream === stream && !this.sawDescription) void this.startLink(stream, true);
    }, this.o.linkStartWaitMs ?? 1000);
    void this.readLoop(stream, q);
  }

  waitUp(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.up) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (v: boolean) => {
        clearTimeout(t);
        this.upWaiters.delete(onUp);
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      };
      const onUp = () => done(true);
      const onAbort = () => done(false);
      const t = setTimeout(() => done(false), timeoutMs);
      this.upWaiters.add(onUp);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Sends a record on the current connection and resolves with the first record `match` accepts. When
   * the time is up and records `sameKind` accepts arrived that matched no request in flight, it rejects
   * with UnmatchedAnswerError (carrying them) rather than a plain timeout.
   */
  async request(
    record: Buffer,
    match: (r: FiasRecord) => boolean,
    timeoutMs: number,
    signal: AbortSignal,
    sameKind?: (r: FiasRecord) => boolean,
  ): Promise<FiasRecord> {
    const stream = this.stream;
    if (!stream || stream.closed) throw new LinkClosedError(msg('fias.linkDown'));
    let waiter!: Waiter;
    const unmatched: FiasRecord[] = [];
    const answered = new Promise<FiasRecord>((resolve, reject) => {
      waiter = {
        match,
        resolve,
        reject,
        stream,
        ...(sameKind ? { sameKind: (r: FiasRecord) => sameKind(r) && unmatched.push(r) > 0 } : {}),
      };
    });
    answered.catch(() => {}); // may settle while the write is still pending; awaited below
    this.waiters.add(waiter);
    const timer = setTimeout(
      () => waiter.reject(unmatched.length ? new UnmatchedAnswerError(unmatched) : new ReadTimeoutError(timeoutMs)),
      timeoutMs,
    );
    const onAbort = () => waiter.reject(new AbortedError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await stream.write(record);
      return await answered;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      this.waiters.delete(waiter);
    }
  }

  /** Link-alive check: LS out, any LA back. */
  async ping(timeoutMs: number, signal: AbortSignal): Promise<boolean> {
    try {
      await this.request(this.link('LS'), (r) => r.type === 'LA', timeoutMs, signal);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const s = this.stream;
    if (s && !s.closed && this.up) await s.write(this.link('LE')).catch(() => {});
    this.detach(new LinkClosedError(msg('lock.linkClosed')));
    await s?.close().catch(() => {});
    this.emit();
  }

  private link(type: 'LS' | 'LA' | 'LE', extra: FiasField[] = []): Buffer {
    const { DA, TI } = this.o.stamp();
    return encodeRecord(type, [['DA', DA], ['TI', TI], ...extra]);
  }

  private detach(err: Error): void {
    if (this.startTimer) clearTimeout(this.startTimer);
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
    this.startTimer = this.keepAliveTimer = null;
    this.queue?.dispose();
    this.queue = null;
    const s = this.stream;
    this.stream = null;
    this.up = false;
    for (const w of [...this.waiters]) if (w.stream === s) w.reject(err);
  }

  private async startLink(stream: LockStream, withLs: boolean): Promise<void> {
    const { DA, TI } = this.o.stamp();
    const out: Buffer[] = [];
    if (withLs) {
      this.sentLs = true;
      out.push(this.link('LS'));
    } else {
      out.push(
        encodeRecord('LD', [
          ['DA', DA],
          ['TI', TI],
          ['V#', this.o.version ?? '1.0'],
          ['IF', 'PM'],
        ]),
      );
      out.push(
        encodeRecord('LA', [
          ['DA', DA],
          ['TI', TI],
        ]),
      );
      this.setUp(stream);
    }
    await stream.write(Buffer.concat(out)).catch(() => {});
  }

  private setUp(stream: LockStream): void {
    if (this.up || this.stream !== stream) return;
    this.up = true;
    if (this.startTimer) clearTimeout(this.startTimer);
    const every = this.o.keepAliveMs ?? 60_000;
    if (every > 0) {
      this.keepAliveTimer = setInterval(() => void stream.write(this.link('LA')).catch(() => {}), every);
      this.keepAliveTimer.unref();
    }
    for (const w of [...this.upWaiters]) w();
    this.o.log?.('fias link up', { peer: stream.label, version: this.peerVersion });
    this.emit();
  }

  private async readLoop(stream: LockStream, q: ByteQueue): Promise<void> {
    for (;;) {
      let incoming;
      try {
        incoming = await q.take(readFiasFrame, Infinity);
      } catch {
        return;
      }
      if (this.stream !== stream) return;
      if (incoming.kind === 'garbled') {
        if (incoming.text) this.o.log?.('fias garbled record ignored', { text: incoming.text.slice(0, 80) });
        continue;
      }
      this.onRecord(stream, incoming.record);
    }
  }

  private onRecord(stream: LockStream, r: FiasRecord): void {
    const reply = (b: Buffer) => void stream.write(b).catch(() => {});
    switch (r.type) {
      case 'LS':
        if (this.startTimer) clearTimeout(this.startTimer);
        this.sawDescription = false;
        if (this.up || this.sentLs) {
          reply(this.link('LA'));
          this.setUp(stream);
        } else {
          // The lock system starts: it normally follows with LD, LR… and LA. If it stays silent, describe ourselves.
          this.startTimer = setTimeout(() => {
            if (!this.up && this.stream === stream && !this.sawDescription) void this.startLink(stream, false);
          }, this.o.linkStartWaitMs ?? 1000);
        }
        break;
      case 'LD':
        this.sawDescription = true;
        this.peerVersion = r.get('V#') ?? null;
        break;
      case 'LR': {
        this.sawDescription = true;
        const ri = r.get('RI');
        const fl = r.get('FL');
        if (ri && fl) this.peerFields.set(ri, splitFieldList(fl));
        break;
      }
      case 'LA':
        // LA ends the lock system's description (answer it), or answers our own LS (don't: no LA ping-pong).
        if (this.sawDescription || (!this.up && !this.sentLs)) reply(this.link('LA'));
        this.sawDescription = false;
        this.setUp(stream);
        break;
      case 'LE':
        // The lock system ends the link; it may start it again (LS) on this connection or reconnect.
        this.o.log?.('fias link end from lock system', {});
        this.up = false;
        this.sentLs = false;
        if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
        this.keepAliveTimer = null;
        this.emit();
        break;
    }
    for (const w of [...this.waiters]) {
      if (w.stream === stream && w.match(r)) {
        this.waiters.delete(w);
        w.resolve(r);
        return;
      }
    }
    // Matched no request: every request waiting for this kind of record notes it (the right answer may
    // still come; if none does, the request fails naming this one instead of as a plain timeout).
    for (const w of this.waiters) if (w.stream === stream) w.sameKind?.(r);
  }

  private emit(): void {
    this.o.onChange?.(this.state());
  }
}
