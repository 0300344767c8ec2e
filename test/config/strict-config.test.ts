import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, describeIssue, parseConfig, parseDevice } from '../../src/config/validate.js';
import { findUnknownKeys } from '../../src/config/unknown-keys.js';

const ID = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01';
const ID2 = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e02';

function linesOf(input: unknown): string[] {
  try {
    parseConfig(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues.map(describeIssue);
  }
  return [];
}

describe('config mistakes are caught', () => {
  it('refuses a misspelt key with a suggestion instead of silently using the default environment', () => {
    expect(linesOf({ mews: { enviroment: 'production', clientToken: 'c', accessToken: 'a' } })).toEqual([
      'mews.enviroment: unknown key "enviroment": did you mean "environment"?',
    ]);
  });

  it('suggests the key meant for "ip", "cardWait" and a key one level too high, naming the device by its name', () => {
    const lines = linesOf({
      devices: [
        { id: ID, name: 'Front desk printer', driver: 'escpos', connection: { type: 'tcp', ip: '192.168.1.40', port: 9100 } },
        { id: ID2, name: 'Encoder 1', driver: 'salto', cardWaitSeconds: 60, options: { cardWait: 45 } },
      ],
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'device "Front desk printer": connection.ip: unknown key "ip": did you mean "host"?',
        'device "Encoder 1": cardWaitSeconds: unknown key "cardWaitSeconds": did you mean "options.cardWaitSeconds"?',
        'device "Encoder 1": options.cardWait: unknown key "cardWait": did you mean "cardWaitSeconds"?',
        expect.stringMatching(/^device "Front desk printer": connection\.host: /),
      ]),
    );
    expect(lines.join('\n')).not.toMatch(/devices\[\d\]/);
  });

  it("says what a value must be in an admin's words, not zod's (quoted numbers, missing keys, options, limits)", () => {
    const lines = linesOf({
      language: 'de-DE',
      log: { level: 'Debug' },
      dashboard: { port: '7341', allowRemote: 'true' },
      devices: [
        { id: ID, name: 'Front desk printer', driver: 'escpos', connection: { type: 'tcp', ip: '192.168.1.40', port: '9100' } },
        { id: ID2, name: 'Bar', driver: 'escpos', connection: { type: 'tcp', host: 12, port: 9100 }, options: { maxPages: 0 } },
      ],
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'language: must be one of "auto", "en", "de", "fr", "es", "cs": write "de" (the language without its region)',
        'log.level: must be one of "debug", "info", "warn", "error": write "debug"',
        'dashboard.port: must be a number: write 7341 without quotes',
        'dashboard.allowRemote: must be true or false: write true without quotes',
        'device "Front desk printer": connection.host: is required',
        'device "Front desk printer": connection.port: must be a number: write 9100 without quotes',
        'device "Bar": connection.host: must be text in quotes: write "12"',
        'device "Bar": options.maxPages: must be at least 1',
      ]),
    );
    expect(lines.join('\n')).not.toMatch(/Invalid input|Invalid option|Too small|expected \w+, received/);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(linesOf({ dashboard: { colour: 'blue' } })).toEqual([
      'dashboard.colour: unknown key "colour" (allowed here: host, port, allowRemote)',
    ]);
  });

  it('requires the Mews device Id to be a GUID, and names the device a duplicate Id belongs to', () => {
    expect(linesOf({ devices: [{ id: 'front-desk', name: 'Desk', driver: 'null' }] })).toEqual([
      expect.stringMatching(/^device "Desk": id: must be the device Id Mews shows, a GUID/),
    ]);
    expect(
      linesOf({
        devices: [
          { id: ID, name: 'A', driver: 'null' },
          { id: ID.toUpperCase(), name: 'B', driver: 'null' },
        ],
      }),
    ).toEqual(['device "B": id: is already the Id of device "A"']);
  });

  it('checks a single device from the form the same way, keeping the field path the form matches on', () => {
    expect(() =>
      parseDevice({ id: ID, name: 'P', driver: 'escpos', connection: { type: 'serial', path: '/dev/ttyUSB0', baud: 9600 } }),
    ).toThrow(/did you mean "baudRate"/);
    try {
      parseDevice({ id: ID, name: 'P', driver: 'escpos', connection: { type: 'serial', path: '/dev/ttyUSB0', baud: 9600 } });
    } catch (e) {
      expect((e as ConfigError).issues).toEqual([{ field: 'connection.baud', message: 'unknown key "baud": did you mean "baudRate"?' }]);
    }
  });

  it('takes strictness from the schema: a key added to it is accepted, and a new open object stays open', () => {
    const base = z.object({ a: z.string().optional(), nested: z.object({ b: z.number().optional() }).default({}) });
    expect(findUnknownKeys(base, { a: 'x', nested: { b: 1, c: 2 } }).map((u) => u.key)).toEqual(['c']);
    const extended = base.extend({ nested: z.object({ b: z.number().optional(), c: z.number().optional() }).default({}) });
    expect(findUnknownKeys(extended, { a: 'x', nested: { b: 1, c: 2 } })).toEqual([]);
    expect(findUnknownKeys(z.looseObject({ a: z.string() }), { a: 'x', anything: 1 })).toEqual([]);
    // The real schema: every documented example key is known.
    expect(() =>
      parseConfig({
        mews: {
          environment: 'custom',
          apiUrl: 'http://127.0.0.1:9001',
          webSocketUrl: 'ws://127.0.0.1:9001',
          clientToken: 'c',
          accessToken: 'a',
          client: 'X 1.0',
        },
        devices: [
          {
            id: ID,
            name: 'P',
            driver: 'escpos',
            connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, flowControl: 'rtscts' },
            options: { paperWidthDots: 576 },
          },
          {
            id: ID2,
            name: 'S',
            driver: 'fias',
            connection: { type: 'tcp-listen', host: '0.0.0.0', port: 8265 },
            options: { timeZone: 'Europe/Prague' },
          },
        ],
        dataDir: './bridge-data',
        dashboard: { host: '127.0.0.1', port: 7341 },
      }),
    ).not.toThrow();
  });
});
