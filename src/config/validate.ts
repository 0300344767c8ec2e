import type { z } from 'zod';
import { configSchema, deviceSchema, type BridgeConfig, type DeviceConfig } from './schema.js';

export class ConfigError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ConfigError';
  }
}

export interface FieldIssue {
  /** Dotted path such as `devices[1].connection.baudRate`. */
  field: string;
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

export function toFieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((i) => ({ field: fieldPath([...prefix, ...i.path]), message: i.message }));
}

export function parseConfig(input: unknown): BridgeConfig {
  const r = configSchema.safeParse(input);
  if (!r.success) throw new ConfigError(toFieldIssues(r.error));
  return r.data;
}

export function parseDevice(input: unknown): DeviceConfig {
  const r = deviceSchema.safeParse(input);
  if (!r.success) throw new ConfigError(toFieldIssues(r.error));
  return r.data;
}
