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
  private readonly protectedByKey = new Map<string, string[]>();
  private patterns: Patterns = { anyCase: null, exactCase: null, keep: null };
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

  /**
   * Names that are not guest data and are never masked, even where a guest's name is one of their words: the
   * configured device names (`key` "devices"), a command's room names (`key` its id). A guest called "Soak" must not
   * turn the device "Soak FIAS encoder" into "[guest] FIAS encoder". An empty list removes `key`.
   */
  protect(key: string, phrases: readonly string[]): void {
    const kept = phrases.map((p) => p.trim()).filter((p) => p.length >= 2);
    if (kept.length) this.protectedByKey.set(key, kept);
    else this.protectedByKey.delete(key);
    if (this.protectedByKey.size > MAX_COMMANDS) this.protectedByKey.delete(this.protectedByKey.keys().next().value!);
    this.dirty = true;
  }

  /** Forgets the values of these commands (their guest data was removed from the journal). */
  forget(commandIds: Iterable<string>): void {
    for (const id of commandIds) {
      if (this.byCommand.delete(id)) this.dirty = true;
      if (this.protectedByKey.delete(id)) this.dirty = true;
    }
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
    this.protectedByKey.clear();
    this.dirty = true;
  }

  /**
   * Whole-word patterns over all values, longest first (a full name wins over a part). Values of several words
   * (a full name, a phone number) match in any case. A single word matches only as written, in capitals, or
   * capitalised ("Will", "WILL"), so a guest called Will or Page does not mask "will retry" or "page 2 of 3".
   * `keep` matches the protected names.
   */
  regex(): Patterns {
    if (!this.dirty) return this.patterns;
    this.dirty = false;
    const all = new Set<string>();
    for (const vs of this.byCommand.values()) for (const v of vs) all.add(v);
    const anyCase = new Set<string>();
    const exactCase = new Set<string>();
    for (const v of all) {
      const forms = /[\p{L}]/u.test(v) && !/\s/u.test(v) ? [v, v.toUpperCase(), capitalised(v)] : [v];
      const into = forms.length > 1 ? exactCase : anyCase;
      for (const f of forms) {
        into.add(f);
        into.add(JSON.stringify(f).slice(1, -1)); // as the value appears inside a JSON log line
      }
    }
    const keep = new Set<string>();
    for (const ps of this.protectedByKey.values()) for (const p of ps) keep.add(JSON.stringify(p).slice(1, -1));
    this.patterns = { anyCase: wordsPattern(anyCase, 'giu'), exactCase: wordsPattern(exactCase, 'gu'), keep: wordsPattern(keep, 'giu') };
    return this.patterns;
  }
}

interface Patterns {
  anyCase: RegExp | null;
  exactCase: RegExp | null;
  keep: RegExp | null;
}

function wordsPattern(words: Set<string>, flags: string): RegExp | null {
  if (words.size === 0) return null;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function capitalised(v: string): string {
  return v.charAt(0).toUpperCase() + v.slice(1).toLowerCase();
}

/** The registry every logger of this process scrubs with. */
export const guestValues = new GuestValueRegistry();

/**
 * Replaces every known guest value (see `regex()` for which forms) and every e-mail address in `text` by `[guest]`;
 * protected names (device and room names) are left as they are. `extra`: values of one command, matched in any case.
 */
export function scrubGuestData(text: string, extra: readonly string[] = []): string {
  const { anyCase, exactCase, keep } = guestValues.regex();
  const scrubPart = (part: string): string => {
    let out = part.replace(EMAIL, GUEST_MASK);
    if (anyCase) out = out.replace(anyCase, GUEST_MASK);
    if (exactCase) out = out.replace(exactCase, GUEST_MASK);
    for (const v of extra) {
      if (v.trim().length < 2) continue;
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(v.trim())}(?![\\p{L}\\p{N}])`, 'giu'), GUEST_MASK);
    }
    return out;
  };
  if (!keep) return scrubPart(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(keep)) {
    out += scrubPart(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + scrubPart(text.slice(at));
}

/**
 * Scrubs guest data inside the JSON strings of a log line only, so the line stays valid JSON whatever the
 * values are (a guest called "null" cannot turn a field into a bare word).
 */
export function scrubGuestDataInJson(line: string): string {
  const p = guestValues.regex();
  if (!p.anyCase && !p.exactCase && !line.includes('@')) return line;
  return line.replace(/"(?:[^"\\]|\\.)*"/g, (s) => scrubGuestData(s));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
