import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/**
 * Keys in a settings object that the schema does not know, each with the likeliest key meant.
 * Strictness comes from the schema itself: every object in it is closed (unless it declares a
 * catch-all), so a key added to the schema is accepted everywhere at once, and a misspelt one
 * (`"enviroment": "production"`) is an error instead of a silently ignored setting.
 */
export interface UnknownKey {
  /** Path of the object holding the key. */
  path: PropertyKey[];
  key: string;
  /** A known key, possibly one level down such as `options.cardWaitSeconds`; null when nothing is close. */
  suggestion: string | null;
  /** Keys allowed at this place, for the message when nothing is close. */
  allowed: string[];
}

/** Words people use for a key that has another name here. */
const SYNONYMS: Record<string, string> = {
  ip: 'host',
  ipaddress: 'host',
  address: 'host',
  hostname: 'host',
  server: 'host',
  baud: 'baudRate',
  speed: 'baudRate',
  com: 'path',
  comport: 'path',
  serialport: 'path',
  env: 'environment',
  token: 'accessToken',
};

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
}

const def = (s: z.core.$ZodType): Def => s._zod.def;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object schema under wrappers (optional, default, pipe…), or null when it is not an object. */
function objectShape(s: z.core.$ZodType): Record<string, z.core.$ZodType> | null {
  const d = def(s);
  if (d.type === 'object') return d.shape ?? null;
  const inner = d.innerType ?? d.in ?? d.getter?.();
  return inner ? objectShape(inner) : null;
}

/** Lists every key of `input` that `schema` has no place for. Values of the wrong type are left to the schema. */
export function findUnknownKeys(schema: z.core.$ZodType, input: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(schema, input, path, out);
  return out;
}

function walk(schema: z.core.$ZodType, value: unknown, path: PropertyKey[], out: UnknownKey[]): void {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(d.innerType!, value, path, out);
    case 'pipe':
      return walk(d.in!, value, path, out);
    case 'lazy':
      return walk(d.getter!(), value, path, out);
    case 'array':
      if (Array.isArray(value)) value.forEach((v, i) => walk(d.element!, v, [...path, i], out));
      return;
    case 'union': {
      if (!isRecord(value)) return;
      // A discriminated union picks its branch by the discriminator; an unknown one is the schema's to report.
      const branch = d.discriminator
        ? d.options!.find((o) => {
            const tag = objectShape(o)?.[d.discriminator!];
            return tag ? (tag as z.ZodType).safeParse(value[d.discriminator!]).success : false;
          })
        : d.options!.find((o) => (o as z.ZodType).safeParse(value).success);
      if (branch) walk(branch, value, path, out);
      return;
    }
    case 'object': {
      if (!isRecord(value)) return;
      if (d.catchall && def(d.catchall).type !== 'never') return; // declared open
      const shape = d.shape!;
      const known = Object.keys(shape);
      for (const [k, v] of Object.entries(value)) {
        if (Object.hasOwn(shape, k)) walk(shape[k]!, v, [...path, k], out);
        else out.push({ path, key: k, suggestion: suggest(k, shape), allowed: known });
      }
      return;
    }
    default:
      return;
  }
}

function near(key: string, candidate: string): boolean {
  const a = key.toLowerCase();
  const b = candidate.toLowerCase();
  if (a === b) return true;
  if (a.length >= 4 && (b.startsWith(a) || a.startsWith(b))) return true; // "cardWait" for "cardWaitSeconds"
  return distance(a, b) <= Math.max(1, Math.min(3, Math.floor(b.length / 4)));
}

function suggest(key: string, shape: Record<string, z.core.$ZodType>): string | null {
  const known = Object.keys(shape);
  const synonym = SYNONYMS[key.toLowerCase().replace(/[^a-z]/g, '')];
  if (synonym && known.includes(synonym)) return synonym;
  const best = closest(
    key.toLowerCase(),
    known.map((k) => k.toLowerCase()),
  );
  const here = known.find((k) => k.toLowerCase() === best);
  if (here && near(key, here)) return here;
  // Put one level too high, e.g. a device's "cardWaitSeconds" that belongs in its "options".
  for (const [k, s] of Object.entries(shape)) {
    const inner = objectShape(s);
    const sub = inner && Object.keys(inner).find((c) => near(key, c));
    if (sub) return `${k}.${sub}`;
  }
  return null;
}

/** `unknown key "enviroment": did you mean "environment"?` */
export function unknownKeyMessage(u: UnknownKey): string {
  return u.suggestion
    ? `unknown key "${u.key}": did you mean "${u.suggestion}"?`
    : `unknown key "${u.key}" (allowed here: ${u.allowed.join(', ')})`;
}
