import type { BridgeApi, Snapshot } from './api.js';
import { AbortedError } from '../util/abort.js';

/** A held quiet moment: the bridge is paused and nothing runs. `release()` resumes it (when the install did not happen). */
export interface QuietMoment {
  release(): Promise<void>;
}

const quiet = (s: Snapshot) => s.counts.running === 0 && s.counts.queued === 0;

/**
 * Waits for a moment when no command runs or waits, then pauses the bridge (no new command starts) and checks
 * again: a command that started in between means resuming and waiting for the next moment. Resolves with the
 * bridge paused and idle, so an update can be installed without cutting a print or a key card short.
 * Rejects with `AbortedError` when `signal` aborts (the bridge is then not left paused).
 * Fed by `BridgeApi` events only (any command, connection or snapshot event triggers a look).
 */
export async function holdQuietMoment(api: BridgeApi, signal?: AbortSignal): Promise<QuietMoment> {
  for (;;) {
    await waitUntil(api, quiet, signal);
    await api.setPaused(true);
    const now = await api.getSnapshot();
    if (now.counts.running === 0 && !signal?.aborted) return { release: async () => void (await api.setPaused(false)) };
    await api.setPaused(false); // a command slipped in before the pause took hold: let it finish
    if (signal?.aborted) throw new AbortedError(signal.reason);
  }
}

function waitUntil(api: BridgeApi, holds: (s: Snapshot) => boolean, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let looking = false;
    let again = false;
    let done = false;
    const finish = (err?: unknown) => {
      if (done) return;
      done = true;
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err instanceof Error ? err : new Error('Stopped waiting for a quiet moment', { cause: err }));
      else resolve();
    };
    const look = async (): Promise<void> => {
      if (looking) return void (again = true);
      looking = true;
      try {
        do {
          again = false;
          if (holds(await api.getSnapshot())) return finish();
        } while (again && !done);
      } catch (err) {
        finish(err);
      } finally {
        looking = false;
      }
    };
    const onAbort = () => finish(new AbortedError(signal!.reason));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const unsubscribe = api.subscribe(() => void look());
    void look();
  });
}
