import { describe, expect, it } from 'vitest';
import { systemOptionsSchema } from '../../../src/config/schema.js';
import { SystemPrinterDriver } from '../../../src/devices/system/index.js';
import { WindowsBackend, type ProgramRunner } from '../../../src/devices/system/windows-backend.js';

/**
 * A printer with nothing to report has no status words (`StatusReport.detail` is null then), so the device card
 * shows the health in the UI's language. Before, the driver said "Ready" in English: a German dashboard showed
 * "Bereit" on every device but "Ready" on the office printer.
 */
function driverFor(status: string): SystemPrinterDriver {
  const printers = JSON.stringify([{ Name: 'Office', DriverName: 'd', PortName: 'USB001', Status: status, IsDefault: true }]);
  const run: ProgramRunner = async (file) => (file === 'powershell.exe' ? printers : '');
  return new SystemPrinterDriver(
    { id: 'd', name: 'Office printer', enabled: true, driver: 'system', options: systemOptionsSchema.parse({ printer: 'Office' }) },
    new WindowsBackend({ run }),
    'test',
    { statusPollMs: 0 },
  );
}

describe('system printer status words', () => {
  it('an idle printer: online, no words of its own', async () => {
    const driver = driverFor('Normal');
    await driver.start();
    expect(driver.status()).toMatchObject({ health: 'online', detail: null });
    await driver.stop();
  });

  it('a printer with a problem still says which', async () => {
    const driver = driverFor('PaperOut');
    await driver.start();
    expect(driver.status().health).toBe('attention');
    expect(driver.status().detail).toMatch(/paper/i);
    await driver.stop();
  });
});
