/**
 * Waits (yielding to the event loop) until `check` holds. With `pollMs` 0 it spins tightly, so a latency
 * measurement is not charged for the wait; long waits pass a poll interval so they leave the CPU to the work.
 */
export async function until(check: () => boolean, timeoutMs: number, pollMs = 0): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('bench timed out');
    await new Promise((r) => (pollMs > 0 ? setTimeout(r, pollMs) : setImmediate(r)));
  }
}
