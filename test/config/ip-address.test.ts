import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIpAddress } from '../../src/config/schema.js';

// The allowed-peers check moved from Node's net.isIP to zod's formats (the renderer type-checks the schema
// and must not see Node's types); it must accept and refuse exactly what net.isIP does.
describe('isIpAddress agrees with net.isIP', () => {
  it('on addresses people type and near misses', () => {
    const cases = [
      '192.168.1.20',
      '0.0.0.0',
      '255.255.255.255',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3',
      '1.2.3.4.5',
      ' 1.2.3.4',
      '1.2.3.4 ',
      '::',
      '::1',
      'fe80::1',
      'FE80::1',
      '2001:db8::8a2e:370:7334',
      '1:2:3:4:5:6:7:8',
      '1::2::3',
      'abcd::12345',
      '::ffff:192.168.1.20',
      '::ffff:1.2.3',
      '64:ff9b::192.0.2.33',
      '1:2:3:4:5:6:1.2.3.4',
      'fe80::1%eth0',
      '::1%lo0',
      'fe80::1%1',
      'fe80::1%e:0',
      'fe80::1%',
      'fe80::1%a%b',
      'fe80::1%eth_0',
      'fe80::1%eth 0',
      '1.2.3.4%eth0',
      'localhost',
      'lock-server.local',
      '',
      '192.168.1.20:5010',
    ];
    for (const a of cases) expect([a, isIpAddress(a)]).toEqual([a, isIP(a) !== 0]);
  });

  it('on generated addresses and strings', () => {
    const zone = fc.stringMatching(/^%[0-9a-zA-Z._: -]{0,6}$/);
    const candidates = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.ipV4Extended(),
      fc.tuple(fc.ipV6(), zone).map(([a, z]) => a + z),
      fc.tuple(fc.ipV4(), zone).map(([a, z]) => a + z),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%'), maxLength: 45 }),
    );
    fc.assert(
      fc.property(candidates, (a) => isIpAddress(a) === (isIP(a) !== 0)),
      { numRuns: 3000 },
    );
  });
});
