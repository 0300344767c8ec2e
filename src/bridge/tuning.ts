/** Timings and switches of the core; tests shorten them, production uses the defaults. */
export interface BridgeTuning {
  pingIntervalMs: number;
  pongTimeoutMs: number;
  reconnectBaseMs: number;
  reconnectCapMs: number;
  fetchWindowMs: number;
  journalFsync: boolean;
  /** Full re-sync with Mews this often, even while the socket is up (events are only hints). */
  resyncIntervalMs: number;
  /** While the socket is down, poll getAllActive this often. */
  offlinePollMs: number;
  progressIntervalMs: number;
  /** A job running this long shows Processing in Mews, and commands waiting behind it Received (status-updates.ts). */
  statusAfterMs: number;
  apiMaxAttempts: number;
  apiBackoffBaseMs: number;
  apiBackoffCapMs: number;
}

export const DEFAULT_TUNING: BridgeTuning = {
  // A connection that goes silent without closing (half-open: a NAT or proxy dropped it) is noticed within
  // ping interval + pong timeout = 10 s and replaced about a second later; the cost is one 2-byte ping each 5 s.
  pingIntervalMs: 5_000,
  pongTimeoutMs: 5_000,
  reconnectBaseMs: 1_000,
  reconnectCapMs: 60_000,
  fetchWindowMs: 2,
  journalFsync: true,
  // Events can be lost without the socket dropping; this bounds how long such a command waits (2 requests/min).
  resyncIntervalMs: 30_000,
  offlinePollMs: 10_000,
  progressIntervalMs: 1_000,
  statusAfterMs: 2_000,
  apiMaxAttempts: 6,
  apiBackoffBaseMs: 500,
  apiBackoffCapMs: 30_000,
};
