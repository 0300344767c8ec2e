import type { PlainProblem } from '../util/plain-error.js';
/** A byte stream to a device (serial port or TCP socket) that reconnects by itself. */
export interface ByteTransport {
  /** Human-readable endpoint, e.g. "/dev/ttyUSB0" or "192.168.1.40:9100". */
  readonly label: string;
  readonly connected: boolean;
  /**
   * Starts the transport and resolves after the first connection attempt, whether or not it
   * succeeded: an absent device is reported through `onState` and retried in the background.
   */
  open(): Promise<void>;
  /** Closes the connection and stops reconnecting. Pending writes reject. Idempotent. */
  close(): Promise<void>;
  /**
   * Sends `bytes` and resolves once they have been handed to the OS. Large buffers are written in
   * chunks, each awaited, so a slow device exerts backpressure. Rejects with TransportError when not
   * connected or when the device goes away, and with AbortedError when `signal` aborts.
   */
  write(bytes: Uint8Array, signal?: AbortSignal): Promise<void>;
  /** Resolves true once connected, false after `timeoutMs` or when `signal` aborts. */
  waitConnected(timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
  /** Bytes from the device. Returns an unsubscribe function. */
  onData(listener: (bytes: Buffer) => void): () => void;
  /** Connection changes; `reason` says why it is down (null when connected). */
  onState(listener: (state: TransportState) => void): () => void;
  /**
   * False for a path that gives nothing back (an OS print queue, a write-only device file): the
   * driver must not wait for replies and says the status is unknown. Absent = the device can answer.
   */
  readonly repliesPossible?: boolean;
  /**
   * Job-based paths (an OS print queue) collect what is written and hand it over as one job here;
   * resolves when the print system has finished it, rejects when it could not. Absent = nothing to do.
   */
  flush?(signal?: AbortSignal): Promise<void>;
}

export interface TransportState {
  connected: boolean;
  /** Why it is down, in English words (`plainError`), or null. */
  reason: string | null;
  /** The same problem, kept structured (`plainProblem`), so a driver can show it in the UI's language; absent when unknown. */
  problem?: PlainProblem;
  /**
   * The reason as a message of the catalogs, from a transport of `src/devices` that can say it so (an OS print
   * queue: missing, not accepting jobs), for the driver's note in the chosen language; absent otherwise.
   */
  reasonMessage?: unknown;
}

export interface ReconnectOptions {
  /** First retry delay; doubles on each failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** A failure of the link itself (not connected, unplugged, refused). */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}
