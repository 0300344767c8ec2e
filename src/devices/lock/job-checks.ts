import { DeviceError, type Job, type KeyJob } from '../driver.js';
import { AbortedError } from '../../util/abort.js';

export function asKeyJob(job: Job, driver: string): KeyJob {
  if (job.kind !== 'key') throw new DeviceError(`The ${driver} key encoder cannot run a ${job.kind} command.`);
  return job;
}

export function encoderFor(job: KeyJob, configured: string | undefined): string {
  const encoder = (configured ?? job.keyCutterId ?? '').trim();
  if (!encoder)
    throw new DeviceError("No encoder is named: set the key cutter Identifier in Mews, or the encoder in this device's settings.");
  return encoder;
}

export const CHECK_CARD = 'Check the card at the encoder or on the door; if it does not work, issue the key again.';

/** Any failure after the request left: the key may exist, so staff must check before re-issuing. */
export function mayHaveEncoded(what: string, err: unknown): DeviceError {
  if (err instanceof DeviceError && err.mayHaveActed) return err;
  const why = err instanceof AbortedError ? 'the command was stopped' : err instanceof Error ? err.message : String(err);
  return new DeviceError(`The key request was sent to ${what}, but ${why}; the card may have been encoded. ${CHECK_CARD}`, true);
}
