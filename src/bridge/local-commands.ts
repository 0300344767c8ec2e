import type { MewsCommand } from '../mews/wire.js';
import type { ParsedCommand } from './command-data.js';

/** A command as last read from Mews, with its Data parsed (and its PDF decoded) on arrival. */
export interface CommandRead {
  cmd: MewsCommand;
  /** `Date.now()` of the read. */
  at: number;
  parsed: ParsedCommand;
}

/**
 * What this bridge knows about one command besides the journal: nothing here survives a restart,
 * and nothing here needs to. An id absent from the table has every field at its default.
 */
export interface LocalCommand {
  /** A fetch for it is in flight, so a burst of events costs one fetch. */
  fetching: boolean;
  /** It belongs to a device this bridge does not serve: its events cost nothing. */
  foreign: boolean;
  /** A person asked to run it again although Mews has it as Error. */
  retrying: boolean;
  /** Its final state is on its way to Mews; a second delivery would repeat the request. */
  delivering: boolean;
  /** 0..1 while it runs, else null. */
  progress: number | null;
  /** The read that queued it; a read this fresh makes the pre-run re-read redundant. */
  lastRead: CommandRead | null;
  /** `Date.now()` when it joined a device's waiting line; null once it runs. */
  queuedAt: number | null;
  /** The informative state this bridge has told Mews (status-updates.ts), so it is said once. */
  told: 'Received' | 'Processing' | null;
}

const NONE: Readonly<LocalCommand> = Object.freeze({
  fetching: false,
  foreign: false,
  retrying: false,
  delivering: false,
  progress: null,
  lastRead: null,
  queuedAt: null,
  told: null,
});

/** Foreign ids remembered at most; forgetting one only costs a fetch when its next event comes. */
const FOREIGN_LIMIT = 10_000;

/**
 * Every command's local (in-memory) state in one table. Entries go away as soon as every field is
 * back at its default, so the table holds only commands that are being looked at, run or delivered,
 * plus a bounded set of foreign ids.
 */
export class LocalCommands {
  private readonly byId = new Map<string, LocalCommand>();
  private foreignCount = 0;

  get(id: string): Readonly<LocalCommand> {
    return this.byId.get(id) ?? NONE;
  }

  /** Changes some fields of `id`; unchanged fields keep their value. */
  set(id: string, patch: Partial<LocalCommand>): void {
    const before = this.byId.get(id) ?? NONE;
    if (patch.foreign === true && !before.foreign && this.foreignCount >= FOREIGN_LIMIT) this.forgetForeign();
    const next = { ...(this.byId.get(id) ?? NONE), ...patch };
    if (next.foreign !== before.foreign) this.foreignCount += next.foreign ? 1 : -1;
    if (isDefault(next)) this.byId.delete(id);
    else this.byId.set(id, next);
  }

  /** Clears `flag` and says whether it was set (a retry is used up by the run it starts). */
  take(id: string, flag: 'retrying'): boolean {
    const was = this.get(id)[flag];
    if (was) this.set(id, { [flag]: false });
    return was;
  }

  /** After the device set changed, ids once foreign may be ours now. */
  forgetForeign(): void {
    for (const [id, c] of this.byId) if (c.foreign) this.set(id, { foreign: false });
  }

  /** Sizes for the soak's leak check: how many ids are tracked, foreign, and holding a read command. */
  sizes(): { tracked: number; foreign: number; lastRead: number } {
    let lastRead = 0;
    for (const c of this.byId.values()) if (c.lastRead) lastRead++;
    return { tracked: this.byId.size, foreign: this.foreignCount, lastRead };
  }
}

function isDefault(c: LocalCommand): boolean {
  return (
    !c.fetching &&
    !c.foreign &&
    !c.retrying &&
    !c.delivering &&
    c.progress === null &&
    c.lastRead === null &&
    c.queuedAt === null &&
    c.told === null
  );
}
