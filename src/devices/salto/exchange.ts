import { DeviceError } from '../driver.js';
import { AbortedError, abortableDelay } from '../../util/abort.js';
import { ByteQueue, ReadTimeoutError } from '../lock/byte-queue.js';
import { LinkClosedError, type LockStream } from '../lock/lock-stream.js';
import { ACK, ENQ, readReply, type DecodedFrame, type Reply } from './codec.js';
import { msg } from '../../i18n/note.js';

export interface ExchangeTimeouts {
  /** Wait for ACK/NAK to an ENQ or a frame. */
  ackMs: number;
  /** Wait for the answer frame after the request was accepted (includes the card wait). */
  answerMs: number;
  /** Pause between readiness checks after a NAK. */
  retryDelayMs: number;
}

export const DEFAULT_TIMEOUTS: ExchangeTimeouts = { ackMs: 3000, answerMs: 35_000, retryDelayMs: 200 };
const MAX_ATTEMPTS = 3;

export interface ExchangeHooks {
  signal: AbortSignal;
  /** Awaited once, right before the request frame first leaves. */
  beforeSend: () => Promise<void>;
  onAccepted?: () => void;
}

/** Thrown once the request may have reached the lock server; the caller turns it into a staff note. */
export class AfterSendError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'lost' | 'garbled' | 'refused',
  ) {
    super(message);
    this.name = 'AfterSendError';
  }
}

async function nextReply(q: ByteQueue, timeoutMs: number, signal: AbortSignal): Promise<Reply> {
  return q.take(readReply, timeoutMs, signal);
}

/** ENQ → ACK, up to 3 tries 200 ms apart. Failing here is always before anything was sent. */
export async function checkReady(stream: LockStream, q: ByteQueue, t: ExchangeTimeouts, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await stream.write(Uint8Array.of(ENQ));
      let reply = await nextReply(q, t.ackMs, signal);
      while (reply.kind === 'junk' || reply.kind === 'frame') reply = await nextReply(q, t.ackMs, signal);
      if (reply.kind === 'ack') return;
    } catch (e) {
      if (e instanceof AbortedError) throw e;
      if (e instanceof ReadTimeoutError) throw new DeviceError(msg('salto.noAnswer', { address: stream.label }));
      if (e instanceof LinkClosedError) throw new DeviceError(msg('salto.closedEarly', { address: stream.label }));
      throw e;
    }
    if (attempt >= MAX_ATTEMPTS) throw new DeviceError(msg('salto.busy'));
    await abortableDelay(t.retryDelayMs, signal);
  }
}

/**
 * Sends one request frame with the protocol's own NAK retries and returns the answer frame.
 * Readiness (ENQ) must have been checked by the caller.
 */
export async function sendRequest(
  stream: LockStream,
  q: ByteQueue,
  frame: Buffer,
  t: ExchangeTimeouts,
  hooks: ExchangeHooks,
): Promise<DecodedFrame> {
  const { signal } = hooks;
  q.discard();
  await hooks.beforeSend();
  let accepted = false;
  for (let attempt = 1; !accepted; attempt++) {
    let reply: Reply;
    try {
      await stream.write(frame);
      reply = await nextReply(q, t.ackMs, signal);
      while (reply.kind === 'enq') reply = await nextReply(q, t.ackMs, signal);
    } catch (e) {
      throw afterSend(e, stream.label);
    }
    if (reply.kind === 'ack') accepted = true;
    else if (reply.kind === 'frame') {
      // No separate ACK: the interface answered straight away.
      hooks.onAccepted?.();
      return finishAnswer(stream, reply.frame);
    } else if (reply.kind === 'nak') {
      if (attempt >= MAX_ATTEMPTS) throw new DeviceError(msg('salto.nak', { count: MAX_ATTEMPTS }));
      await abortableDelay(t.retryDelayMs, signal);
      await checkReady(stream, q, t, signal);
    } else {
      throw new AfterSendError(`Invalid Salto acknowledgement 0x${reply.byte.toString(16).padStart(2, '0')}`, 'garbled');
    }
  }
  hooks.onAccepted?.();
  for (;;) {
    let reply: Reply;
    try {
      reply = await nextReply(q, t.answerMs, signal);
    } catch (e) {
      throw afterSend(e, stream.label);
    }
    if (reply.kind === 'frame') return finishAnswer(stream, reply.frame);
    // Stray ACK/ENQ/noise between accept and answer carries no meaning.
  }
}

async function finishAnswer(stream: LockStream, frame: DecodedFrame): Promise<DecodedFrame> {
  if (!frame.lrcOk) throw new AfterSendError('the answer from the Salto interface was garbled (bad LRC)', 'garbled');
  await stream.write(Uint8Array.of(ACK)).catch(() => {});
  return frame;
}

function afterSend(e: unknown, label: string): Error {
  if (e instanceof AbortedError) return e;
  if (e instanceof ReadTimeoutError) return new AfterSendError(`no answer from the Salto interface (${e.message})`, 'timeout');
  if (e instanceof LinkClosedError) return new AfterSendError(`the connection to ${label} was lost before the answer`, 'lost');
  return e instanceof Error ? e : new Error(String(e));
}
