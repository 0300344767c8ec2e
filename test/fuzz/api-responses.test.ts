import { describe, expect, it } from 'vitest';
import { englishNote } from '../../src/i18n/render-note.js';
import fc from 'fast-check';
import { commandResultSchema, commandSchema } from '../../src/mews/wire.js';
import { parseCommand } from '../../src/bridge/command-data.js';
import { summaryText } from '../../src/bridge/command-summary.js';
import { makePdf, sampleReceipt } from '../../src/sim/sample-pdf.js';

/**
 * Connector API answers with missing fields, wrong types, unknown device types and unknown states:
 * the response schema accepts or rejects the whole answer without throwing, each malformed command is
 * rejected alone, and every readable command ends in a job or one clear note.
 */

const PDF64 = Buffer.from(makePdf([sampleReceipt()])).toString('base64');

const validPrinterData = {
  CopyCount: 1,
  FileType: 'application/pdf',
  FileData: PDF64,
  PrinterName: 'P',
  PrinterDriverName: '',
  PrinterPortName: '',
};
const validKeyData = {
  KeyCutterId: '1',
  ApiUrl: '127.0.0.1:5010',
  KeyCutterData: JSON.stringify({ Type: 'IndustryStandardProtocol' }),
  KeyCount: 2,
  LockIds: ['206'],
  StartUtc: '2026-11-25T14:00:00Z',
  EndUtc: '2026-11-27T10:00:00Z',
  FirstName: 'Jana',
  LastName: 'Novakova',
  NormalizedFirstName: 'Jana',
  NormalizedLastName: 'Novakova',
  Telephone: null,
  Email: null,
  ReservationId: 'r',
  ReservationNumber: '1234',
};

/** A valid object with some fields removed, replaced by junk, or added. */
function mutated<T extends Record<string, unknown>>(base: T): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  return fc
    .record({
      drop: fc.subarray(keys, { maxLength: 3 }),
      replace: fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: 3 }),
      extra: fc.dictionary(fc.string({ maxLength: 6 }), fc.anything(), { maxKeys: 2 }),
    })
    .map(({ drop, replace, extra }) => {
      const o: Record<string, unknown> = { ...extra, ...base, ...replace };
      for (const k of drop) delete o[k];
      return o;
    });
}

const stateArb = fc.oneof(
  fc.constantFrom('Pending', 'Received', 'Processing', 'Processed', 'Cancelled', 'Error'),
  fc.string(),
  fc.anything(),
);
const deviceTypeArb = fc.oneof(fc.constantFrom('Printer', 'KeyCutter', 'FiscalMachine', 'PaymentTerminal', 'printer', ''), fc.string());
const dataArb = fc.oneof(
  mutated(validPrinterData),
  mutated(validKeyData),
  fc.anything(),
  fc.constant(validPrinterData),
  fc.constant(validKeyData),
);

const commandArb = fc.oneof(
  fc.record(
    {
      Id: fc.oneof(fc.uuid(), fc.string(), fc.integer()),
      State: stateArb,
      CreatedUtc: fc.oneof(fc.constant('2026-11-25T10:00:00Z'), fc.anything()),
      Creator: fc.oneof(fc.constant(null), fc.record({ FirstName: fc.anything(), LastName: fc.string() })),
      Device: fc.oneof(
        fc.record({ Id: fc.oneof(fc.uuid(), fc.string()), Name: fc.string(), Type: deviceTypeArb, Identifier: fc.option(fc.string()) }),
        fc.anything(),
      ),
      Data: dataArb,
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const responseArb = fc.oneof(
  fc.record(
    { Commands: fc.array(commandArb, { maxLength: 6 }), Cursor: fc.option(fc.oneof(fc.string(), fc.integer())) },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

function noteIsClear(note: string): void {
  expect(typeof note).toBe('string');
  expect(note.length).toBeGreaterThan(10);
  expect(note.length).toBeLessThan(600);
  expect(note).not.toMatch(/\[object Object\]/);
}

describe('fuzz: Connector API responses and command data', () => {
  it('commandResultSchema never throws; each command validated alone ends as a job or one clear note', () => {
    fc.assert(
      fc.property(responseArb, (response) => {
        const result = commandResultSchema.safeParse(response);
        if (!result.success) return;
        for (const raw of result.data.Commands) {
          const cmd = commandSchema.safeParse(raw);
          if (!cmd.success) {
            expect(cmd.error.issues.length).toBeGreaterThan(0);
            continue;
          }
          const parsed = parseCommand(cmd.data);
          expect(typeof summaryText('en', parsed.summary)).toBe('string'); // every summary renders
          if (parsed.ok) {
            expect(['print', 'key']).toContain(parsed.job.kind);
            if (parsed.job.kind === 'print') expect(parsed.job.pdf.length).toBeGreaterThan(0);
          } else noteIsClear(englishNote(parsed.note));
        }
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('parseCommand on mutated printer and key data: never throws, a note names what is wrong', () => {
    const cmdArb = fc.record({
      type: fc.constantFrom('Printer', 'KeyCutter'),
      data: fc.oneof(mutated(validPrinterData), mutated(validKeyData), fc.anything()),
    });
    fc.assert(
      fc.property(cmdArb, ({ type, data }) => {
        const cmd = commandSchema.parse({
          Id: 'c1',
          State: 'Pending',
          CreatedUtc: '2026-11-25T10:00:00Z',
          Device: { Id: 'd1', Name: 'D', Type: type },
          Data: data,
        });
        const parsed = parseCommand(cmd);
        if (!parsed.ok) noteIsClear(englishNote(parsed.note));
        else if (parsed.job.kind === 'key') {
          expect(parsed.job.endUtc.getTime()).toBeGreaterThan(parsed.job.startUtc.getTime());
          expect(parsed.job.lockIds.length).toBeGreaterThan(0);
        }
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('unknown device types fail that one command with a note naming the type', () => {
    fc.assert(
      fc.property(
        fc.string().filter((t) => t !== 'Printer' && t !== 'KeyCutter'),
        fc.anything(),
        (type, data) => {
          const parsed = parseCommand(
            commandSchema.parse({ Id: 'c', State: 'Pending', CreatedUtc: 'x', Device: { Id: 'd', Name: 'D', Type: type }, Data: data }),
          );
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(englishNote(parsed.note)).toContain('is not supported');
        },
      ),
      { seed: 4242, numRuns: 200 },
    );
  });

  it('unknown command states are rejected by the schema, not passed on', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !['Pending', 'Received', 'Processing', 'Processed', 'Cancelled', 'Error'].includes(s)),
        (state) => {
          const r = commandSchema.safeParse({
            Id: 'c',
            State: state,
            CreatedUtc: 'x',
            Device: { Id: 'd', Name: 'D', Type: 'Printer' },
            Data: validPrinterData,
          });
          expect(r.success).toBe(false);
        },
      ),
      { seed: 4242, numRuns: 200 },
    );
  });
});
