import type { z } from 'zod';
import { msg, type Message } from '../i18n/note.js';
import { valueAt } from '../util/value-at.js';

/**
 * What is wrong with a command's `Data`, as a message in the staff's language (rendered from the catalogs,
 * never zod's English): the field keeps its Mews name (`LockIds`, `StartUtc`, `LockIds.0` for an entry of
 * a list, `Data` for the whole object), then what it lacks, e.g. "LockIds needs at least 1 entry",
 * "KeyCount must be at most 20". `data` is the command's `Data` as Mews sent it: a field absent there is
 * "missing", not of the wrong type. An issue of a kind not listed here says only that the field is not valid.
 */
export function dataIssueNote(issue: z.core.$ZodIssue, data: unknown): Message {
  const field = issue.path.map(String).join('.') || 'Data';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return msg('dataIssue.missing', { field });
      return msg('dataIssue.wrongType', { field, expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'array') return msg('dataIssue.tooFewItems', { field, minimum: Number(issue.minimum) });
      if (issue.origin === 'string') return msg('dataIssue.tooShort', { field, minimum: Number(issue.minimum) });
      if (issue.inclusive !== false) return msg('dataIssue.tooLow', { field, minimum: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.origin === 'array') return msg('dataIssue.tooManyItems', { field, maximum: Number(issue.maximum) });
      if (issue.origin === 'string') return msg('dataIssue.tooLong', { field, maximum: Number(issue.maximum) });
      if (issue.inclusive !== false) return msg('dataIssue.tooHigh', { field, maximum: Number(issue.maximum) });
      break;
    case 'invalid_format':
      if (issue.format === 'datetime') return msg('dataIssue.dateTime', { field });
      break;
  }
  return msg('dataIssue.invalid', { field });
}
