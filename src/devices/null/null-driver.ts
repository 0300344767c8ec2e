import { appendFileSync } from 'node:fs';
import type { NullOptions } from '../../config/schema.js';
import { BoardDriver } from '../board-driver.js';
import { DeviceError, type Driver, type Job, type JobContext, type JobResult, type TestResult, tested } from '../driver.js';
import { msg } from '../../i18n/note.js';
import { abortableDelay } from '../../util/abort.js';
import type { StatusInput } from '../status-board.js';

export interface NullDriverOptions extends NullOptions {
  /** Append one line per execution (`<deviceId> <jobId>`) so tests can count runs across restarts. */
  executionLog?: string;
}

/** A device that does nothing but take time and write down what it ran: for tests, benchmarks and demos. */
export class NullDriver extends BoardDriver implements Driver {
  readonly kind = 'null';
  readonly executed: string[] = [];
  failNext: string | null = null;

  constructor(
    readonly deviceId: string,
    private readonly opts: NullDriverOptions,
  ) {
    super({ health: 'online', detail: null });
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    if (this.failNext) {
      const msg = this.failNext;
      this.failNext = null;
      throw new DeviceError(msg);
    }
    await ctx.beforeSideEffect();
    this.executed.push(ctx.jobId);
    if (this.opts.executionLog) appendFileSync(this.opts.executionLog, `${this.deviceId} ${ctx.jobId} ${job.kind}\n`);
    ctx.progress(0.5);
    if (this.opts.delayMs > 0) await abortableDelay(this.opts.delayMs, ctx.signal);
    ctx.progress(1);
    return {};
  }

  /** Lets tests and the demo play a device problem (published like any driver's status). */
  setStatus(status: StatusInput): void {
    this.board.set(status);
  }

  async test(): Promise<TestResult> {
    return tested(true, msg('test.nullReady'));
  }
}
