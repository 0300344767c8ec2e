// Types for the plain-JS rule next to this file (eslint.config.js loads it without a build step).
import type { Rule } from 'eslint';

/** Verbs a factory's name may drop in its file's name: `startFiasSim` may live in `fias-sim.ts`. */
export const FACTORY_VERBS: readonly string[];
/** `CommandIntake` → `command-intake`. */
export function kebabCase(name: string): string;
/** The rule `house/file-name-matches-main-export`; option `{ allow: { [path]: reason } }`. */
export const fileNameMatchesMainExport: Rule.RuleModule;
