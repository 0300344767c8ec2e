import { BoardDriver } from '../board-driver.js';
import type { ConnectionConfig, LockOptions } from '../../config/schema.js';
import { AbortedError } from '../../util/abort.js';
import {
  DeviceError,
  tested,
  type Driver,
  type Job,
  type JobContext,
  type JobResult,
  type KeyJob,
  type TestResult,
  noted,
} from '../driver.js';
import { parseLockAddress } from '../lock/lock-address.js';
import { apiUrlError, asKeyJob, encoderFor, mayHaveEncoded } from '../lock/job-checks.js';
import { rememberUntil, requestedAction, roomsLabel, stayKey, validateKeyJob, type KeyAction } from '../lock/key-plan.js';
import { dateTimeIn, msg, type Message } from '../../i18n/note.js';
import { fiasDate, fiasTime, pcTimeZone } from '../lock/local-time.js';
import { Mutex } from '../lock/mutex.js';
import { StayMemory } from '../lock/stay-memory.js';
import { encodeRecord, withoutGuestData, type FiasRecord } from './codec.js';
import { fiasAnswerNote } from './fias-answer-note.js';
import { UnmatchedAnswerError, type FiasLinkState } from './fias-link.js';
import { leaseLink, type LinkLease } from './link-pool.js';
import { fiasRequest } from './messages.js';

export interface FiasDriverSettings {
  /** serial, tcp (we connect) or tcp-listen (the lock system connects to us). Without it: the job's ApiUrl, as client. */
  connection?: ConnectionConfig;
  options: LockOptions;
  stayFile?: string | null;
  stays?: StayMemory;
  /** How long a job waits for the link to come up before failing (default 10 s). */
  linkWaitMs?: number;
  /** Answer wait after KR (default cardWaitSeconds + 5 s). */
  answerMs?: number;
  linkStartWaitMs?: number;
  keepAliveMs?: number;
  /**
   * `tcp-listen`: how long after start the lock system may take to dial in before "not connected" is a problem
   * (default 60 s). Waiting for it right after start is normal and is shown, not logged as a device problem.
   */
  listenGraceMs?: number;
  now?: () => Date;
}

/** FIAS key requests (KR → KA) for dormakaba Saflok / Messerschmitt and other FIAS lock systems. */
export class FiasDriver extends BoardDriver implements Driver {
  readonly kind: string = 'fias';
  private readonly mutex = new Mutex();
  private readonly stays: StayMemory;
  private readonly leases = new Map<string, LinkLease>();
  private readonly offs: Array<() => void> = [];
  private fixed: LinkLease | null = null;
  private stopped = false;
  /** Listening leases whose lock system has connected at least once, and when the driver started waiting. */
  private readonly everConnected = new WeakSet<LinkLease>();
  private startedAt = Date.now();
  private graceEnded = false;
  private graceTimer: NodeJS.Timeout | null = null;

  constructor(private readonly s: FiasDriverSettings) {
    super({ health: 'unknown', detail: null });
    this.stays = s.stays ?? new StayMemory(s.stayFile ?? null);
  }

  private get timeZone(): string {
    return this.s.options.timeZone ?? pcTimeZone();
  }

