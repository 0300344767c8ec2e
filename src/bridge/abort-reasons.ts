/**
 * Why the bridge aborted a running job: the `reason` given to the job's AbortController. The runner
 * tells them apart by class, never by message text; the messages are what a driver sees in
 * `signal.reason` (and may pass on in an AbortedError).
 */

/** Mews (a user, or another bridge) cancelled the command while it ran. */
export class CancelledInMews extends Error {
  override readonly name = 'CancelledInMews';
  constructor() {
    super('Cancelled in Mews');
  }
}

/** The job ran longer than the device's `options.jobTimeoutSeconds`. */
export class JobTimedOut extends Error {
  override readonly name = 'JobTimedOut';
  constructor() {
    super('timeout');
  }
}

/** The bridge is shutting down and its grace period ran out. */
export class BridgeStopping extends Error {
  override readonly name = 'BridgeStopping';
  constructor() {
    super('The bridge is stopping');
  }
}
