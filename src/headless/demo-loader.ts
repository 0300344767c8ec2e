import type { HeadlessApp } from './run-headless.js';

/** What `--demo` needs from `./demo.ts` (checked against it in test/packaging/headless-build.test.ts). */
export interface DemoModule {
  startDemo(opts: { dataDir: string | null; port: number | null; newDashboardToken?: boolean }): Promise<HeadlessApp>;
}

/** Thrown when `--demo` is asked of a build that leaves the simulators out (the packaged headless build). */
export class DemoUnavailable extends Error {
  override readonly name = 'DemoUnavailable';
}

/**
 * Loads the demo (simulated Mews and devices) only when `--demo` asks for it. The specifier is a
 * variable on purpose: tsc follows only literal imports, so `build/tsconfig.headless.json` (which
 * compiles `cli.ts` and what it imports) leaves `src/sim/` out of the production build.
 */
export async function loadDemo(): Promise<DemoModule> {
  const specifier = './demo.js';
  try {
    return (await import(specifier)) as DemoModule;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND')
      throw new DemoUnavailable('The demo is not part of this build: run it from the source tree with `npm run demo`.');
    throw err;
  }
}
