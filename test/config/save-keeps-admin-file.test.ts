import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { patchRawConfig } from '../../src/config/patch-raw-config.js';
import { parseConfig } from '../../src/config/validate.js';
import { tempDir } from '../helpers/core-harness.js';

const PRINTER = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01';
const ENCODER = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e02';

/** A config file as an admin writes it by hand: only what differs from the defaults, relative dataDir. */
const HAND_WRITTEN = {
  dataDir: './data',
  mews: { environment: 'production', clientToken: 'client-on-disk', accessToken: 'access-on-disk' },
  devices: [
    {
      id: PRINTER,
      name: 'Reception receipt',
      driver: 'escpos',
      connection: { type: 'tcp', host: '192.168.1.40', port: 9100 },
      options: { status: 'off' },
    },
    { id: ENCODER, name: 'Salto', driver: 'salto', connection: { type: 'tcp', host: '192.168.1.50', port: 8090 } },
  ],
};

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('saving settings into a hand-written config file', () => {
  const dir = tempDir('save-admin-file-');
  afterAll(() => dir.cleanup());

  function handWritten(name: string): { file: string; store: FileSettingsStore } {
    const file = `${dir.path}/${name}.json`;
    writeFileSync(file, JSON.stringify(HAND_WRITTEN, null, 2), { mode: 0o644 });
    return { file, store: new FileSettingsStore(file) };
  }

  it('choosing a language adds "language" and leaves every other line as the admin wrote it (no defaults filled in)', () => {
    const { file, store } = handWritten('language');
    const config = parseConfig(store.load());
    store.save({ ...config, language: 'de' });
    expect(readJson(file)).toEqual({ ...HAND_WRITTEN, language: 'de' });
  });

  it('editing one device writes only the changed option of that device', () => {
    const { file, store } = handWritten('edit');
    const config = parseConfig(store.load());
    const devices = config.devices.map((d) =>
      d.id === PRINTER && d.driver === 'escpos' ? { ...d, options: { ...d.options, cutter: false } } : d,
    );
    store.save({ ...config, devices });
    const written = readJson(file) as typeof HAND_WRITTEN;
    expect(written.devices[0]).toEqual({ ...HAND_WRITTEN.devices[0], options: { status: 'off', cutter: false } });
    expect(written.devices[1]).toEqual(HAND_WRITTEN.devices[1]);
    expect(written.mews).toEqual(HAND_WRITTEN.mews);
    expect(parseConfig(store.load()).devices.map((d) => d.name)).toEqual(['Reception receipt', 'Salto']);
  });

  it('removing a device and adding another keeps the remaining one as written', () => {
    const { file, store } = handWritten('add-remove');
    const config = parseConfig(store.load());
    const [printer, salto] = config.devices;
    if (!printer || !salto) throw new Error('the hand-written file has two devices');
    const added = { ...printer, id: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e03', name: 'Bar printer' };
    store.save({ ...config, devices: [salto, added] });
    const written = readJson(file) as { devices: Array<Record<string, unknown>> };
    expect(written.devices[0]).toEqual(HAND_WRITTEN.devices[1]);
    expect(written.devices[1]).toMatchObject({ name: 'Bar printer', driver: 'escpos' });
    expect(parseConfig(store.load()).devices.map((d) => d.name)).toEqual(['Salto', 'Bar printer']);
  });

  it('a file that holds tokens is rewritten readable by its owner only (0600); one without tokens keeps its mode', () => {
    const { file, store } = handWritten('mode');
    store.save({ ...parseConfig(store.load()), language: 'fr' });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);

    const noTokens = `${dir.path}/no-tokens.json`;
    writeFileSync(noTokens, JSON.stringify({ ...HAND_WRITTEN, mews: { environment: 'demo' } }), { mode: 0o644 });
    const plain = new FileSettingsStore(noTokens);
    plain.save({ ...parseConfig(plain.load()), language: 'fr' });
    if (process.platform !== 'win32') expect(statSync(noTokens).mode & 0o777).toBe(0o644);
    expect(readJson(noTokens).mews).toEqual({ environment: 'demo' });
  });
});

describe('patchRawConfig', () => {
  it('keeps absent keys absent when nothing changed, writes what changed, drops what was removed', () => {
    const raw = { a: 1, nested: { kept: 'x' } };
    const before = { a: 1, b: 2, nested: { kept: 'x', d: true } };
    expect(patchRawConfig(raw, before, structuredClone(before))).toBe(raw);
    expect(patchRawConfig(raw, before, { a: 1, b: 3, nested: { kept: 'x', d: true } })).toEqual({ a: 1, b: 3, nested: { kept: 'x' } });
    expect(patchRawConfig(raw, before, { b: 2, nested: { kept: 'y', d: true } })).toEqual({ nested: { kept: 'y' } });
  });

  it('replaces a list without ids whole', () => {
    expect(patchRawConfig({ l: ['a'] }, { l: ['a'] }, { l: ['a', 'b'] })).toEqual({ l: ['a', 'b'] });
  });
});
