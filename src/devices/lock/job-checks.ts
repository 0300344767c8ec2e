import { DeviceError, type Job, type KeyJob } from '../driver.js';
import { AbortedError } from '../../util/abort.js';
import { ReadTimeoutError } from './byte-queue.js';
import { LinkClosedError } from './lock-stream.js';
import { isMessage, msg, type Message } from '../../i18n/note.js';

/** The job as a key job; a print job (which the bridge never routes to an encoder) fails with a note saying so. */
export function asKeyJob(job: Job): KeyJob {
  if (job.kind !== 'key') throw new DeviceError(msg('lock.cannotPrint'));
  return job;
}

export function encoderFor(job: KeyJob, configured: string | undefined): string {
  const encoder = (configured ?? job.keyCutterId ?? '').trim();
  if (!encoder) throw new DeviceError(msg('lock.noEncoder'));
  return encoder;
}

/**
 * Any failure after the request left: the key may exist, so staff must check before re-issuing. `target`
 * names where the request went (`salto.target`, `fias.target`); `why` is a message of the catalogs, or an
 * error whose own text is kept as it is.
 */
export function mayHaveEncoded(target: Message, why: unknown): DeviceError {
  if (why instanceof DeviceError && why.mayHaveActed) return why;
  return new DeviceError([msg('lock.mayHaveEncoded', { target, reason: lockFailure(why) }), msg('lock.checkCard')], true);
}

/**
 * What went wrong on the link to a lock system, for inside a note's sentence: a catalog message as it is, the
 * lock drivers' own errors (stopped, no answer in time, link closed or lost) in words of the catalogs, another
 * error's own words (a library's or the OS's).
 */
export function lockFailure(why: unknown): Message | string {
  if (isMessage(why)) return why;
  if (why instanceof AbortedError) return msg('lock.commandStopped');
  if (why instanceof ReadTimeoutError) return msg('lock.noReply', { seconds: why.seconds });
  if (why instanceof LinkClosedError) return why.reason;
  return why instanceof Error ? why.message : String(why);
}

/** The lock server address from the command (`ApiUrl`) is not one: the note names it and an example. */
export function apiUrlError(apiUrl: string | null, example: string): DeviceError {
  return new DeviceError(apiUrl ? msg('lock.apiUrlInvalid', { url: apiUrl, example }) : msg('lock.apiUrlEmpty', { example }));
}
