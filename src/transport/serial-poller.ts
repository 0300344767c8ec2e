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
