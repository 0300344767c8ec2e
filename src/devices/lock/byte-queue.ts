import { AbortedError } from '../../util/abort.js';
import { LinkClosedError, type LockStream } from './lock-stream.js';
import { msg } from '../../i18n/note.js';

const MAX_TIMER_MS = 2_147_483_647;

/** No reply in time; `seconds` (one decimal) for the note. */
export class ReadTimeoutError extends Error {
  readonly seconds: number;
  constructor(ms: number) {
    const seconds = Math.round(ms / 100) / 10;
    super(`no reply within ${seconds} s`);
    this.seconds = seconds;
    this.name = 'ReadTimeoutError';
  }
}

/** Parses the front of the buffer: null = need more bytes; otherwise the value and bytes used. */
export type Parser<T> = (buf: Buffer) => { value: T; used: number } | null;

/** Buffers what a stream receives and lets a conversation await the next reply. */
export class ByteQueue {
  private buf: Buffer = Buffer.alloc(0);
  private wake: (() => void) | null = null;
  private closedWith: Error | null = null;
  private readonly offs: Array<() => void>;

  constructor(stream: LockStream) {
    this.offs = [
      stream.onData((chunk) => {
        this.buf = Buffer.concat([this.buf, chunk]);
        this.wake?.();
      }),
      stream.onClose((err) => {
        this.closedWith = new LinkClosedError(err ? msg('lock.linkLostWith', { detail: err.message }) : msg('lock.linkLost'));
        this.wake?.();
      }),
    ];
  }

  /** Bytes received but not yet consumed. */
  get pending(): number {
    return this.buf.length;
  }

  discard(): void {
    this.buf = Buffer.alloc(0);
  }

  dispose(): void {
    for (const off of this.offs) off();
  }

  /** Waits for the parser to yield; `timeoutMs` may be Infinity. */
  async take<T>(parse: Parser<T>, timeoutMs: number, signal?: AbortSignal): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = parse(this.buf);
      if (got) {
        this.buf = this.buf.subarray(got.used);
        return got.value;
      }
      if (this.closedWith) throw this.closedWith;
      if (signal?.aborted) throw new AbortedError(signal.reason);
      const left = deadline - Date.now();
      if (left <= 0) throw new ReadTimeoutError(timeoutMs);
      await new Promise<void>((resolve) => {
        const t = Number.isFinite(left) ? setTimeout(finish, Math.min(left, MAX_TIMER_MS)) : undefined;
        const onAbort = () => finish();
        signal?.addEventListener('abort', onAbort, { once: true });
        function finish() {
          clearTimeout(t);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }
        this.wake = () => {
          this.wake = null;
          finish();
        };
      });
    }
  }
}
