import type { z } from 'zod';
import { configSchema, deviceSchema, type BridgeConfig, type DeviceConfig } from './schema.js';
import { plainIssueMessage } from './plain-issue-message.js';
import { valueAt } from '../util/value-at.js';
import { findUnknownKeys, unknownKeyMessage, type UnknownKey } from './unknown-keys.js';

export class ConfigError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ConfigError';
  }
}

export interface FieldIssue {
  /** Dotted path such as `devices[1].connection.baudRate` (what forms match their fields on). */
  field: string;
  message: string;
  /** For people: the same place with the device named, e.g. `device "Front desk printer": connection.host`. */
  where?: string;
}

/** One line for a person: the device by name rather than its list position. */
export function describeIssue(i: FieldIssue): string {
  return `${i.where ?? i.field}: ${i.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Names the device a `devices[i]…` path points into, when the input gives it a name. */
function whereOf(path: readonly PropertyKey[], input: unknown): string | undefined {
  if (path[0] !== 'devices' || typeof path[1] !== 'number') return undefined;
  const device = (input as { devices?: unknown[] } | null)?.devices?.[path[1]] as { name?: unknown; id?: unknown } | undefined;
  const label =
    typeof device?.name === 'string' && device.name.trim()
      ? `device "${device.name.trim()}"`
      : typeof device?.id === 'string'
        ? `device with Id ${device.id}`
        : `device ${path[1] + 1} in the list`;
  const rest = fieldPath(path.slice(2));
  return rest === '(root)' ? label : `${label}: ${rest}`;
}

function issue(path: readonly PropertyKey[], message: string, input: unknown): FieldIssue {
  const where = whereOf(path, input);
  return { field: fieldPath(path), message, ...(where ? { where } : {}) };
}

/** One FieldIssue per zod issue, in an admin's words (see `plainIssueMessage`); `input` is what was parsed. */
export function toFieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = [], input?: unknown): FieldIssue[] {
  return error.issues.map((i) => issue([...prefix, ...i.path], plainIssueMessage(i, valueAt(input, [...prefix, ...i.path])), input));
}

/**
 * Validates with `schema` and also refuses keys it does not know (with a "did you mean"), so a
 * misspelt setting is an error rather than a default silently used. Throws ConfigError.
 */
function strictParse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // A key that cannot be written as a path segment (empty, spaces, dots) is named in the message only.
  const segment = (u: UnknownKey) => (/^[A-Za-z_$][\w$]*$/.test(u.key) ? [u.key] : []);
  const unknown = findUnknownKeys(schema, input).map((u) => issue([...u.path, ...segment(u)], unknownKeyMessage(u), input));
  const r = schema.safeParse(input);
  if (!r.success || unknown.length) throw new ConfigError([...unknown, ...(r.success ? [] : toFieldIssues(r.error, [], input))]);
  return r.data;
}

export function parseConfig(input: unknown): BridgeConfig {
  return strictParse(configSchema, input);
}

export function parseDevice(input: unknown): DeviceConfig {
  return strictParse(deviceSchema, input);
}
