/**
 * The config file as the admin wrote it, with only what changed written into it.
 *
 * `raw` is the file's JSON as read (keys the admin left out stay out), `before` the same file parsed
 * (defaults filled in), `after` the settings to save (defaults filled in). Where `after` equals
 * `before`, the admin's text is kept, absent keys included, so a default changed by a later release
 * still reaches this hotel; where it differs, the new value is written. Objects are walked key by
 * key; a list of objects with `id` (the devices) is matched by id, so editing one device leaves the
 * others as written; any other list is replaced whole. A device added in the UI is written in full.
 *
 * Returns the value to write; `undefined` means "leave the key out".
 */
export function patchRawConfig(raw: unknown, before: unknown, after: unknown): unknown {
  if (deepEqual(before, after)) return raw;
  if (isPlainObject(after) && isPlainObject(before)) {
    const base = isPlainObject(raw) ? raw : {};
    const out: Record<string, unknown> = { ...base };
    for (const key of Object.keys(before)) if (!(key in after)) delete out[key];
    for (const [key, value] of Object.entries(after)) {
      const next = patchRawConfig(base[key], before[key], value);
      if (next === undefined) delete out[key];
      else out[key] = next;
    }
    return out;
  }
  if (Array.isArray(after) && Array.isArray(before) && after.every(hasId)) {
    const rawList = Array.isArray(raw) ? raw : [];
    return after.map((item) => {
      const at = before.findIndex((b) => hasId(b) && b.id === item.id);
      return at < 0 ? item : patchRawConfig(rawList[at], before[at], item);
    });
  }
  return after;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasId(v: unknown): v is { id: string } {
  return isPlainObject(v) && typeof v.id === 'string';
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}
