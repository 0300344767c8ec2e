import { expect } from 'vitest';
import type { DemoApp } from '../../src/headless/demo.js';
import { addDemoCommand, DEMO_COMMAND_KINDS } from '../../src/headless/demo-traffic.js';
import { waitFor } from './wait-for.js';

/** Sends the demo's four sample commands (receipt, Salto key, invoice, FIAS key) and expects all four Processed. */
export async function runDemoCommands(demo: DemoApp, round: number): Promise<void> {
  const ids = DEMO_COMMAND_KINDS.map((kind) => addDemoCommand(demo.mews, demo.targets, kind, round));
  const state = (id: string) => demo.mews.store.commands.get(id)!.State;
  await waitFor(() => ids.every((id) => state(id) === 'Processed' || state(id) === 'Error'), 'the four demo commands to finish', 40_000);
  // State and note together, so a failure says why.
  const outcome = (id: string) => `${state(id)} ${demo.mews.store.updatesFor(id).at(-1)?.Notes ?? ''}`;
  expect(ids.map(outcome)).toEqual(ids.map(() => expect.stringMatching(/^Processed/)));
}
