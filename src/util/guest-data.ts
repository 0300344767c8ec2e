/**
 * Guest personal data the bridge has seen (names, phone numbers, e-mail addresses from Mews commands), held in
 * memory only so that log lines can be scrubbed of them like tokens. Values are registered per command when the
 * command is read and forgotten when the retention sweep removes that command's guest data from the journal.
 *
 * Process-wide on purpose: every logger of the process (headless, desktop) scrubs with the same set, without
 * each call site having to be wired to the bridge that read the command.
 */

/** What replaces a guest value in a log line. */
export const GUEST_MASK = '[guest]';

/** Field names whose values are guest data; loggers redact them by name (Mews names and our job's names). */
export const GUEST_KEYS = [
  'FirstName',
  'LastName',
  'NormalizedFirstName',
  'NormalizedLastName',
  'Telephone',
  'Email',
  'firstName',
  'lastName',
  'normalizedFirstName',
  'normalizedLastName',
  'telephone',
  'email',
  'guest',
  'guestName',
];

/** Any e-mail address: logs never need one, so every address is masked, known or not. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Most command ids kept; the oldest are dropped first (a bound, reached only by a runaway). */
const MAX_COMMANDS = 20_000;

class GuestValueRegistry {
  private readonly byCommand = new Map<string, string[]>();
  private pattern: RegExp | null = null;
  private dirty = false;

  /** Remembers the guest values of command `commandId` (null/short values are ignored: too short to match safely). */
  remember(commandId: string, values: readonly (string | null | undefined)[]): void {
    const kept = new Set<string>();
    for (const v of values) {
      const t = v?.trim();
      if (!t || t.length < 2) continue;
      kept.add(t);
      const compact = t.replace(/[\s().-]/g, ''); // a phone number written without its separators
      if (compact.length >= 6 && compact !== t) kept.add(compact);
    }
    if (kept.size === 0) return;
    this.byCommand.delete(commandId);
    this.byCommand.set(commandId, [...kept]);
    if (this.byCommand.size > MAX_COMMANDS) this.byCommand.delete(this.byCommand.keys().next().value!);
    this.dirty = true;
  }

  /** Forgets the values of these commands (their guest data was removed from the journal). */
  forget(commandIds: Iterable<string>): void {
    for (const id of commandIds) if (this.byCommand.delete(id)) this.dirty = true;
  }

  /** The values of one command (for scrubbing its own notes before they are kept). */
  valuesOf(commandId: string): readonly string[] {
    return this.byCommand.get(commandId) ?? [];
  }

  get size(): number {
    return this.byCommand.size;
  }

  clear(): void {
    this.byCommand.clear();
    this.dirty = true;
  }

  /** One case-insensitive whole-word pattern over all values (longest first, so a full name wins over a part). */
  regex(): RegExp | null {
    if (!this.dirty) return this.pattern;
    this.dirty = false;
    const all = new Set<string>();
    for (const vs of this.byCommand.values()) for (const v of vs) all.add(v);
    if (all.size === 0) return (this.pattern = null);
    const forms = new Set<string>();
    for (const v of all) {
      forms.add(v);
      forms.add(JSON.stringify(v).slice(1, -1)); // as the value appears inside a JSON log line
    }
    const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegex);
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    return this.pattern;
  }
}

/** The registry every logger of this process scrubs with. */
export const guestValues = new GuestValueRegistry();

/** Replaces every known guest value (whole words, any case) and every e-mail address in `text` by `[guest]`. */
export function scrubGuestData(text: string, extra: readonly string[] = []): string {
  let out = text.replace(EMAIL, GUEST_MASK);
  const re = guestValues.regex();
  if (re) out = out.replace(re, GUEST_MASK);
  for (const v of extra) {
    if (v.trim().length < 2) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(v.trim())}(?![\\p{L}\\p{N}])`, 'giu'), GUEST_MASK);
  }
  return out;
}

/**
 * Scrubs guest data inside the JSON strings of a log line only, so the line stays valid JSON whatever the
 * values are (a guest called "null" cannot turn a field into a bare word).
 */
export function scrubGuestDataInJson(line: string): string {
  if (!guestValues.regex() && !line.includes('@')) return line;
  return line.replace(/"(?:[^"\\]|\\.)*"/g, (s) => scrubGuestData(s));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
