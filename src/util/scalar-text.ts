/** A string or number from unvalidated data (parsed JSON, a raw Mews item, an IPP attribute) as text; anything else is null. */
export function scalarText(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}