  private now(): Date {
    return this.s.now?.() ?? new Date();
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.startedAt = Date.now();
    this.graceEnded = false;
    if (!this.s.connection) {
      this.board.set({ health: 'unknown', detail: msg('status.lockAddressPerCommand') });
      return;
    }
    this.fixed = await this.lease(this.s.connection);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
    for (const off of this.offs.splice(0)) off();
    const all = [...this.leases.values()];
    this.leases.clear();
    this.fixed = null;
    await Promise.all(all.map((l) => l.release()));
  }

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    const key = asKeyJob(job);
    validateKeyJob(key, 1);
    return this.mutex.run(() => this.encode(key, ctx));
  }

  async test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> {
    const lease = this.fixed ?? [...this.leases.values()].at(-1) ?? null;
    if (!lease) return tested(false, msg('test.fiasNoAddress'));
    const problem = lease.problem();
    if (problem) return tested(false, problem);
    if (!(await lease.link.waitUp(Math.min(this.s.linkWaitMs ?? 5000, 5000), ctx.signal)))
      return tested(false, msg('test.fiasLinkDown', { endpoint: lease.endpoint }));
    const alive = await lease.link.ping(5000, ctx.signal);
    return alive
      ? tested(true, msg('test.fiasAlive', { peer: lease.link.state().peer ?? lease.endpoint }))
      : tested(false, msg('test.fiasNoAnswer', { endpoint: lease.endpoint }));
  }

  private async lease(c: ConnectionConfig): Promise<LinkLease> {
    const key = JSON.stringify(c);
    const existing = this.leases.get(key);
    if (existing) return existing;
    const lease = await leaseLink(c, {
      stamp: () => {
        const now = this.now();
        return { DA: fiasDate(now, this.timeZone), TI: fiasTime(now, this.timeZone) };
      },
      linkStartWaitMs: this.s.linkStartWaitMs,
      keepAliveMs: this.s.keepAliveMs,
    });
    this.leases.set(key, lease);
    const show = (st: FiasLinkState) => this.showLink(lease, st);
    this.offs.push(lease.onChange(show));
    show(lease.link.state());
    return lease;
  }

  private showLink(lease: LinkLease, st: FiasLinkState): void {
    const problem = lease.problem();
    if (problem) this.board.set({ health: 'attention', detail: problem });
    else if (st.up) this.board.set({ health: 'online', detail: null, flags: { linkUp: true } });
    else if (st.connected) this.board.set({ health: 'busy', detail: msg('status.fiasStarting'), flags: { linkUp: false } });
    else if (lease.listening && !this.everConnected.has(lease) && this.inGrace(lease))
      this.board.set({
        health: 'unknown',
        detail: msg('status.fiasWaiting', { endpoint: lease.endpoint }),
        flags: { linkUp: false },
      });
    else
      this.board.set({ health: 'offline', detail: msg('status.fiasNotConnected', { endpoint: lease.endpoint }), flags: { linkUp: false } });
    if (st.connected) this.everConnected.add(lease);
  }

  /** Still within `listenGraceMs` of the start; once it ends, the state is shown again (then as a problem). */
  private inGrace(lease: LinkLease): boolean {
    const left = this.startedAt + (this.s.listenGraceMs ?? 60_000) - Date.now();
    if (left <= 0 || this.graceEnded) return false;
    this.graceTimer ??= setTimeout(() => {
      this.graceTimer = null;
      if (!this.stopped) this.showLink(lease, lease.link.state());
    }, left);
    this.graceTimer.unref?.();
    return true;
  }

  private async linkFor(job: KeyJob): Promise<LinkLease> {
    if (this.stopped) throw new DeviceError(msg('fias.stopped'));
    if (this.fixed) return this.fixed;
    const address = job.apiUrl ? parseLockAddress(job.apiUrl) : null;
    if (!address) throw apiUrlError(job.apiUrl, '192.168.1.20:8265');
    return this.lease({ type: 'tcp', host: address.host, port: address.port });
  }

  /** The KA is matched on WS + DA + TI, so no two requests in flight on one link may share them. */
  private claimRequestTime(lease: LinkLease, workstation: string): { now: Date; identity: string } {
    let now = this.now();
    for (;;) {
      const identity = `${workstation}|${fiasDate(now, this.timeZone)}${fiasTime(now, this.timeZone)}`;
      if (lease.link.claim(identity)) return { now, identity };
      now = new Date(now.getTime() + 1000);
    }
  }

  private async encode(job: KeyJob, ctx: JobContext): Promise<JobResult> {
    const action: KeyAction = requestedAction(job) ?? (this.stays.has(stayKey(job)) ? 'copy' : 'new');
    const encoder = encoderFor(job, this.s.options.encoder);
    const workstation =
      typeof job.keyCutterData.Workstation === 'string' && job.keyCutterData.Workstation.trim()
        ? job.keyCutterData.Workstation.trim()
        : '1';
    const rooms = roomsLabel(job);
    const lease = await this.linkFor(job);
    const problem = lease.problem();
    if (problem) throw new DeviceError(problem);
    if (!(await lease.link.waitUp(this.s.linkWaitMs ?? 10_000, ctx.signal))) {
      if (ctx.signal.aborted) throw new AbortedError(ctx.signal.reason);
      this.graceEnded = true; // a key failed for want of the link: no longer just waiting
      this.showLink(lease, lease.link.state());
      throw new DeviceError(msg('fias.notConnected', { endpoint: lease.where }));
    }
    const { now, identity } = this.claimRequestTime(lease, workstation);
    try {
      return await this.send(job, ctx, lease, action, { encoder, workstation, rooms, now });
    } finally {
      lease.link.unclaim(identity);
    }
  }

  private async send(
    job: KeyJob,
    ctx: JobContext,
    lease: LinkLease,
    action: KeyAction,
    { encoder, workstation, rooms, now }: { encoder: string; workstation: string; rooms: Message; now: Date },
  ): Promise<JobResult> {
    const req = fiasRequest(job, action, {
      encoder,
      workstation,
      timeZone: this.timeZone,
      now,
      declared: lease.link.fieldsFor(action === 'checkout' ? 'KD' : 'KR'),
    });
    const frame = encodeRecord(req.type, req.fields);
    const matches = (r: FiasRecord) =>
      r.type === 'KA' &&
      r.get('WS') === req.WS &&
      (r.get('TI') === undefined || r.get('TI') === req.TI) &&
      (r.get('DA') === undefined || r.get('DA') === req.DA);
    ctx.log.info('fias key request', { record: req.type, encoder, rooms: job.lockIds, via: lease.link.state().peer });
    await ctx.beforeSideEffect();
    let answer: FiasRecord;
    try {
      answer = await lease.link.request(
        frame,
        matches,
        this.s.answerMs ?? (this.s.options.cardWaitSeconds + 5) * 1000,
        ctx.signal,
        (r) => r.type === 'KA',
      );
    } catch (e) {
      if (e instanceof UnmatchedAnswerError) {
        // Both records, without guest names, so the mismatch can be traced in the lock system's log.
        ctx.log.warn('fias answer does not match the request', {
          commandId: ctx.jobId,
          request: withoutGuestData(frame.subarray(1, -1).toString('latin1')),
          answers: e.answers.map((a) => withoutGuestData(a.text)),
        });
        const a = e.answers[0]!;
        const other = msg('fias.otherAnswer', {
          ws: a.get('WS') ?? '?',
          date: a.get('DA') ?? '?',
          time: a.get('TI') ?? '?',
          ourWs: req.WS,
          ourDate: req.DA,
          ourTime: req.TI,
        });
        throw mayHaveEncoded(msg('fias.target', { endpoint: lease.where }), other);
      }
      throw mayHaveEncoded(msg('fias.target', { endpoint: lease.where }), e);
    }
    const status = (answer.get('AS') ?? '').trim().toUpperCase();
    if (!status) throw mayHaveEncoded(msg('fias.target', { endpoint: lease.where }), msg('fias.noStatus'));
    if (status !== 'OK') {
      throw new DeviceError(
        [
          ...fiasAnswerNote(status, answer.get('CT') ?? '', encoder, rooms),
          ...(job.keyCount > 1 ? [msg('lock.someMayBeEncoded', { count: job.keyCount })] : []),
        ],
        job.keyCount > 1,
      );
    }
    if (action === 'new') this.stays.remember(stayKey(job), rememberUntil(job));
    if (action === 'checkout') {
      this.stays.forget(stayKey(job));
      return noted(msg('fias.checkedOut', { rooms }));
    }
    const until = dateTimeIn(job.endUtc, this.timeZone);
    const count = job.keyCount;
    return noted(msg(action === 'new' ? 'fias.encodedNew' : 'fias.encodedDuplicate', { count, rooms, encoder, until }));
  }
}
