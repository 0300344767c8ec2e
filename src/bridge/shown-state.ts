import type { CommandView, ShownState } from './api.js';

/**
 * The state a command row's badge shows: `dismissed` once staff dismissed it, else its local phase. The UI names it
 * with its `phase.*` catalog words; History search compares it with the states the UI's words matched.
 */
export function shownState(c: Pick<CommandView, 'phase' | 'dismissed'>): ShownState {
  return c.dismissed ? 'dismissed' : c.phase;
}
