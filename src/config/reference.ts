import { z } from 'zod';
import { configSchema } from './schema.js';

/**
 * The README's "Configuration reference", generated from `configSchema` (via `z.toJSONSchema`), so
 * the documentation cannot drift from what the validator accepts. `npm run docs:config` writes it
 * between the markers below; a test fails when the README is out of date.
 */
export const REFERENCE_START = '<!-- config-reference:start -->';
export const REFERENCE_END = '<!-- config-reference:end -->';

type Json = Record<string, unknown>;

interface Condition {
  /** e.g. `devices[].driver` */
  key: string;
  value: string;
}

interface Row {
  path: string;
  type: string;
  default: string;
  allowed: string;
  description: string;
  conditions: Condition[][];
}

const SAFE = Number.MAX_SAFE_INTEGER;
const code = (v: unknown) => (v === '' ? '`""`' : '`' + (typeof v === 'string' ? v : JSON.stringify(v)) + '`');

function constsOf(s: Json): unknown[] | null {
  if (Array.isArray(s.enum)) return s.enum as unknown[];
  if ('const' in s) return [s.const];
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alts?.every((a) => 'const' in a)) return alts.map((a) => a.const);
  return null;
}

function typeOf(s: Json): string {
  const consts = constsOf(s);
  if (consts) return [...new Set(consts.map((c) => typeof c))].join(' | ');
  if (s.format === 'uri') return 'string (URL)';
  if (s.type === 'array') return `array of ${typeOf((s.items ?? {}) as Json)}`;
  if (s.oneOf || s.anyOf) return 'object';
  return Array.isArray(s.type) ? s.type.join(',') : typeof s.type === 'string' ? s.type : 'any';
}

function allowedOf(s: Json): string {
  if (Array.isArray(s.allowedValues)) return (s.allowedValues as unknown[]).map(code).join(', ');
  const consts = constsOf(s);
  if (consts) return consts.map(code).join(', ');
  const parts: string[] = [];
  const min = typeof s.minimum === 'number' && Math.abs(s.minimum) < SAFE ? s.minimum : null;
  const max = typeof s.maximum === 'number' && Math.abs(s.maximum) < SAFE ? s.maximum : null;
  if (min !== null && max !== null) parts.push(`${min} – ${max}`);
  else if (min !== null) parts.push(`≥ ${min}`);
  else if (max !== null) parts.push(`≤ ${max}`);
  if (typeof s.multipleOf === 'number') parts.push(`multiple of ${s.multipleOf}`);
  if (typeof s.minLength === 'number' && s.minLength > 0) parts.push('not empty');
  if (typeof s.maxLength === 'number') parts.push(`at most ${s.maxLength} characters`);
  return parts.join(', ');
}

/** The property whose `const` / `enum` tells the variants of a union apart (`driver`, `type`). */
function discriminator(variants: Json[]): string | null {
  const first = (variants[0]?.properties ?? {}) as Record<string, Json>;
  for (const key of Object.keys(first))
    if (variants.every((v) => constsOf(((v.properties ?? {}) as Record<string, Json>)[key] ?? {}) !== null)) return key;
  return null;
}

class Collector {
  readonly rows: Row[] = [];
  /** Every value of each discriminator, to leave out conditions that hold for all variants. */
  readonly domains = new Map<string, Set<string>>();

  add(row: Omit<Row, 'conditions'>, conditions: Condition[], mergeOnPathOnly = false): void {
    const same = this.rows.find(
      (r) =>
        r.path === row.path &&
        (mergeOnPathOnly ||
          (r.type === row.type && r.default === row.default && r.allowed === row.allowed && r.description === row.description)),
    );
    if (!same) return void this.rows.push({ ...row, conditions: [conditions] });
    same.conditions.push(conditions);
    if (mergeOnPathOnly) {
      const values = new Set([...same.allowed.split(', '), ...row.allowed.split(', ')].filter(Boolean));
      same.allowed = [...values].join(', ');
      same.description ||= row.description;
    }
  }

