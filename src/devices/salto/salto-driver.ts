import { BoardDriver } from '../board-driver.js';
import type { ConnectionConfig, LockOptions } from '../../config/schema.js';
import { createTransport, type ByteTransport } from '../../transport/index.js';
import { abortableDelay, AbortedError } from '../../util/abort.js';
import {
  DeviceError,
  errorNote,
  tested,
  type Driver,
  type Job,
  type JobContext,
  type JobResult,
  type KeyJob,
  type TestResult,
  noted,
} from '../driver.js';
import { parseLockAddress, type LockAddress } from '../lock/lock-address.js';
import { ByteQueue } from '../lock/byte-queue.js';
import { apiUrlError, asKeyJob, encoderFor, lockFailure, mayHaveEncoded } from '../lock/job-checks.js';
import { dateTimeIn, msg, type Message } from '../../i18n/note.js';
import { plainProblemNote } from '../../i18n/plain-error-note.js';
import { rememberUntil, requestedAction, roomsLabel, stayKey, validateKeyJob, type KeyAction } from '../lock/key-plan.js';
import { pcTimeZone } from '../lock/local-time.js';
import { Mutex } from '../lock/mutex.js';
import { StayMemory } from '../lock/stay-memory.js';
import { connectTcp, type LockStream } from '../lock/lock-stream.js';
import { transportSession } from '../lock/transport-session.js';
import { encodeFrame, type DecodedFrame } from './codec.js';
import { SALTO_ERRORS, saltoErrorNote } from './salto-error-note.js';
import { AfterSendError, checkReady, DEFAULT_TIMEOUTS, sendRequest, type ExchangeTimeouts } from './exchange.js';
import { SALTO_MAX_ROOMS, saltoFields } from './salto-fields.js';
import { mobileKeyFields, wantsMobileKey } from './mobile.js';
import { lockName } from '../lock/text.js';

export interface SaltoDriverSettings {
  /** Fixed link; without it each job's ApiUrl names the interface (TCP). */
  connection?: ConnectionConfig;
  options: LockOptions;
  /** File remembering which stays already have their new key (null: memory only). */
  stayFile?: string | null;
  /** Shared with a sibling driver so both see the same stays. */
  stays?: StayMemory;
  /** answerMs defaults to cardWaitSeconds + 5 s. */
  timeouts?: Partial<ExchangeTimeouts>;
  connectTimeoutMs?: number;
  /** How long a refused connection is retried (the lock server restarting) before the job fails. */
  connectRetryMs?: number;
}

/**
 * Salto "PMS Industry Standard": one request per TCP connection (as Salto's public clients do), or a
 * persistent serial port. The lock server is the interface PC, never the encoder itself.
 */
export class SaltoDriver extends BoardDriver implements Driver {
  readonly kind: string = 'salto';
  private readonly mutex = new Mutex();
  private readonly stays: StayMemory;
  private readonly timeouts: ExchangeTimeouts;
  private serial: ByteTransport | null = null;
  private lastAddress: LockAddress | null = null;

  constructor(private readonly s: SaltoDriverSettings) {
    super({ health: 'unknown', detail: null });
    this.stays = s.stays ?? new StayMemory(s.stayFile ?? null);
    this.timeouts = {
      ...DEFAULT_TIMEOUTS,
      answerMs: (s.options.cardWaitSeconds + 5) * 1000,
      ...s.timeouts,
    };
  }

  async start(): Promise<void> {
    const c = this.s.connection;
    if (c?.type === 'serial') {
      this.serial = createTransport(c);
      this.serial.onState((st) =>
        this.board.set({
          health: st.connected ? 'online' : 'offline',
          detail: st.connected
            ? null
            : msg('status.serialPort', {
                path: c.path,
                reason: st.problem ? plainProblemNote(st.problem) : (st.reason ?? msg('status.notConnectedWord')),
              }),
        }),
      );
      await this.serial.open();
    } else if (c?.type === 'tcp-listen') {
      this.board.set({
        health: 'attention',
        detail: msg('status.saltoNoListen'),
      });
    } else if (c?.type === 'tcp') {
      this.board.set({ health: 'unknown', detail: msg('status.saltoPerRequest', { address: `${c.host}:${c.port}` }) });
    } else {
      this.board.set({ health: 'unknown', detail: msg('status.lockAddressPerCommand') });
    }
  }

