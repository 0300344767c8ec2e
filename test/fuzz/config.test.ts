import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseConfig, parseDevice } from '../../src/config/validate.js';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { tempDir } from '../helpers/core-harness.js';

/** Config files: whatever is in them, parsing ends in a config or a ConfigError whose issues name fields. */

const validConfig = {
  mews: {
    environment: 'custom',
    apiUrl: 'http://127.0.0.1:9001',
    webSocketUrl: 'ws://127.0.0.1:9001',
    clientToken: 'c',
    accessToken: 'a',
    client: 'Bridge 1.0',
  },
  devices: [
    {
      id: '20000000-0000-4000-8000-000000000010',
      name: 'Printer',
      driver: 'escpos',
      connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, flowControl: 'rtscts' },
      options: { paperWidthDots: 576 },
    },
    {
      id: '20000000-0000-4000-8000-000000000011',
      name: 'Net printer',
      driver: 'escpos',
      connection: { type: 'tcp', host: '192.168.1.40', port: 9100 },
    },
    {
      id: '20000000-0000-4000-8000-000000000012',
      name: 'Encoder',
      driver: 'salto',
      connection: { type: 'tcp', host: '192.168.1.20', port: 5010 },
      options: { encoder: 'E1', timeZone: 'Europe/Prague' },
    },
    {
      id: '20000000-0000-4000-8000-000000000013',
      name: 'Saflok',
      driver: 'fias',
      connection: { type: 'tcp-listen', host: '0.0.0.0', port: 8265 },
    },
    { id: '20000000-0000-4000-8000-000000000014', name: 'Null', driver: 'null', options: { delayMs: 5 } },
  ],
  dataDir: './data',
  dashboard: { host: '127.0.0.1', port: 7341 },
  log: { level: 'info' },
};

/** Replaces the value at a random path of a JSON tree with junk, or deletes it. */
function mutate(tree: unknown, path: number[], junk: unknown, del: boolean): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return del ? undefined : junk;
  const entries = Array.isArray(tree) ? tree.map((v, i) => [i, v] as const) : Object.entries(tree);
  if (entries.length === 0) return junk;
  const [key, child] = entries[path[0]! % entries.length]!;
  const next = mutate(child, path.slice(1), junk, del);
  if (Array.isArray(tree)) {
    const copy = [...tree];
    if (next === undefined) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(tree as Record<string, unknown>) };
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy;
}

const mutatedConfig = fc
  .array(fc.record({ path: fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), junk: fc.anything(), del: fc.boolean() }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ms) => ms.reduce<unknown>((t, m) => mutate(t, m.path, m.junk, m.del), validConfig));

const configInput = fc.oneof(
  mutatedConfig,
  fc.anything(),
  fc.json().map((j) => JSON.parse(j) as unknown),
);

function expectConfigOutcome(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const issues = (e as ConfigError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i.field).toMatch(/^(\(root\)|\(file\)|[A-Za-z_$][\w$]*(\[\d+\]|\.[^.[\]]+)*)$/);
      expect(i.message.length).toBeGreaterThan(0);
    }
    expect((e as Error).message).toContain(issues[0]!.field);
  }
}

describe('fuzz: config files', () => {
  const dir = tempDir('bridge-fuzz-config-');
  afterAll(() => dir.cleanup());

  it('the valid sample parses', () => {
    expect(parseConfig(validConfig).devices).toHaveLength(5);
  });

  it('parseConfig never throws anything but a ConfigError with field paths', () => {
    fc.assert(
      fc.property(configInput, (input) => expectConfigOutcome(() => parseConfig(input))),
      { seed: 4242, numRuns: 500 },
    );
  });

  it('parseDevice never throws anything but a ConfigError with field paths', () => {
    const deviceInput = fc.oneof(
      fc.nat(4).chain((i) =>
        fc
          .array(fc.record({ path: fc.array(fc.nat(10), { minLength: 1, maxLength: 3 }), junk: fc.anything(), del: fc.boolean() }), {
            minLength: 1,
            maxLength: 3,
          })
          .map((ms) => ms.reduce<unknown>((t, m) => mutate(t, m.path, m.junk, m.del), validConfig.devices[i])),
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(deviceInput, (input) => expectConfigOutcome(() => parseDevice(input))),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('a config file with any content loads and parses to a config or a ConfigError', () => {
    const file = join(dir.path, 'bridge.json');
    const content = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      mutatedConfig.map((c) => JSON.stringify(c) ?? ''),
      mutatedConfig.map((c) => (JSON.stringify(c) ?? '').slice(0, 40)),
      fc.json(),
    );
    fc.assert(
      fc.property(content, (text) => {
        writeFileSync(file, text);
        expectConfigOutcome(() => parseConfig(new FileSettingsStore(file).load()));
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
