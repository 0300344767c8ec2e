import { read as fsRead } from 'node:fs';
import { promisify } from 'node:util';

/**
 * Work-around for a lost-wakeup bug in @serialport/bindings-cpp 13 (Linux and macOS).
 *
 * Each open port has one libuv poll handle shared by the reader and the writer. The native
 * `Poller::poll(events)` records `events` but then calls `uv_poll_start(handle, events)` with only
 * the events of *this* call, which replaces what was being watched. So when a write is waiting for
 * "writable" (EAGAIN: XOFF received, or the device is not reading) and the reader then hits EAGAIN
 * and asks for "readable", the writable watch is dropped. The write is only resumed by a later
 * readable event; if the device has nothing more to say (it waits for our next status query, or
 * its XON was consumed by the kernel's IXON handling and never shows up as data), the write, and
 * every write queued behind it, hangs for ever.
 *
 * The fix: whenever the poller is (re)armed, also watch every event somebody is still waiting for.
 */

const UV_READABLE = 0b001;
const UV_WRITABLE = 0b010;
const UV_DISCONNECT = 0b100;

interface PollerLike {
  poll(eventFlag?: number): void;
  listenerCount(event: string): number;
}

const patched = new WeakSet<object>();

/** Patches the poller of an opened serialport binding port, if it has one (not on Windows). */
export function keepPendingPollEvents(bindingPort: unknown): boolean {
  const poller = (bindingPort as { poller?: unknown } | null)?.poller as PollerLike | undefined;
  if (!poller || typeof poller.poll !== 'function' || typeof poller.listenerCount !== 'function') return false;
  if (patched.has(poller)) return true;
  patched.add(poller);
  const poll = poller.poll.bind(poller);
  poller.poll = (eventFlag = 0) => {
    const waiting =
      (poller.listenerCount('readable') > 0 ? UV_READABLE : 0) |
      (poller.listenerCount('writable') > 0 ? UV_WRITABLE : 0) |
      (poller.listenerCount('disconnect') > 0 ? UV_DISCONNECT : 0);
    poll(eventFlag | waiting);
  };
  return true;
}

interface ReadablePort {
  fd: number | null;
  readonly isOpen: boolean;
  poller: { once(event: 'readable', cb: (err: Error | null) => void): unknown };
  read(buffer: Buffer, offset: number, length: number): Promise<{ bytesRead: number; buffer: Buffer }>;
}

const readAsync = promisify(fsRead);
const RETRY = new Set(['EAGAIN', 'EWOULDBLOCK', 'EINTR']);
const GONE = new Set(['EBADF', 'ENXIO', 'EIO', 'UNKNOWN']);

/**
 * Second work-around, same package: after a hang-up (USB adapter unplugged, socat killed) read()
 * on the tty returns 0 bytes, and bindings-cpp's unixRead retries a 0-byte read at once, for ever:
 * if the hang-up lands while a read is in flight, the port spins on a CPU and never reports the
 * disconnect (only a later write would fail). A tty opened non-blocking answers "no data" with
 * EAGAIN, so 0 bytes means end of file: report it as a disconnect instead.
 */
export function endOfFileIsDisconnect(bindingPort: unknown): boolean {
  const port = bindingPort as ReadablePort | null;
  if (!port || typeof port.read !== 'function' || !port.poller || !('fd' in port)) return false;
  port.read = async (buffer, offset, length) => {
    for (;;) {
      if (!port.isOpen || port.fd === null) throw Object.assign(new Error('Port is not open'), { canceled: true });
      try {
        const { bytesRead } = await readAsync(port.fd, buffer, offset, length, null);
        if (bytesRead === 0) throw Object.assign(new Error('the device hung up'), { disconnect: true });
        return { bytesRead, buffer };
      } catch (err) {
        const e = err as NodeJS.ErrnoException & { disconnect?: boolean };
        if (e.disconnect) throw e;
        if (e.code && RETRY.has(e.code)) {
          // Closed while the read was in flight: its poller is gone, and polling a destroyed native
          // poller crashes the process (seen as a worker dying when a test closed the port).
          if (!port.isOpen || port.fd === null) throw Object.assign(new Error('Port is not open'), { canceled: true });
          await new Promise<void>((resolve, reject) => port.poller.once('readable', (pe) => (pe ? reject(pe) : resolve())));
          continue;
        }
        if ((e.code && GONE.has(e.code)) || e.errno === -1) e.disconnect = true;
        throw e;
      }
    }
  };
  return true;
}