  walk(s: Json, path: string, required: boolean, conditions: Condition[]): void {
    const description = typeof s.description === 'string' ? s.description : '';
    const variants = (s.oneOf ?? s.anyOf) as Json[] | undefined;
    const isObject = s.type === 'object' && s.properties;
    const isUnion = variants && !constsOf(s) && variants.every((v) => v.type === 'object');
    if (isObject || isUnion || (s.type === 'array' && ((s.items as Json).type === 'object' || (s.items as Json).oneOf))) {
      if (description)
        this.add(
          {
            path,
            type: typeOf(s),
            default: required ? 'required' : s.default !== undefined ? code(s.default) : '—',
            allowed: '',
            description,
          },
          conditions,
        );
    }
    if (s.type === 'array' && s.items && ((s.items as Json).type === 'object' || (s.items as Json).oneOf))
      return this.walk(s.items as Json, `${path}[]`, false, conditions);
    if (isUnion) {
      const key = discriminator(variants);
      for (const v of variants) {
        const props = (v.properties ?? {}) as Record<string, Json>;
        const values = key ? (constsOf(props[key]!) ?? []).map(String) : [];
        const condKey = `${path}.${key}`;
        if (key) for (const val of values) (this.domains.get(condKey) ?? this.domains.set(condKey, new Set()).get(condKey)!).add(val);
        this.walkProps(v, path, key ? [...conditions, ...values.map((value) => ({ key: condKey, value }))] : conditions, key);
      }
      return;
    }
    if (isObject) return this.walkProps(s, path, conditions, null);
    this.add(
      {
        path,
        type: typeOf(s),
        default: s.default !== undefined ? code(s.default) : required ? 'required' : '—',
        allowed: allowedOf(s),
        description,
      },
      conditions,
    );
  }

  private walkProps(s: Json, path: string, conditions: Condition[], discriminatorKey: string | null): void {
    const required = new Set((s.required ?? []) as string[]);
    for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
      const p = path ? `${path}.${name}` : name;
      if (name === discriminatorKey) {
        const desc = typeof prop.description === 'string' ? prop.description : '';
        this.add({ path: p, type: typeOf(prop), default: 'required', allowed: allowedOf(prop), description: desc }, [], true);
      } else this.walk(prop, p, required.has(name) && prop.default === undefined, conditions);
    }
  }

  /**
   * "(driver `escpos`)" from the merged conditions of a row: only the innermost union counts (a
   * connection field depends on connection.type, whatever the driver), and nothing is shown when the
   * field exists for every variant.
   */
  when(row: Row): string {
    const innermost = row.conditions.map((conds) => conds.at(-1)).filter((c): c is Condition => !!c);
    const keys = [...new Set(innermost.map((c) => c.key))];
    const parts: string[] = [];
    for (const key of keys) {
      const values = new Set(row.conditions.flatMap((conds) => conds.filter((c) => c.key === key).map((c) => c.value)));
      const all = this.domains.get(key);
      if (all && [...all].every((v) => values.has(v))) continue;
      parts.push(`${key.replace(/^devices\[\]\./, '')} ${[...values].map((v) => '`' + v + '`').join(' / ')}`);
    }
    return parts.length ? ` *(${parts.join('; ')})*` : '';
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown table (with a short lead-in), without the markers. */
export function configReferenceMarkdown(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  const c = new Collector();
  c.walk(schema, '', false, []);
  const lines = [
    '_Generated from `src/config/schema.ts` by `npm run docs:config`; do not edit by hand._',
    '',
    'Every field of the config file (`--config FILE`; the desktop app stores the same settings). Paths use `.` for',
    'nesting and `[]` for list items; *(driver `…`)* / *(connection.type `…`)* mark fields that exist only for those',
    'device kinds. "required" means the field has no default and must be given.',
    '',
    '| Path | Type | Default | Allowed values | Description |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of c.rows)
    lines.push(`| \`${r.path}\`${c.when(r)} | ${cell(r.type)} | ${cell(r.default)} | ${cell(r.allowed)} | ${cell(r.description)} |`);
  return lines.join('\n') + '\n';
}

/** `readme` with the text between the markers replaced by the generated reference. */
export function withConfigReference(readme: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`README has no ${REFERENCE_START} … ${REFERENCE_END} section`);
  return readme.slice(0, start + REFERENCE_START.length) + '\n' + configReferenceMarkdown() + readme.slice(end);
}
