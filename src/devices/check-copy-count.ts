import { msg } from '../i18n/note.js';
import { UnrunnableCommandError } from './driver.js';

/**
 * Refuses a print job's `copies` (Mews's CopyCount) unless it is a whole number from 1 to `max`, the
 * printer driver's own limit. The error is not retryable: the same command would fail the same way.
 */
export function checkCopyCount(copies: number, max: number): void {
  if (!Number.isInteger(copies) || copies < 1 || copies > max)
    throw new UnrunnableCommandError(msg('print.copiesOutOfRange', { copies: String(copies), max }));
}
