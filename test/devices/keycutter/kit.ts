import { waitFor } from '../../helpers/wait-for.js';
import type { JobContext, KeyJob } from '../../../src/devices/driver.js';
import { lockOptionsSchema, type LockOptions } from '../../../src/config/schema.js';

export function keyJob(over: Partial<KeyJob> = {}): KeyJob {
  return {
    kind: 'key',
    keyCount: 1,
    lockIds: ['206'],
    startUtc: new Date('2025-06-24T12:00:00Z'),
    endUtc: new Date('2025-06-26T09:00:00Z'),
    firstName: 'Jöhn',
    lastName: 'Smith',
    normalizedFirstName: 'John',
    normalizedLastName: 'Smith',
    reservationNumber: '16400',
    reservationId: 'be35b39e-ad7e-460a-8de9-4c7581e016a2',
    telephone: null,
    email: null,
    keyCutterId: '1',
    apiUrl: null,
    lockProtocol: 'salto',
    lockProtocolNote: null,
    keyCutterData: { Type: 'IndustryStandardProtocol' },
    ...over,
  };
}

export function lockOptions(over: Partial<LockOptions> = {}): LockOptions {
  return { ...lockOptionsSchema.parse({ timeZone: 'Europe/Prague' }), ...over };
}

export interface TestCtx extends JobContext {
  sideEffects: number;
  events: string[];
}

export function jobCtx(jobId = 'job-1', signal: AbortSignal = new AbortController().signal): TestCtx {
  const ctx: TestCtx = {
    jobId,
    signal,
    sideEffects: 0,
    events: [],
    progress: () => {},
    beforeSideEffect: async () => {
      ctx.sideEffects++;
      ctx.events.push('beforeSideEffect');
    },
    log: { debug() {}, info() {}, warn() {}, error() {} },
  };
  return ctx;
}

export async function rejection(p: Promise<unknown>): Promise<Error & { mayHaveActed?: boolean }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { mayHaveActed?: boolean };
  }
  throw new Error('expected a rejection');
}

export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export { freePort } from '../../../src/sim/free-port.js';

/** Waits (polling every 10 ms) until `cond` holds. */
export const until = (cond: () => boolean, timeoutMs = 3000): Promise<void> =>
  waitFor(cond, 'condition', timeoutMs, 10).then(() => undefined);
