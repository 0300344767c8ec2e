import { describe, expect, it } from 'vitest';
import { MewsApiClient } from '../../src/mews/mews-api-client.js';
import { SerialTransport } from '../../src/transport/serial-transport.js';
import { freePort } from '../../src/sim/free-port.js';
import { plainError } from '../../src/util/plain-error.js';
import { silentLogger } from '../../src/util/logger.js';
import { waitFor } from '../helpers/wait-for.js';

/** What staff read names the address and what to check, never a bare code or a doubled "Error:". */
describe('plain error words', () => {
  it('turns codes into words that name the target', () => {
    const cases: [unknown, RegExp][] = [
      [{ code: 'ENOTFOUND' }, /the name api\.example cannot be found\. Check the address/],
      [{ cause: { code: 'ECONNREFUSED' } }, /api\.example refused the connection/],
      [{ code: 'ETIMEDOUT' }, /did not answer in time/],
      [
        new Error('Error: Error: No such file or directory, cannot open /dev/ttyUSB9'),
        /api\.example does not exist\. Check that the cable/,
      ],
      [new Error('Error: Permission denied, cannot open /dev/ttyS0'), /dialout/],
      [new Error('Error: something odd'), /^something odd$/],
    ];
    for (const [err, words] of cases) {
      const text = plainError(err, 'api.example');
      expect(text).toMatch(words);
      expect(text).not.toMatch(/\bE[A-Z]{4,}\b|Error:/);
    }
  });

  it('a Mews that cannot be reached is reported with its host and what to check', async () => {
    const port = await freePort(); // nothing listens there
    const api = new MewsApiClient({
      apiUrl: `http://127.0.0.1:${port}`,
      credentials: () => ({ clientToken: 'c', accessToken: 'a', client: 'T' }),
      log: silentLogger(),
      maxAttempts: 1,
      requestTimeoutMs: 2000,
    });
    const err = await api.getAllActive().then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toBe(
      `Cannot reach Mews: 127.0.0.1:${port} refused the connection. Check the address and port, and that the device or service there is switched on.`,
    );
  });

  it('a missing serial port is described once, without nested "Error:"', async () => {
    const t = new SerialTransport(
      { path: '/dev/ttyNOPE42', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'none' },
      { initialDelayMs: 50, maxDelayMs: 100 },
    );
    let reason: string | null = null;
    t.onState((s) => (reason = s.reason));
    void t.open().catch(() => undefined);
    await waitFor(() => reason && reason !== 'not opened', 'a reason');
    expect(reason).toMatch(/^\/dev\/ttyNOPE42 does not exist\. Check that the cable is plugged in/);
    await t.close();
  });
});
