/** Spins (yielding to the event loop) until `check` holds; benches poll tightly so waits don't add latency. */
export async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('bench timed out');
    await new Promise((r) => setImmediate(r));
  }
}
