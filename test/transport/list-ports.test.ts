import { afterEach, describe, expect, it, vi } from 'vitest';
import { listSerialPorts } from '../../src/transport/index.js';

afterEach(() => {
  vi.doUnmock('serialport');
  vi.resetModules();
});

describe('listSerialPorts', () => {
  it('never rejects and lists ports by their path', async () => {
    const res = await listSerialPorts();
    expect(Array.isArray(res.ports)).toBe(true);
    for (const p of res.ports) expect(p.path).toMatch(/^(\/dev\/|COM)/);
  });

  it("a failed OS listing gives the OS's reason only: the UI words the sentence in the chosen language", async () => {
    // As on a Linux PC without udev (the demo showed "Could not list ports (The system could not list serial ports
    // (spawn udevadm ENOENT). Type the port path instead, …). Type the path instead." in the German UI before).
    vi.doMock('serialport', () => ({
      SerialPort: { list: () => Promise.reject(new Error('spawn udevadm ENOENT')) },
    }));
    vi.resetModules();
    const { listSerialPorts: list } = await import('../../src/transport/index.js');
    const res = await list();
    expect(res.error).toBe('spawn udevadm ENOENT');
    expect(Array.isArray(res.ports)).toBe(true);
  });
});