  async stop(): Promise<void> {
    const t = this.serial;
    this.serial = null;
    await t?.close();
  }

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    const key = asKeyJob(job);
    validateKeyJob(key, SALTO_MAX_ROOMS);
    return this.mutex.run(() => this.encode(key, ctx));
  }

  async test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> {
    return this.mutex.run(async () => {
      let stream: LockStream;
      try {
        stream = await this.open(this.lastAddress, ctx.signal);
      } catch (e) {
        return tested(false, errorNote(e));
      }
      const q = new ByteQueue(stream);
      try {
        await checkReady(stream, q, this.timeouts, ctx.signal);
        this.board.set({ health: 'online', detail: null });
        return tested(true, msg('test.saltoReady', { address: stream.label }));
      } catch (e) {
        return tested(false, errorNote(e));
      } finally {
        q.dispose();
        await this.release(stream);
      }
    });
  }

  private async encode(job: KeyJob, ctx: JobContext): Promise<JobResult> {
    const action: KeyAction = requestedAction(job) ?? (this.stays.has(stayKey(job)) ? 'copy' : 'new');
    const encoder = encoderFor(job, this.s.options.encoder);
    const timeZone = this.s.options.timeZone ?? pcTimeZone();
    const name = [lockName(job.firstName, job.normalizedFirstName), lockName(job.lastName, job.normalizedLastName)]
      .filter(Boolean)
      .join(' ');
    const printed = job.keyCutterData.PrintGuestName === true && name ? [name] : [];
    const operator = typeof job.keyCutterData.Operator === 'string' ? job.keyCutterData.Operator : 'Mews';
    const eject = job.keyCutterData.Eject === 'R' || job.keyCutterData.Eject === 'T' ? job.keyCutterData.Eject : 'E';
    const mobile = action !== 'checkout' && wantsMobileKey(job);
    const fields = mobile
      ? mobileKeyFields(job, action, { timeZone, operator })
      : saltoFields(job, action, { encoder, timeZone, operator, eject, printedLines: printed });
    const frame = encodeFrame(fields);
    const rooms = roomsLabel(job);

    let address: LockAddress | null = null;
    if (!this.s.connection) {
      address = job.apiUrl ? parseLockAddress(job.apiUrl) : null;
      if (!address) throw apiUrlError(job.apiUrl, '192.168.1.20:5010');
      this.lastAddress = address;
    }
    const stream = await this.open(address, ctx.signal);
    const q = new ByteQueue(stream);
    let sent = false;
    let answer: DecodedFrame;
    try {
      await checkReady(stream, q, this.timeouts, ctx.signal);
      ctx.log.info('salto key request', {
        command: fields[0],
        encoder: mobile ? 'mobile' : encoder,
        rooms: job.lockIds,
        via: stream.label,
      });
      answer = await sendRequest(stream, q, frame, this.timeouts, {
        signal: ctx.signal,
        beforeSend: async () => {
          await ctx.beforeSideEffect();
          sent = true;
        },
        onAccepted: () => ctx.progress(0.5),
      });
    } catch (e) {
      if (!sent || (e instanceof DeviceError && !(e instanceof AfterSendError))) {
        if (e instanceof AbortedError) throw e;
        if (e instanceof DeviceError) {
          this.board.set({ health: 'attention', detail: e.note });
          throw e;
        }
        throw new DeviceError(msg('salto.interfaceFailed', { address: stream.label, error: lockFailure(e) }));
      }
      this.board.set({ health: 'attention', detail: msg('status.saltoNoClearAnswer') });
      throw mayHaveEncoded(msg('salto.target', { address: stream.label }), e);
    } finally {
      q.dispose();
      await this.release(stream);
    }
    return this.interpret(job, action, fields[0]!, mobile ? null : encoder, rooms, answer, timeZone);
  }

  private interpret(
    job: KeyJob,
    action: KeyAction,
    command: string,
    /** null for a mobile key (sent to the guest's phone, not to an encoder). */
    encoder: string | null,
    rooms: Message,
    answer: DecodedFrame,
    timeZone: string,
  ): JobResult {
    const code = (answer.fields[0] ?? '').trim();
    if (code === command || (code.length >= 2 && code.slice(0, 2) === command.slice(0, 2) && /^C[NCO]M?\d*$/.test(code))) {
      this.board.set({ health: 'online', detail: null });
      if (action === 'new') this.stays.remember(stayKey(job), rememberUntil(job));
      if (action === 'checkout') {
        this.stays.forget(stayKey(job));
        return noted(msg('salto.checkedOut', { rooms }));
      }
      const from = dateTimeIn(job.startUtc, timeZone);
      const until = dateTimeIn(job.endUtc, timeZone);
      if (encoder === null) return noted(msg(action === 'new' ? 'salto.mobileNew' : 'salto.mobileCopy', { rooms, from, until }));
      const count = job.keyCount;
      return noted(msg(action === 'new' ? 'salto.encodedNew' : 'salto.encodedCopy', { count, rooms, encoder, from, until }));
    }
    const info = SALTO_ERRORS[code];
    if (info) {
      const detail = code === 'EG' ? answer.fields.slice(2).join(' ').trim() : '';
      const note = saltoErrorNote(code, encoder ?? "the guest's phone", rooms, detail)!;
      const mayHaveActed = code === 'EG' || (info.cardStage && job.keyCount > 1);
      this.board.set({ health: code === 'NC' ? 'offline' : 'attention', detail: msg('status.saltoCode', { code }) });
      throw new DeviceError(
        mayHaveActed && code !== 'EG' ? [note, msg('lock.someMayBeEncoded', { count: job.keyCount })] : [note],
        mayHaveActed,
      );
    }
    this.board.set({ health: 'attention', detail: msg('status.saltoUnexpected') });
    throw mayHaveEncoded(msg('salto.targetPlain'), msg('salto.unclearAnswer', { answer: answer.fields.join('|').slice(0, 60) }));
  }

  private async open(address: LockAddress | null, signal: AbortSignal): Promise<LockStream> {
    const c = this.s.connection;
    if (c?.type === 'serial') {
      const t = this.serial;
      if (!t) throw new DeviceError(msg('salto.notStarted'));
      if (!(await t.waitConnected(2000, signal))) throw new DeviceError(msg('salto.serialUnavailable', { path: c.path }));
      return transportSession(t);
    }
    if (c?.type === 'tcp-listen') throw new DeviceError(msg('salto.noListen'));
    const target = c?.type === 'tcp' ? { host: c.host, port: c.port } : address;
    if (!target) throw new DeviceError(msg('salto.noAddress'));
    // Nothing has been sent yet, so a lock server that refuses while it restarts is simply tried again.
    const retryUntil = Date.now() + (this.s.connectRetryMs ?? 10_000);
    for (;;) {
      try {
        return await connectTcp(target.host, target.port, this.s.connectTimeoutMs ?? 10_000, signal);
      } catch (e) {
        if (signal.aborted) throw new AbortedError(signal.reason);
        if ((e as NodeJS.ErrnoException).code !== 'ECONNREFUSED' || Date.now() >= retryUntil) return this.unreachable(target, e);
        this.board.set({ health: 'offline', detail: msg('status.refusedRetrying', { address: `${target.host}:${target.port}` }) });
        await abortableDelay(500, signal);
      }
    }
  }

  private unreachable(target: { host: string; port: number }, e: unknown): never {
    this.board.set({ health: 'offline', detail: msg('status.cannotReach', { address: `${target.host}:${target.port}` }) });
    throw new DeviceError(msg('salto.unreachable', { address: `${target.host}:${target.port}`, error: (e as Error).message }));
  }

  private async release(stream: LockStream): Promise<void> {
    // Serial views only detach; TCP connections are per request.
    await stream.close().catch(() => {});
  }
}
