import { describe, expect, it } from 'vitest';
import { parseConfig, ConfigError } from '../../src/config/validate.js';
import { withEnvTokens } from '../../src/config/file-settings-store.js';
import { createLogger } from '../../src/util/logger.js';

const issuesOf = (input: unknown) => {
  try {
    parseConfig(input);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).issues;
  }
};

describe('config validation', () => {
  it('fills defaults for an empty file', () => {
    const c = parseConfig({});
    expect(c.mews.environment).toBe('demo');
    expect(c.dashboard).toEqual({ host: '127.0.0.1', port: 7341, allowRemote: false });
    expect(c.devices).toEqual([]);
  });

  it('names the bad field for a wrong baud rate, a missing path and a bad time zone', () => {
    const issues = issuesOf({
      devices: [
        {
          id: '20000000-0000-4000-8000-000000000031',
          name: 'P',
          driver: 'escpos',
          connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 12345 },
        },
        { id: '20000000-0000-4000-8000-000000000032', name: 'Q', driver: 'escpos', connection: { type: 'serial', path: '' } },
        { id: '20000000-0000-4000-8000-000000000033', name: 'E', driver: 'salto', options: { timeZone: 'Mars/Olympus' } },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          field: 'devices[0].connection.baudRate',
          where: 'device "P": connection.baudRate',
          message: expect.stringMatching(/one of .*19200/),
        },
        { field: 'devices[1].connection.path', where: 'device "Q": connection.path', message: expect.stringMatching(/path is required/) },
        { field: 'devices[2].options.timeZone', where: 'device "E": options.timeZone', message: expect.stringMatching(/IANA/) },
      ]),
    );
  });

  it('requires addresses for a custom environment and rejects duplicate device ids', () => {
    const issues = issuesOf({
      mews: { environment: 'custom' },
      devices: [
        { id: '20000000-0000-4000-8000-00000000003a', name: 'A', driver: 'null' },
        { id: '20000000-0000-4000-8000-00000000003A', name: 'B', driver: 'null' },
      ],
    });
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['mews.apiUrl', 'mews.webSocketUrl', 'devices[1].id']));
  });

  it('accepts only IP addresses as allowed lock-server peers', () => {
    const dev = (allowedPeers: string[]) => ({
      devices: [
        {
          id: '20000000-0000-4000-8000-000000000035',
          name: 'F',
          driver: 'fias',
          connection: { type: 'tcp-listen', port: 8265, allowedPeers },
        },
      ],
    });
    expect(issuesOf(dev(['192.168.1.20', '::1']))).toEqual([]);
    expect(issuesOf(dev(['lockserver.local']))[0]).toEqual({
      field: 'devices[0].connection.allowedPeers[0]',
      where: 'device "F": connection.allowedPeers[0]',
      message: expect.stringMatching(/IP address/),
    });
  });

  it('rejects an unknown driver naming the field', () => {
    expect(issuesOf({ devices: [{ id: '20000000-0000-4000-8000-000000000036', name: 'X', driver: 'laserjet' }] })[0]!.field).toBe(
      'devices[0].driver',
    );
  });

  it('lets environment tokens override the file', () => {
    const c = parseConfig({ mews: { clientToken: 'file-ct', accessToken: 'file-at' } });
    const o = withEnvTokens(c, { MEWS_CLIENT_TOKEN: 'env-ct', MEWS_ACCESS_TOKEN: 'env-at' });
    expect(o.mews).toMatchObject({ clientToken: 'env-ct', accessToken: 'env-at' });
    expect(withEnvTokens(c, {}).mews.clientToken).toBe('file-ct');
  });
});

describe('logger', () => {
  it('never writes a token, neither in a secret field nor inside a message', () => {
    const lines: string[] = [];
    const log = createLogger({ secrets: () => ['SECRET-ACCESS-TOKEN-1'], destination: { write: (l: string) => void lines.push(l) } });
    log.info({ accessToken: 'SECRET-ACCESS-TOKEN-1', nested: { ClientToken: 'SECRET-CLIENT-2' } }, 'hello');
    log.warn('request failed for AccessToken=SECRET-ACCESS-TOKEN-1 at Mews');
    const all = lines.join('');
    expect(all).not.toContain('SECRET-ACCESS-TOKEN-1');
    expect(all).not.toContain('SECRET-CLIENT-2');
    expect(all).toContain('[redacted]');
  });
});
