import { readdir } from 'node:fs/promises';

export interface ListedPort {
  path: string;
  manufacturer: string | null;
  serialNumber: string | null;
}

export interface ListedPorts {
  ports: ListedPort[];
  /**
   * Set when the OS listing failed: the OS's own reason only (e.g. "spawn udevadm ENOENT"), in no language of
   * ours; the UI puts it inside its own translated sentence ("Could not list ports (…). Type the path instead.").
   */
  error: string | null;
}

/** Serial ports for the device settings screen; never rejects. */
export async function listSerialPorts(): Promise<ListedPorts> {
  try {
    const { SerialPort } = await import('serialport'); // loaded only when ports are listed
    const ports = await SerialPort.list();
    return {
      ports: ports.map((p) => ({ path: p.path, manufacturer: p.manufacturer ?? null, serialNumber: p.serialNumber ?? null })),
      error: null,
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const ports = process.platform === 'win32' ? [] : await scanDev();
    return { ports, error: reason };
  }
}

const DEV_PATTERN = /^tty(USB|ACM|S)\d+$/;

/** Fallback when udev is unavailable: stable by-id links first, then the usual device nodes. */
async function scanDev(): Promise<ListedPort[]> {
  const found: ListedPort[] = [];
  try {
    for (const name of (await readdir('/dev/serial/by-id')).sort()) found.push(port(`/dev/serial/by-id/${name}`));
  } catch {
    /* no by-id directory: no USB serial adapters plugged in */
  }
  try {
    for (const name of (await readdir('/dev')).filter((n) => DEV_PATTERN.test(n)).sort(byNumber)) found.push(port(`/dev/${name}`));
  } catch {
    /* /dev unreadable: nothing to offer */
  }
  return found;
}

const port = (path: string): ListedPort => ({ path, manufacturer: null, serialNumber: null });

function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
