import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICES, startDemo, type DemoApp } from '../../src/headless/demo.js';
import { runDemoCommands } from '../helpers/demo-commands.js';
import { deviceAddress } from '../../src/bridge/views.js';

/**
 * The demo's own printer and encoders keep working whatever a user adds, edits or removes in it
 * (a saved device set once moved them back to the stored ports 9100 and 8265, away from the simulators).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-demo-survives-'));
let demo: DemoApp;
const SERIAL_ID = '6b0e3c52-9a41-4d7e-8f2a-1c3d5e7f9a0b';

async function formsMatchCards(): Promise<void> {
  const [settings, snapshot] = await Promise.all([demo.service.getSettings(), demo.service.getSnapshot()]);
  for (const d of snapshot.devices) expect(deviceAddress(settings.devices.find((s) => s.id === d.id)!)).toBe(d.address);
}

describe('the demo survives being used', () => {
  beforeAll(async () => {
    demo = await startDemo({ dataDir, port: 0, traffic: false });
  }, 60_000);
  afterAll(async () => {
    await demo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says it is a simulation and refuses to be pointed at a real Mews', async () => {
    const snap = await demo.service.getSnapshot();
    expect(snap.connection.simulation).toBe(true);
    const r = await demo.service.saveConnection({ environment: 'production', clientToken: 'a', accessToken: 'b' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toMatch(/simulation/);
    expect(demo.service.config.mews.apiUrl).toBe(demo.mews.url);
  });

  it('keeps printing and encoding after a device is added, a demo device edited, and the new one removed', async () => {
    await formsMatchCards();
    const added = await demo.service.saveDevice({
      id: SERIAL_ID,
      name: 'Back office printer',
      driver: 'escpos',
      connection: { type: 'serial', path: '/dev/ttyUSB9', baudRate: 9600 },
    });
    expect(added).toEqual({ ok: true });
    await formsMatchCards();
    await runDemoCommands(demo, 0);

    // Edit the demo printer as the form would send it back (the address the form shows).
    const printer = (await demo.service.getSettings()).devices.find((d) => d.id === DEMO_DEVICES.printer)!;
    expect(await demo.service.saveDevice({ ...printer, name: 'Front desk printer (renamed)' }, printer.id)).toEqual({ ok: true });
    await formsMatchCards();
    await runDemoCommands(demo, 1);

    expect(await demo.service.removeDevice(SERIAL_ID)).toMatchObject({ ok: true });
    await formsMatchCards();
    await runDemoCommands(demo, 2);
    // Each round: a receipt on the receipt printer, an invoice on the A4 office printer.
    expect(demo.sims.printer.jobs.length).toBeGreaterThanOrEqual(3);
    expect(demo.sims.office.jobs.filter((j) => j.state === 'completed').length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('shows the data folder it really uses', async () => {
    expect((await demo.service.getSettings()).dataDir).toBe(dataDir);
  });
});
