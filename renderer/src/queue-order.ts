import type { CommandView } from '../../src/bridge/api.js';

/** A failed command nobody has dismissed yet: it needs a person. */
export function needsPerson(c: CommandView): boolean {
  return c.phase === 'failed' && !c.dismissed;
}

const ACTIVE = new Set<CommandView['phase']>(['running', 'waiting', 'queued']);

/** Still in the live list: needs a person, or not finished yet. Everything else is history. */
export function isLive(c: CommandView): boolean {
  return needsPerson(c) || ACTIVE.has(c.phase);
}

function rank(c: CommandView): number {
  if (needsPerson(c)) return 0;
  if (c.phase === 'running') return 1;
  return 2;
}

/**
 * The live list in the order a person needs it: failed first (newest first), then the running one,
 * then the waiting ones in the order they will run (oldest first).
 */
export function liveOrder(commands: readonly CommandView[]): CommandView[] {
  return commands
    .filter(isLive)
    .sort(
      (a, b) => rank(a) - rank(b) || (rank(a) === 0 ? b.createdUtc.localeCompare(a.createdUtc) : a.createdUtc.localeCompare(b.createdUtc)),
    );
}

/** Finished commands (done, cancelled, handed over, dismissed), newest first. */
export function finishedOrder(commands: readonly CommandView[]): CommandView[] {
  return commands.filter((c) => !isLive(c)).sort((a, b) => b.createdUtc.localeCompare(a.createdUtc));
}
