import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDemoCommand } from '../../src/headless/demo-traffic.js';
import { startDemo, type DemoApp } from '../../src/headless/demo.js';
import type { StatusReplyBehaviour } from '../../src/sim/escpos-device.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * The demo's receipt printer keeps printing whatever its (simulated) printer does with status requests:
 * late replies, lost replies, unsolicited Automatic Status Back, DLE EOT answered or not inside image data.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-demo-printer-status-'));
let demo: DemoApp;

describe('the demo printer through every kind of status behaviour', () => {
  beforeAll(async () => {
    demo = await startDemo({ dataDir, port: 0, traffic: false });
  }, 60_000);
  afterAll(async () => {
    await demo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Each made when its test starts (request numbers count from the simulator's start).
  const behaviours: [string, () => StatusReplyBehaviour][] = [
    ['answers now and then 1.5 s late (later replies overtake it)', () => ({ delayMs: (k) => (k % 10 === 0 ? 1500 : 0) })],
    [
      'loses the reply to the next request',
      () => {
        const next = demo.sims.printer.statusLog.length;
        return { drop: (k) => k === next };
      },
    ],
    ['does not react to real-time bytes inside image data', () => ({ reactInData: false })],
    ['answers as before again', () => ({})],
  ];

  it.each(behaviours)('prints a receipt when the printer %s', async (_what, behaviour) => {
    demo.sims.printer.setStatusReplies(behaviour());
    const asb = setInterval(() => demo.sims.printer.sendAutomaticStatus(), 200);
    try {
      const receivedBefore = demo.sims.printer.device.received;
      const id = addDemoCommand(demo.mews, demo.targets, 'receipt');
      const state = () => demo.mews.store.commands.get(id)!.State;
      await waitFor(() => state() === 'Processed' || state() === 'Error', 'the receipt to finish', 40_000);
      expect(`${state()} ${demo.mews.store.updatesFor(id).at(-1)?.Notes ?? ''}`).toMatch(/^Processed Printed 1 page/);
      // The raster reached the printer (a receipt is thousands of bytes; status requests are 3 each).
      expect(demo.sims.printer.device.received - receivedBefore).toBeGreaterThan(2000);
    } finally {
      clearInterval(asb);
    }
  });

  it('sends a Salto mobile key (JustIN Mobile) from the demo, and the Salto simulator takes it', async () => {
    const id = addDemoCommand(demo.mews, demo.targets, 'salto-mobile-key', 2);
    const state = () => demo.mews.store.commands.get(id)!.State;
    await waitFor(() => state() === 'Processed' || state() === 'Error', 'the mobile key to finish', 40_000);
    expect(`${state()} ${demo.mews.store.updatesFor(id).at(-1)?.Notes ?? ''}`).toMatch(
      /^Processed Mobile key for Room \d+ sent to the guest's phone/,
    );
    expect(demo.sims.salto.audit.at(-1)).toMatchObject({ command: 'CNM', mobile: true });
  });
});
