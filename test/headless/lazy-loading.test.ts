import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, describe, expect, it } from 'vitest';
import { dashboardLinkFile } from '../../src/headless/dashboard/token-file.js';
import { startEscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { makePdf, sampleReceipt } from '../../src/sim/sample-pdf.js';
import { TOKENS, bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { spawnHeadless, type HeadlessProcess } from '../helpers/headless-process.js';
import type { LoadedModules } from '../helpers/loaded-modules.js';
import { waitFor } from '../helpers/wait-for.js';

const PRELOAD = fileURLToPath(new URL('../helpers/loaded-modules.ts', import.meta.url));

/**
 * What an idle bridge must not have loaded (docs/ARCHITECTURE.md, "Footprint"): each is loaded by the first
 * scrape, the first IPP request, the first document (in the renderer process) or a serial device.
 */
const LAZY = {
  'prom-client': /\/node_modules\/prom-client\//,
  '@sealsystems/ipp': /\/node_modules\/@sealsystems\/ipp\//,
  moment: /\/node_modules\/moment\//,
  'pdfjs-dist': /\/node_modules\/pdfjs-dist\//,
  '@napi-rs/canvas': /\/node_modules\/@napi-rs\/canvas/,
  serialport: /\/node_modules\/(@serialport\/|serialport\/)/,
};
/** Node's own fetch (undici and its WebAssembly HTTP parser): the Connector API client uses node:http instead. */
const UNDICI = 'NativeModule internal/deps/undici/undici';

function loaded(p: HeadlessProcess): Promise<LoadedModules> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { loadedModules?: LoadedModules }) => {
      if (!msg.loadedModules) return;
      p.child.off('message', onMessage);
      resolve(msg.loadedModules);
    };
    p.child.on('message', onMessage);
    p.child.send('loaded-modules?', (err) => err && reject(err));
  });
}

function lazyLoaded(m: LoadedModules): string[] {
  return Object.entries(LAZY)
    .filter(([, re]) => m.files.some((f) => re.test(f)))
    .map(([name]) => name);
}

describe('the headless bridge loads what only a job or a scrape needs when it is first needed', () => {
  const dir = tempDir('bridge-lazy-');
  afterAll(() => dir.cleanup());

  it('an idle bridge with a receipt printer has not loaded prom-client, IPP, pdf.js, canvas, serialport or undici; a print and the first scrape then work', async () => {
    const mews = await startMews();
    const paper = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    let p: HeadlessProcess | undefined;
    try {
      const desk = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
      const port = (paper.address as { port: number }).port;
      const dataDir = join(dir.path, 'data');
      const cfg = bridgeConfig(mews, dataDir, [
        { id: desk.Id, name: 'Front desk', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port } },
      ]);
      const { clientToken: _c, accessToken: _a, ...mewsWithoutTokens } = cfg.mews!;
      const file = join(dir.path, 'bridge.json');
      writeFileSync(file, JSON.stringify({ ...cfg, mews: mewsWithoutTokens, dashboard: { port: 0 } }));
      p = spawnHeadless(['--config', file], { MEWS_CLIENT_TOKEN: TOKENS.clientToken, MEWS_ACCESS_TOKEN: TOKENS.accessToken }, [PRELOAD]);
      const url = await p.url;
      await waitFor(() => mews.socketCount() === 1 && mews.requests.has('commands/getAllActive'), 'online and synced', 30_000);

      const idle = await loaded(p);
      expect(
        idle.files.some((f) => f.includes('/src/headless/run-headless.ts')),
        'the report sees the bridge itself',
      ).toBe(true);
      expect(lazyLoaded(idle)).toEqual([]);
      expect(idle.builtins).not.toContain(UNDICI);

      // A receipt prints (rendered in the renderer process): this process still has no pdf.js or canvas.
      const id = mews.store.addPrinterCommand(desk.Id, Buffer.from(makePdf([sampleReceipt()])).toString('base64')).Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'receipt printed', 60_000);
      expect(paper.jobs.at(-1)?.rasterRows).toBeGreaterThan(100);
      expect(lazyLoaded(await loaded(p))).toEqual([]);

      // The first scrape loads prom-client and reports what happened before it.
      const token = /#token=(\S+)/.exec(readFileSync(dashboardLinkFile(dataDir), 'utf8'))![1]!;
      const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const text = await res.text();
      const families = parsePrometheusTextFormat(text);
      const commands = families.find((f) => f.name === 'mews_bridge_commands_total')!;
      expect(commands.metrics).toEqual([{ labels: { device: 'Front desk', kind: 'print', outcome: 'Processed' }, value: '1' }]);
      expect(text).toMatch(/^mews_bridge_command_duration_seconds_count\{device="Front desk",kind="print",outcome="Processed"\} 1$/m);
      expect(text).toMatch(/^mews_bridge_mews_requests_total\{operation="commands\/getAllActive",status="200"\} [1-9]/m);
      expect(families.find((f) => f.name === 'process_resident_memory_bytes')).toBeDefined();
      expect(lazyLoaded(await loaded(p))).toEqual(['prom-client']);
    } finally {
      p?.child.kill('SIGTERM');
      await p?.exit;
      await paper.close();
      await mews.close();
    }
  });
});
