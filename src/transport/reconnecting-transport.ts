import { AbortedError } from '../util/abort.js';
import { TransportError, type ByteTransport, type ReconnectOptions, type TransportState } from './byte-transport.js';
import { plainProblem, plainProblemText } from '../util/plain-error.js';

/** One live connection, as produced by a concrete transport. */
export interface Link {
  write(chunk: Uint8Array, done: (err?: Error | null) => void): void;
  close(): Promise<void>;
}

export interface LinkHandlers {
  onData(bytes: Buffer): void;
  /** Called at most once per link, when it breaks or closes. */
  onLost(err: Error | null): void;
}

const CHUNK_BYTES = 16 * 1024;

/** Connection lifecycle shared by serial and TCP: state, reconnect with capped backoff, awaited writes. */
export abstract class ReconnectingTransport implements ByteTransport {
  private link: Link | null = null;
  private session = 0;
  private started = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private delayMs: number;
  private state: TransportState = { connected: false, reason: 'not opened' };
  private readonly pending = new Set<(err: Error) => void>();
  private readonly dataListeners = new Set<(b: Buffer) => void>();
  private readonly stateListeners = new Set<(s: TransportState) => void>();
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;

  protected constructor(
    readonly label: string,
    reconnect: ReconnectOptions = {},
  ) {
    this.initialDelayMs = reconnect.initialDelayMs ?? 250;
    this.maxDelayMs = Math.max(this.initialDelayMs, reconnect.maxDelayMs ?? 5000);
    this.delayMs = this.initialDelayMs;
  }

  /** Opens one connection; must reject if it cannot. */
  protected abstract connectOnce(handlers: LinkHandlers): Promise<Link>;

  get connected(): boolean {
    return this.state.connected;
  }

  async open(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.closed = false;
    await this.attempt();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.started = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const link = this.link;
    this.link = null;
    this.session++;
    this.failPending(new TransportError(`${this.label} was closed`));
    this.setState({ connected: false, reason: 'closed' });
    if (link) await link.close();
  }

  async write(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    for (let off = 0; off < bytes.length; off += CHUNK_BYTES) {
      await this.writeChunk(bytes.subarray(off, Math.min(bytes.length, off + CHUNK_BYTES)), signal);
    }
  }

  waitConnected(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.connected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (v: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      };
      const onAbort = () => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      const unsubscribe = this.onState((s) => s.connected && finish(true));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onState(listener: (state: TransportState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private writeChunk(chunk: Uint8Array, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AbortedError(signal.reason));
      const link = this.link;
      const session = this.session;
      if (!link) return reject(new TransportError(`${this.label} is not connected (${this.state.reason ?? 'unknown'})`));
      const settle = (err: Error | null) => {
        this.pending.delete(fail);
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve();
      };
      const fail = (err: Error) => settle(err);
      const onAbort = () => settle(new AbortedError(signal?.reason));
      this.pending.add(fail);
      signal?.addEventListener('abort', onAbort, { once: true });
      link.write(chunk, (err) => {
        if (!this.pending.has(fail)) return;
        // A failed write means the link is gone: fail everything pending the same way.
        if (err) this.lost(session, err);
        settle(err ? new TransportError(`${this.label} disconnected: ${err.message}`) : null);
      });
    });
  }

  private async attempt(): Promise<void> {
    this.retryTimer = null;
    if (this.closed) return;
    const session = ++this.session;
    try {
      const link = await this.connectOnce({
        onData: (b) => {
          if (session !== this.session) return;
          for (const l of this.dataListeners) l(b);
        },
        onLost: (err) => this.lost(session, err),
      });
      if (this.closed || session !== this.session) {
        await link.close();
        return;
      }
      this.link = link;
      this.delayMs = this.initialDelayMs;
      this.setState({ connected: true, reason: null });
    } catch (err) {
      if (session !== this.session || this.closed) return;
      const problem = plainProblem(err, this.label);
      this.setState({ connected: false, reason: plainProblemText(problem), problem });
      this.scheduleRetry();
    }
  }

  private lost(session: number, err: Error | null): void {
    if (session !== this.session || !this.link) return;
    const link = this.link;
    this.link = null;
    this.session++;
    const problem = err ? plainProblem(err, this.label) : undefined;
    const reason = problem ? plainProblemText(problem) : 'connection closed by the device';
    this.failPending(new TransportError(`${this.label} disconnected: ${reason}`));
    this.setState(problem ? { connected: false, reason, problem } : { connected: false, reason });
    void link.close();
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.delayMs;
    this.delayMs = Math.min(this.maxDelayMs, this.delayMs * 2);
    this.retryTimer = setTimeout(() => void this.attempt(), delay);
    this.retryTimer.unref?.();
  }

  private failPending(err: Error): void {
    for (const fail of [...this.pending]) fail(err);
  }

  private setState(next: TransportState): void {
    if (next.connected === this.state.connected && next.reason === this.state.reason) return;
    this.state = next;
    for (const l of this.stateListeners) l(next);
  }
}

/** The error's message, without the "Error: " that the serial binding puts inside its messages. */
