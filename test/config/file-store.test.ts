import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import { ConfigError, describeIssue, parseConfig } from '../../src/config/validate.js';
import { tempDir } from '../helpers/core-harness.js';

const ID = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01';
const CONFIG = {
  mews: { environment: 'demo' },
  devices: [{ id: ID, name: 'Front desk printer', driver: 'escpos', connection: { type: 'tcp', host: '192.168.1.40', port: 9100 } }],
};

function loadErrors(store: FileSettingsStore): string[] {
  try {
    store.load();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues.map(describeIssue);
  }
  return [];
}

describe('config file as an admin writes it', () => {
  const dir = tempDir('file-store-');
  afterAll(() => dir.cleanup());

  it('reads a file saved with a UTF-8 byte order mark (Notepad, PowerShell 5.1 "-Encoding UTF8")', () => {
    const file = `${dir.path}/bom.json`;
    writeFileSync(file, '\uFEFF' + JSON.stringify(CONFIG, null, 2), 'utf8');
    const config = parseConfig(new FileSettingsStore(file).load());
    expect(config.devices.map((d) => d.name)).toEqual(['Front desk printer']);
  });

  it('keeps the tokens of a BOM file when settings are saved back', () => {
    const file = `${dir.path}/bom-tokens.json`;
    writeFileSync(
      file,
      '\uFEFF' +
        JSON.stringify({ ...CONFIG, mews: { environment: 'demo', clientToken: 'client-on-disk', accessToken: 'access-on-disk' } }, null, 2),
      'utf8',
    );
    const store = new FileSettingsStore(file);
    const config = parseConfig(store.load());
    store.save({ ...config, mews: { ...config.mews, clientToken: '', accessToken: '' } });
    const again = parseConfig(new FileSettingsStore(file).load());
    expect([again.mews.clientToken, again.mews.accessToken]).toEqual(['client-on-disk', 'access-on-disk']);
  });

  it('names the line and column of a JSON mistake (a trailing comma after line 3 is found at line 4, column 3)', () => {
    const file = `${dir.path}/comma.json`;
    writeFileSync(file, '{\n  "mews": {\n    "environment": "demo",\n  },\n  "devices": []\n}\n');
    const [line, ...rest] = loadErrors(new FileSettingsStore(file));
    expect(rest).toEqual([]);
    expect(line).toMatch(/is not valid JSON at line 4, column 3 /);
  });
});
