import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';

/**
 * Remembers which stays already got their new (first) key, so later keys become copies. Kept in a
 * small JSON file when a path is given; entries are dropped once the stay has ended. Keys are kept as
 * SHA-256 digests: a stay key may hold the guest's name, which must not sit on disk for the whole stay.
 */
export class StayMemory {
  private readonly stays = new Map<string, number>();

  constructor(private readonly file: string | null) {
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (data && typeof data === 'object') {
        for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
          if (typeof v === 'number' && Number.isFinite(v)) this.stays.set(hashStayKey(k), v);
        }
      }
    } catch {
      // absent or unreadable: start empty
    }
    if (this.stays.size) this.save(); // rewrite at once: a file of an older version held guest names in plain keys
  }

  has(key: string, now = Date.now()): boolean {
    const until = this.stays.get(hashStayKey(key));
    return until !== undefined && until > now;
  }

  remember(key: string, untilMs: number, now = Date.now()): void {
    this.stays.set(hashStayKey(key), untilMs);
    for (const [k, v] of this.stays) if (v <= now) this.stays.delete(k);
    this.save();
  }

  forget(key: string): void {
    if (this.stays.delete(hashStayKey(key))) this.save();
  }

  private save(): void {
    if (!this.file) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.stays)));
      renameSync(tmp, this.file);
    } catch {
      // memory still works for this run
    }
  }
}

/** SHA-256 hex of a stay key; a digest is returned as it is (files of older versions held plain keys). */
export function hashStayKey(key: string): string {
  return /^[0-9a-f]{64}$/.test(key) ? key : createHash('sha256').update(key).digest('hex');
}

const shared = new Map<string, StayMemory>();

/** One memory per file in this process, shared by every encoder device (a copy may be cut at any encoder). */
export function sharedStayMemory(file: string): StayMemory {
  let m = shared.get(file);
  if (!m) {
    m = new StayMemory(file);
    shared.set(file, m);
  }
  return m;
}
