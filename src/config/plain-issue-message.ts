import type { z } from 'zod';
import { languageOfLocale } from '../i18n/languages.js';

/**
 * What a config mistake means, in an admin's words, for one zod issue: "is required", "must be a
 * number: write 9100 without quotes", `must be one of "auto", "en", …`, "must be at least 1".
 * `value` is what the file holds at the issue's path (undefined when the key is missing). Messages
 * the schema words itself are kept as they are; only zod's own defaults ("Invalid input: expected
 * number, received string") are replaced.
 */
export function plainIssueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!isZodDefault(issue.message)) return issue.message;
      if (value === undefined) return 'is required';
      return wrongType(issue.expected, value);
    case 'invalid_value':
      if (!isZodDefault(issue.message)) return issue.message;
      return oneOf(issue.values, value);
    case 'too_small':
      if (!isZodDefault(issue.message)) return issue.message;
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters long`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (!isZodDefault(issue.message)) return issue.message;
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters long`
        : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function isZodDefault(message: string): boolean {
  return /^(Invalid input|Invalid option|Too small|Too big)\b/.test(message);
}

function wrongType(expected: string, value: unknown): string {
  const shown = JSON.stringify(value);
  if (expected === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return `must be a number: write ${value.trim()} without quotes`;
  if (expected === 'boolean' && (value === 'true' || value === 'false')) return `must be true or false: write ${value} without quotes`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `must be text in quotes: write "${String(value)}"`;
  const noun: Record<string, string> = {
    number: 'a number',
    boolean: 'true or false',
    string: 'text in quotes',
    object: 'an object { … }',
    array: 'a list [ … ]',
  };
  return `must be ${noun[expected] ?? expected}, not ${shown}`;
}

function oneOf(values: readonly unknown[], value: unknown): string {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  if (typeof value === 'string') {
    const sameButCase = values.find((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase());
    if (sameButCase !== undefined) return `must be one of ${list}: write ${JSON.stringify(sameButCase)}`;
    const language = languageOfLocale(value);
    if (language && language !== value && values.includes(language) && /[-_]/.test(value))
      return `must be one of ${list}: write ${JSON.stringify(language)} (the language without its region)`;
  }
  return `must be one of ${list}`;
}
