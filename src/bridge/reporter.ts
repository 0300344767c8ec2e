import { setMaxListeners } from 'node:events';
import type { Logger } from '../util/logger.js';
import type { CommandUpdate, MewsApiClient } from '../mews/mews-api-client.js';
import { MewsApiError } from '../mews/errors.js';
import { abortableDelay } from '../util/abort.js';
import { backoffDelay } from '../util/backoff-delay.js';

/**
 * Sends command updates to Mews, in order per command, through the token's request budget. Final states
 * are retried until Mews takes them (the API client already retries briefly; here we keep going across
 * longer outages). A Received/Processing still waiting for the budget when the command's final state
 * comes is withdrawn (the final state says more); Progress is sent only when the budget has room.
 */
export class Reporter {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly lastProgressAt = new Map<string, number>();
  /** Per command: withdraws its informative updates still waiting for the budget. */
  private readonly withdraw = new Map<string, AbortController>();
  private readonly stop = new AbortController();

  constructor(
    private readonly api: MewsApiClient,
    private readonly log: Logger,
    private readonly progressIntervalMs = 1000,
  ) {
    setMaxListeners(0, this.stop.signal); // one listener per update in flight
  }

  /**
   * Received / Processing, best effort: failures are logged, not retried beyond the client's own retries.
   * Resolves false when it was not delivered (failed, or withdrawn by the command's final state).
   */
  send(update: CommandUpdate): Promise<boolean> {
    let w = this.withdraw.get(update.CommandId);
    if (!w) this.withdraw.set(update.CommandId, (w = new AbortController()));
    const withdraw = w.signal;
    return this.chain(update.CommandId, async () => {
      try {
        if (withdraw.aborted) return false;
        await this.api.update(update, { signal: this.stop.signal, withdraw });
        return true;
      } catch (err) {
        if (!this.stop.signal.aborted && !withdraw.aborted)
          this.log.warn({ commandId: update.CommandId, state: update.State, err: describe(err) }, 'Could not update the command in Mews');
        return false;
      }
    });
  }

  /**
   * Progress, at most one per interval per command, and only when it can go now: dropped (not queued)
   * while an earlier update of the command is still on its way or the budget has no room for Progress.
   */
  progress(commandId: string, fraction: number): void {
    const now = Date.now();
    if (now - (this.lastProgressAt.get(commandId) ?? 0) < this.progressIntervalMs) return;
    if (this.chains.has(commandId)) return;
    this.lastProgressAt.set(commandId, now);
    const update: CommandUpdate = { CommandId: commandId, State: 'Processing', Progress: Math.round(fraction * 100) / 100 };
    void this.chain(commandId, () =>
      this.api.progressIfRoom(update, this.stop.signal).catch((err: unknown) => {
        if (!this.stop.signal.aborted) this.log.debug({ commandId, err: describe(err) }, 'Progress not delivered to Mews');
        return false;
      }),
    );
  }

  /**
   * A final state: retried until accepted. Resolves with 'accepted', or 'refused' when Mews answers
   * that the update itself is wrong (4xx other than 401/408/429), which retrying cannot fix.
   */
  final(update: CommandUpdate): Promise<'accepted' | 'refused' | 'stopped'> {
    this.lastProgressAt.delete(update.CommandId);
    this.withdraw.get(update.CommandId)?.abort(new Error('superseded by the final state'));
    this.withdraw.delete(update.CommandId);
    return this.chain(update.CommandId, async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.api.update(update, { signal: this.stop.signal });
          return 'accepted' as const;
        } catch (err) {
          if (this.stop.signal.aborted) return 'stopped' as const;
          if (err instanceof MewsApiError && !err.retryable && err.kind !== 'unauthorized') {
            this.log.error(
              { commandId: update.CommandId, state: update.State, err: describe(err), requestId: err.requestId },
              'Mews refused the final state',
            );
            return 'refused' as const;
          }
          const wait = backoffDelay(attempt, 2000, 60_000);
          this.log.warn(
            { commandId: update.CommandId, state: update.State, err: describe(err), retryInMs: wait },
            'Final state not delivered to Mews yet',
          );
          try {
            await abortableDelay(wait, this.stop.signal);
          } catch {
            return 'stopped' as const;
          }
        }
      }
    });
  }

  /** Wait for every queued update (used at shutdown with a deadline). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
  }

  close(): void {
    this.stop.abort();
  }

  private chain<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(id) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    this.chains.set(id, next);
    void next.finally(() => {
      if (this.chains.get(id) !== next) return;
      this.chains.delete(id);
      this.withdraw.delete(id); // nothing of this command waits any more
    });
    return next;
  }
}

function describe(err: unknown): string {
  if (err instanceof MewsApiError) return `${err.kind}${err.status ? ` ${err.status}` : ''}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
