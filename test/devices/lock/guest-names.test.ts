import { afterEach, describe, expect, it } from 'vitest';
import { FiasDriver } from '../../../src/devices/fias/fias-driver.js';
import { lockName, toLockText } from '../../../src/devices/lock/text.js';
import { SaltoDriver } from '../../../src/devices/salto/salto-driver.js';
import { startFiasSim, type FiasSimHandle } from '../../../src/sim/fias-sim.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { jobCtx, keyJob, lockOptions } from '../keycutter/kit.js';

/** Names from every script become what the lock accepts: printable ASCII, never '?' runs. */
const NAMES: [script: string, name: string, expected: string][] = [
  ['Cyrillic', 'Иван Петров', 'Ivan Petrov'],
  ['Greek', 'Γιώργος Παπαδόπουλος', 'Giorgos Papadopoylos'],
  ['Arabic', 'محمد علي', 'mHmd aaly'],
  ['Hebrew', 'דוד כהן', 'dvd khn'],
  ['Chinese', '王小明', 'Wang Xiao Ming'],
  ['Vietnamese', 'Nguyễn Văn Anh', 'Nguyen Van Anh'],
  ['Latin with emoji', 'Anna 😀 Smith', 'Anna Smith'],
  ['only emoji', '😀🎉', ''],
  ['full-width Latin', 'Ｊｏｈｎ', 'John'],
];

describe('guest names for locks, from every script', () => {
  it.each(NAMES)('%s: "%s" becomes "%s"', (_script, name, expected) => {
    const out = lockName(name, null);
    expect(out).toBe(expected);
    expect(out).toMatch(/^[\x20-\x7e]*$/);
    expect(out).not.toContain('?');
  });

  it('prefers Mews’s normalized name when there is one, and transliterates it too if it is not ASCII', () => {
    expect(lockName('Иван', 'Ivan')).toBe('Ivan');
    expect(lockName('Иван', '  ')).toBe('Ivan');
    expect(lockName('Jöhn', 'Jöhn')).toBe('John');
  });

  it('keeps a literal question mark the guest really has, and protocol marks passed in as replacements', () => {
    expect(toLockText('Who?')).toBe('Who?');
    expect(toLockText('A³B', { '\u00b3': '|' })).toBe('A|B');
  });
});

describe('"Иван Петров" with no normalized names from Mews reaches the locks as "Ivan Petrov" (field case)', () => {
  const ivan = { firstName: 'Иван', lastName: 'Петров', normalizedFirstName: null, normalizedLastName: null };
  let salto: SaltoSimHandle | null = null;
  let fias: FiasSimHandle | null = null;
  let saltoDriver: SaltoDriver | null = null;
  let fiasDriver: FiasDriver | null = null;
  afterEach(async () => {
    await saltoDriver?.stop();
    await fiasDriver?.stop();
    await salto?.close();
    await fias?.close();
    salto = fias = saltoDriver = fiasDriver = null;
  });

  it('Salto: the name printed on the card', async () => {
    salto = await startSaltoSim({ endpoint: { type: 'tcp' } });
    const { port } = salto.address as { port: number };
    saltoDriver = new SaltoDriver({
      connection: { type: 'tcp', host: '127.0.0.1', port },
      options: lockOptions(),
      timeouts: { ackMs: 1000, answerMs: 3000, retryDelayMs: 20 },
      connectRetryMs: 300,
    });
    await saltoDriver.start();
    await saltoDriver.execute(keyJob({ ...ivan, keyCutterData: { Type: 'IndustryStandardProtocol', PrintGuestName: true } }), jobCtx());
    const frame = Buffer.from(salto.frames[0]!).toString('latin1');
    expect(frame).toContain('\xb3Ivan Petrov\xb3');
    expect(frame).not.toContain('?');
  });

  it('FIAS: the guest name field GN', async () => {
    fias = await startFiasSim({ endpoint: { role: 'server' } });
    const { port } = fias.address as { port: number };
    fiasDriver = new FiasDriver({
      connection: { type: 'tcp', host: '127.0.0.1', port },
      options: lockOptions(),
      linkWaitMs: 3000,
      answerMs: 3000,
      linkStartWaitMs: 100,
      keepAliveMs: 0,
    });
    await fiasDriver.start();
    await fias.waitLinked();
    await fiasDriver.execute(keyJob({ ...ivan, keyCutterData: { Type: 'FiasProtocol' } }), jobCtx());
    const kr = fias.received.find((r) => r.type === 'KR')!;
    expect(kr.get('GN')).toBe('Petrov Ivan');
  });
});
