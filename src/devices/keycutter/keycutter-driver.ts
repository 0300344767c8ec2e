import { BoardDriver } from '../board-driver.js';
import type { ConnectionConfig, LockOptions } from '../../config/schema.js';
import {
  DeviceError,
  tested,
  type Driver,
  type Job,
  type JobContext,
  type JobResult,
  type LockProtocol,
  type TestResult,
} from '../driver.js';
import { FiasDriver, type FiasDriverSettings } from '../fias/fias-driver.js';
import { msg } from '../../i18n/note.js';
import { asKeyJob } from '../lock/job-checks.js';
import { StayMemory } from '../lock/stay-memory.js';
import { SaltoDriver, type SaltoDriverSettings } from '../salto/salto-driver.js';

type Protocol = LockProtocol;

export interface KeycutterSettings {
  connection?: ConnectionConfig;
  options: LockOptions;
  stays?: StayMemory;
  salto?: Partial<SaltoDriverSettings>;
  fias?: Partial<FiasDriverSettings>;
}

/**
 * Runs each job with the lock protocol the bridge read from the command (`KeyCutterData.Type`) and
 * the lock server from its `ApiUrl`, unless this device has a local connection, which then wins.
 */
export class KeycutterDriver extends BoardDriver implements Driver {
  readonly kind = 'keycutter';
  private readonly subs: { salto: SaltoDriver; fias: FiasDriver };
  private readonly started = new Set<Protocol>();
  private last: Protocol | null = null;

  constructor(private readonly s: KeycutterSettings) {
    super({ health: 'unknown', detail: msg('status.lockProtocolPerCommand') });
    const stays = s.stays ?? new StayMemory(null);
    const common = { connection: s.connection, options: s.options, stays };
    this.subs = {
      salto: new SaltoDriver({ ...common, ...s.salto }),
      fias: new FiasDriver({ ...common, ...s.fias }),
    };
    for (const p of ['salto', 'fias'] as const) {
      this.subs[p].onStatus((st) => {
        if (this.last === p || (this.last === null && this.started.has(p))) this.board.set(st);
      });
    }
  }

  async start(): Promise<void> {
    // Only a listening port must be open before any job: the lock system connects to it.
    if (this.s.connection?.type === 'tcp-listen') await this.use('fias');
  }

  async stop(): Promise<void> {
    const running = [...this.started];
    this.started.clear();
    await Promise.all(running.map((p) => this.subs[p].stop()));
  }

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    const key = asKeyJob(job);
    const protocol = key.lockProtocol;
    if (!protocol) throw new DeviceError(key.lockProtocolNote ?? msg('command.noLockType'));
    const driver = await this.use(protocol);
    this.last = protocol;
    return driver.execute(key, ctx);
  }

  async test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> {
    const p = this.last ?? (this.started.has('fias') ? 'fias' : null);
    if (!p) return tested(false, msg('test.keycutterNotYet'));
    return this.subs[p].test(ctx);
  }

  private async use(p: Protocol): Promise<Driver> {
    if (!this.started.has(p)) {
      this.started.add(p);
      await this.subs[p].start();
      const st = this.subs[p].status();
      this.board.set(st);
    }
    return this.subs[p];
  }
}
