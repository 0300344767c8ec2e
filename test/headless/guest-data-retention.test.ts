import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { DeviceError, type Driver } from '../../src/devices/driver.js';
import { createDriver } from '../../src/devices/registry.js';
import { runHeadless } from '../../src/headless/run-headless.js';
import { startSaltoSim } from '../../src/sim/salto-sim.js';
import { makePdf } from '../../src/sim/sample-pdf.js';
import { guestValues } from '../../src/util/guest-data.js';
import { FAST_TUNING, bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { unzip } from '../helpers/unzip.js';
import { waitFor } from '../helpers/wait-for.js';

/** Guests whose data must not outlive the retention period anywhere on disk. */
const GUESTS = [
  { FirstName: 'Zdeňka', LastName: 'Nováková', Telephone: '+420 777 123 456', Email: 'zdenka.novakova@example.cz' },
  { FirstName: 'Oluwaseun', LastName: "O'Donoghue-Kowalczyk", Telephone: '+44 20 7946 0958', Email: 'seun.od@example.co.uk' },
];
/** Text inside the printed document; the document's bytes must not be kept either. */
const DOC_TEXT = 'Invoice for room 314 Fernandez-Quintero';

/** Every way a value could sit in a file: as typed, in JSON, upper/lower case, the phone's digits alone. */
function forms(value: string): string[] {
  const out = new Set([value, JSON.stringify(value).slice(1, -1), value.toUpperCase(), value.toLowerCase()]);
  const digits = value.replace(/[^\d+]/g, '');
  if (digits.length >= 6 && /^\+?[\d\s()-]+$/.test(value)) out.add(digits);
  return [...out];
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** Which forbidden values occur in which file (bytes searched as UTF-8 and Latin-1). */
function findIn(files: Record<string, Buffer>, forbidden: string[]): string[] {
  const hits: string[] = [];
  for (const [name, bytes] of Object.entries(files))
    for (const f of forbidden)
      if (bytes.includes(Buffer.from(f, 'utf8')) || bytes.includes(Buffer.from(f, 'latin1'))) hits.push(`${name}: ${f}`);
  return hits;
}

function readAll(dir: string): Record<string, Buffer> {
  return Object.fromEntries(filesUnder(dir).map((p) => [p, readFileSync(p)]));
}

describe('guest data retention (privacy.guestDataRetentionHours)', () => {
  const dir = tempDir('bridge-retention-');
  afterAll(() => dir.cleanup());

  it('keeps no guest name, phone, e-mail or document in any file after the period; logs and diagnostics never hold them; nothing re-runs', async () => {
    const mews = await startMews();
    const salto = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port: 0 }, cardDelayMs: 0 });
    const dataDir = join(dir.path, 'data');
    const file = join(dir.path, 'bridge.json');
    try {
      const encoder = mews.store.addDevice({ Name: 'Encoder', Type: 'KeyCutter', Identifier: '1' });
      const picky = mews.store.addDevice({ Name: 'Picky encoder', Type: 'KeyCutter', Identifier: '2' });
      const printer = mews.store.addDevice({ Name: 'Printer', Type: 'Printer' });
      const cfg = bridgeConfig(mews, dataDir, [
        { id: encoder.Id, name: 'Reception encoder', driver: 'keycutter' },
        { id: picky.Id, name: 'Back encoder', driver: 'keycutter' },
        { id: printer.Id, name: 'Desk printer', driver: 'null' },
      ]);
      writeFileSync(
        file,
        JSON.stringify({ ...cfg, dashboard: { port: 0 }, log: { level: 'debug' }, privacy: { guestDataRetentionHours: 24 } }),
      );
      // A driver that fails with the guest's details in its error: the bridge logs the error and keeps it as the note.
      const leaky: (d: Parameters<typeof createDriver>[0]) => Driver = (d) => {
        const real = createDriver(d, { dataDir, version: 'test' });
        if (d.id !== picky.Id) return real;
        return Object.assign(Object.create(real) as Driver, {
          execute: async (job: Parameters<Driver['execute']>[0]) => {
            if (job.kind !== 'key') throw new DeviceError('not a key');
            throw new Error(`lock server refused ${job.firstName} ${job.lastName} (${job.telephone}, ${job.email})`);
          },
        });
      };
      const apiUrl = `127.0.0.1:${(salto.address as { port: number }).port}`;
      const forbidden = [...GUESTS.flatMap((g) => Object.values(g).flatMap(forms)), ...forms(DOC_TEXT)];
      const pdf = makePdf([{ width: 300, height: 200, texts: [{ x: 10, y: 50, size: 10, text: DOC_TEXT }] }]);
      const pdfBase64 = Buffer.from(pdf).toString('base64');
      forbidden.push(pdfBase64.slice(40, 100)); // any stretch of the document's base64

      let app = await runHeadless({ store: new FileSettingsStore(file), tuning: FAST_TUNING, tty: false, driverFactory: leaky });
      const ids: string[] = [];
      try {
        await waitFor(() => mews.socketCount() === 1, 'online');
        ids.push(
          mews.store.addKeyCutterCommand(encoder.Id, 2, {
            ApiUrl: apiUrl,
            LockIds: ['206'],
            ReservationId: null,
            ReservationNumber: null,
            ...GUESTS[0],
          }).Id,
        );
        ids.push(mews.store.addKeyCutterCommand(picky.Id, 1, { ApiUrl: apiUrl, LockIds: ['207'], ...GUESTS[1] }).Id);
        ids.push(mews.store.addPrinterCommand(printer.Id, pdfBase64).Id);
        await waitFor(() => ids.every((id) => ['Processed', 'Error'].includes(mews.store.commands.get(id)!.State)), 'all three finished');
        await waitFor(() => app.service.journalEntries().every((e) => e.reported), 'all reported');
        expect(mews.store.commands.get(ids[0]!)!.State).toBe('Processed');
        expect(mews.store.commands.get(ids[1]!)!.State).toBe('Error');

        // Before the period ends the history still shows who the key was for (the data is needed at the desk)…
        const journalBefore = readFileSync(join(dataDir, 'journal.jsonl'), 'utf8');
        expect(journalBefore).toContain(GUESTS[0]!.LastName);
        // …but the logs never held a name, phone or e-mail, not even the driver error that quoted them all.
        const logs = readAll(join(dataDir, 'logs'));
        const logText = Object.values(logs)
          .map((b) => b.toString('utf8'))
          .join('');
        expect(logText).toContain('Driver failed unexpectedly');
        expect(logText).toContain('[guest]');
        expect(
          findIn(
            logs,
            GUESTS.flatMap((g) => Object.values(g).flatMap(forms)),
          ),
        ).toEqual([]);
        // Diagnostics bundles hold none at any time.
        const res = await app.service.exportDiagnostics();
        expect(res.ok, res.message).toBe(true);
        const bundle = await unzip(/^Diagnostics saved to (.+\.zip)$/.exec(res.message)![1]!);
        expect(bundle['status.json']).toContain(ids[0]);
        const bundleBytes = Object.fromEntries(Object.entries(bundle).map(([k, v]) => [`zip:${k}`, Buffer.from(v)]));
        expect(findIn(bundleBytes, forbidden)).toEqual([]);

        // The period passes (the sweep is asked about a moment a day and a minute from now).
        expect(readFileSync(join(dataDir, 'lock-stays.json'), 'utf8')).toMatch(/^\{"[0-9a-f]{64}":\d+\}$/); // the stay without a reservation id, by digest
        const removed = app.service.sweepGuestData(Date.now() + 24 * 3_600_000 + 60_000);
        expect(removed.sort()).toEqual([...ids].sort());
        expect(findIn(readAll(dataDir), forbidden)).toEqual([]);
        // What stays: ids, devices, states, times, and the notes without names.
        const kept = app.service.journalEntries().find((e) => e.id === ids[1])!;
        expect(kept).toMatchObject({
          deviceName: 'Back encoder',
          phase: 'final',
          reported: true,
          creator: null,
          summary: '1 key · room 207',
        });
        expect(kept.outcome!.state).toBe('Error');
        expect(kept.outcome!.notes).toBe('Internal error on Back encoder; the details are in the bridge log.');
        expect(guestValues.valuesOf(ids[0]!)).toEqual([]);
      } finally {
        await app.stop();
      }

      // The guarantees hold after the data is gone: a restart re-syncs, nothing runs or reports again.
      const framesBefore = salto.frames.length;
      const updatesBefore = mews.store.updates.length;
      app = await runHeadless({ store: new FileSettingsStore(file), tuning: FAST_TUNING, tty: false, driverFactory: leaky });
      try {
        await waitFor(async () => (await app.service.getSnapshot()).connection.lastSyncAt !== null, 're-synced after restart');
        await app.service.resync('test');
        expect(salto.frames.length).toBe(framesBefore);
        expect(mews.store.updates.length).toBe(updatesBefore);
        expect((await app.service.getSnapshot()).commands.map((c) => c.id).sort()).toEqual([...ids].sort());
        expect(findIn(readAll(dataDir), forbidden)).toEqual([]);
      } finally {
        await app.stop();
      }
    } finally {
      await salto.close();
      await mews.close();
    }
  });
});
