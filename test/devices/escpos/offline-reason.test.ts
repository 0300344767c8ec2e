import { afterEach, describe, expect, it } from 'vitest';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import { freePort } from '../../../src/sim/free-port.js';
import { makeDriver } from './fixtures.js';

/**
 * A printer that cannot be reached at start shows why on its device card (README, Troubleshooting: "Serial device
 * offline: Permission denied, cannot open /dev/ttyUSB0"), not a bare "Not connected" — also after the transport's
 * retries, which repeat the same reason and so announce no new state.
 */
describe('EscposDriver offline at start', () => {
  let driver: EscposDriver | undefined;
  afterEach(async () => {
    await driver?.stop();
    driver = undefined;
  });

  const waitRetries = () => new Promise((r) => setTimeout(r, 600)); // transport retries every 50–200 ms (fixtures)

  it('names the missing serial port', async () => {
    const path = '/dev/ttyUSB-newcomer-missing';
    driver = makeDriver({ type: 'serial', path, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'none' });
    await driver.start();
    await waitRetries();
    const s = driver.status();
    expect(s.health).toBe('offline');
    expect(s.detail).toMatch(/^Not connected: /);
    expect(s.detail).toContain(path);
    expect(s.detail).not.toMatch(/Error: /); // no "Error: " prefix from the serial binding's message
  });

  it('names the refused TCP address', async () => {
    const port = await freePort();
    driver = makeDriver({ type: 'tcp', host: '127.0.0.1', port });
    await driver.start();
    await waitRetries();
    const s = driver.status();
    expect(s.health).toBe('offline');
    expect(s.detail).toMatch(/^Not connected: 127\.0\.0\.1:\d+ refused the connection/);
    expect(s.detail).toContain(`127.0.0.1:${port}`);
  });
});
