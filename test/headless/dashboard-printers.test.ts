import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SystemPrinterList } from '../../src/bridge/api.js';
import { startDashboard, type Dashboard } from '../../src/headless/dashboard/index.js';
import { callApi } from '../../src/bridge/api-args.js';
import { FakeBridgeApi } from '../helpers/fake-bridge-api.js';

const printers: SystemPrinterList = {
  system: 'cups',
  defaultPrinter: 'office',
  error: null,
  printers: [
    {
      name: 'office',
      info: 'Office A4',
      uri: null,
      state: 'stopped',
      reasons: ['media-empty-error'],
      problem: 'Out of paper',
      isDefault: true,
      acceptingJobs: true,
      makeAndModel: 'Printer - IPP Everywhere',
      location: null,
      driverName: 'Printer - IPP Everywhere',
      portName: 'ipp://10.0.0.5/ipp/print',
      supported: {
        media: ['iso_a4_210x297mm'],
        mediaDefault: 'iso_a4_210x297mm',
        sides: ['one-sided'],
        mediaSources: ['auto', 'tray-1'],
        colorModes: ['monochrome'],
      },
    },
  ],
};

describe('printer list: GET /api/printers and the listSystemPrinters RPC method', () => {
  let dash: Dashboard | undefined;
  afterEach(async () => {
    await dash?.close();
    dash = undefined;
  });

  it('GET /api/printers answers the list with the dashboard token, 401 without it, 405 for other methods', async () => {
    const api = new FakeBridgeApi({ printers });
    dash = await startDashboard({ api, host: '127.0.0.1', port: 0, staticDir: join(tmpdir(), 'no-such-dir-xyz') });
    const url = `${dash.url}/api/printers`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${dash.token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(printers);
    expect((await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${dash.token}` } })).status).toBe(405);
  });

  it('listSystemPrinters is callable over RPC and takes no arguments', async () => {
    const api = new FakeBridgeApi({ printers });
    expect(await callApi(api, 'listSystemPrinters', [])).toEqual(printers);
    await expect(callApi(api, 'listSystemPrinters', ['x'])).rejects.toThrow(/Invalid arguments/);
  });
});
