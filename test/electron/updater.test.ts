import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NodeHttpExecutor } from 'builder-util';
import { configureRequestOptions, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { NsisUpdater, type AppUpdater } from 'electron-updater';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { createLogger } from '../../src/util/logger.js';
import { GroupUpdates } from '../../electron/group-updates.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * electron-updater's own NsisUpdater (the Windows target) against a local HTTP server playing the hotel group's
 * update server. Electron cannot run here, so the app is a plain AppAdapter and downloads go through
 * electron-builder's NodeHttpExecutor; Authenticode (PowerShell) is replaced by a stand-in verifier that looks
 * for a signer mark in the file, so the "not signed by the group" path runs too.
 */
const PUBLISHER = 'Hotel Group IT';

/**
 * Downloads over Node's http, as ElectronHttpExecutor.download does over Electron's net module: the same
 * `doDownload` of builder-util-runtime, which streams through its SHA-512 DigestTransform.
 */
class NodeDownloadExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers || undefined, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (e) => (e == null ? resolve(destination) : reject(e)), responseHandler: null },
        0,
      );
    });
  }
}
const signed = (text: string) => Buffer.from(`MZ installer ${text}\nSIGNED-BY:${PUBLISHER}\n`);
const sha512 = (b: Buffer) => createHash('sha512').update(b).digest('base64');

interface Release {
  /** What latest.yml says the file is. */
  described: Buffer;
  /** What the server actually sends. */
  served: Buffer;
  stagingPercentage?: number;
}

async function updateServer(release: () => Release): Promise<{ url: string; downloads: number; close(): Promise<void> }> {
  const state = { downloads: 0 };
  const server: Server = createServer((req, res) => {
    const r = release();
    const path = new URL(req.url ?? '/', 'http://x').pathname; // electron-updater adds ?noCache=…
    // latest.yml for Windows; electron-updater asks for latest-linux.yml when it runs on Linux (as here).
    if (path === '/latest.yml' || path === '/latest-linux.yml') {
      const yml = [
        'version: 1.1.0',
        'files:',
        '  - url: mews-device-bridge-setup-1.1.0-x64.exe',
        `    sha512: ${sha512(r.described)}`,
        `    size: ${r.described.length}`,
        'path: mews-device-bridge-setup-1.1.0-x64.exe',
        `sha512: ${sha512(r.described)}`,
        "releaseDate: '2026-11-30T08:00:00.000Z'",
        ...(r.stagingPercentage !== undefined ? [`stagingPercentage: ${r.stagingPercentage}`] : []),
      ].join('\n');
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(yml + '\n');
    } else if (path === '/mews-device-bridge-setup-1.1.0-x64.exe') {
      state.downloads++;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': r.served.length }).end(r.served);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get downloads() {
      return state.downloads;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** An installed 1.0.0 whose install id falls at `rolloutPoint` (0..1) of the staged rollout. */
function installedApp(root: string, name: string, rolloutPoint = 0.25): { updater: AppUpdater; cache: string } {
  const dir = join(root, name);
  const userData = join(dir, 'user-data');
  mkdirSync(userData, { recursive: true });
  // electron-updater places an install by the last 4 bytes of this id (UUID.parse(id).readUInt32BE(12) / 2^32-1).
  const tail = Math.floor(rolloutPoint * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  writeFileSync(join(userData, '.updaterId'), `00000000-0000-4000-8000-0000${tail}`);
  const configPath = join(dir, 'app-update.yml');
  writeFileSync(
    configPath,
    `provider: generic\nurl: http://127.0.0.1:1/\npublisherName:\n  - ${PUBLISHER}\nupdaterCacheDirName: mews-device-bridge-updater\n`,
  );
  const app = {
    version: '1.0.0',
    name: 'Mews Device Bridge',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: userData,
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  const updater = new NsisUpdater(null, app);
  (updater as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor = new NodeDownloadExecutor();
  updater.verifyUpdateCodeSignature = async (publishers, file) =>
    (await readFile(file)).includes(Buffer.from(`SIGNED-BY:${publishers[0]}`)) ? null : `not signed by ${publishers.join(', ')}`;
  return { updater, cache: join(dir, 'cache') };
}

function capture() {
  const lines: string[] = [];
  return { log: createLogger({ level: 'debug', destination: { write: (l: string) => void lines.push(l) } }), text: () => lines.join('') };
}

describe("updates from the hotel group's server (electron-updater, generic provider)", () => {
  const dir = tempDir('bridge-updater-');
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  let server: Awaited<ReturnType<typeof updateServer>> | undefined;
  let updates: GroupUpdates | undefined;
  afterEach(async () => {
    updates?.stop();
    await bridge?.stop();
    await mews?.close();
    await server?.close();
    updates = bridge = mews = server = undefined;
  });
  afterAll(() => dir.cleanup());

  async function bridgeWithSlowPrinter(name: string) {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    bridge = await startBridge(
      bridgeConfig(mews, join(dir.path, name, 'data'), [
        { id: printer.Id, name: 'Desk printer', driver: 'null', options: { delayMs: 1500 } },
      ]),
    );
    await waitFor(() => mews!.socketCount() === 1, 'online');
    return printer.Id;
  }

  it('downloads a verified update and installs it only once no command runs (never mid-command)', async () => {
    const file = signed('1.1.0');
    server = await updateServer(() => ({ described: file, served: file }));
    const printerId = await bridgeWithSlowPrinter('good');
    const { updater } = installedApp(dir.path, 'good');
    const installs: { phase: string | undefined; outcome: string | undefined; running: number; paused: boolean }[] = [];
    let cmd = '';
    const { log, text } = capture();
    updates = new GroupUpdates({
      updater,
      api: bridge!,
      config: { url: server.url, channel: 'latest', checkEveryHours: 4 },
      log,
      install: () => {
        const e = bridge!.journalEntries().find((x) => x.id === cmd); // the print, at the very moment the install starts
        void bridge!
          .getSnapshot()
          .then((s) =>
            installs.push({ phase: e?.phase, outcome: e?.outcome?.state, running: s.counts.running, paused: s.connection.paused }),
          );
      },
    });
    // A print is running when the update arrives.
    cmd = mews!.store.addPrinterCommand(printerId, Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64')).Id;
    await waitFor(async () => (await bridge!.getSnapshot()).counts.running === 1, 'print running');
    const info = await updates.check();
    expect(info?.version).toBe('1.1.0');
    expect(updates.ready?.version).toBe('1.1.0');
    expect(installs).toEqual([]); // downloaded and verified, but the print is still running
    await waitFor(() => installs.length === 1, 'installed after the print');
    expect(installs[0]).toEqual({ phase: 'final', outcome: 'Processed', running: 0, paused: true });
    expect(text()).toContain('installing at the next quiet moment');
    expect(server.downloads).toBe(1);
  });

  it('resumes the bridge when the installer does not take over (the app did not quit)', async () => {
    const file = signed('1.1.0');
    server = await updateServer(() => ({ described: file, served: file }));
    await bridgeWithSlowPrinter('stuck');
    const { updater } = installedApp(dir.path, 'stuck');
    const { log, text } = capture();
    let installed = 0;
    updates = new GroupUpdates({
      updater,
      api: bridge!,
      config: { url: server.url, channel: 'latest', checkEveryHours: 4 },
      log,
      install: () => void installed++,
      installTimeoutMs: 300,
    });
    await updates.check();
    await waitFor(() => installed === 1, 'install started');
    expect((await bridge!.getSnapshot()).connection.paused).toBe(true);
    await waitFor(async () => !(await bridge!.getSnapshot()).connection.paused, 'bridge resumed');
    expect(text()).toContain('The update did not install; the bridge carries on with the current version');
  });

  it('refuses a tampered file (checksum) and one not signed by the group; nothing is installed', async () => {
    const good = signed('1.1.0');
    const tampered = Buffer.from(good.toString().replace('1.1.0', '6.6.6'));
    let release: Release = { described: good, served: tampered };
    server = await updateServer(() => release);
    await bridgeWithSlowPrinter('bad');
    const { updater } = installedApp(dir.path, 'bad');
    const errors: string[] = [];
    updater.on('error', (e: Error) => errors.push(e.message));
    let installed = 0;
    const { log, text } = capture();
    updates = new GroupUpdates({
      updater,
      api: bridge!,
      config: { url: server.url, channel: 'latest', checkEveryHours: 4 },
      log,
      install: () => void installed++,
    });

    expect(await updates.check()).toBeNull();
    expect(errors.join('\n')).toMatch(/sha512 checksum mismatch/);
    expect(updates.ready).toBeNull();

    // Same bytes as described, but not signed by the group's publisher.
    const unsigned = Buffer.from('MZ installer 1.1.0 from someone else\n');
    release = { described: unsigned, served: unsigned };
    expect(await updates.check()).toBeNull();
    expect(errors.join('\n')).toMatch(/New version 1\.1\.0 is not signed by the application owner: not signed by Hotel Group IT/);
    expect(updates.ready).toBeNull();
    await new Promise((r) => setTimeout(r, 200));
    expect(installed).toBe(0);
    expect(text()).toContain('Update failed; the current version keeps running');
  });

  it('honours the staged rollout percentage for this install', async () => {
    const file = signed('1.1.0');
    let staging = 20;
    server = await updateServer(() => ({ described: file, served: file, stagingPercentage: staging }));
    await bridgeWithSlowPrinter('staged');
    const { updater } = installedApp(dir.path, 'staged', 0.25); // this PC sits at 25 % of the rollout
    updates = new GroupUpdates({
      updater,
      api: bridge!,
      config: { url: server.url, channel: 'latest', checkEveryHours: 4 },
      log: capture().log,
      install: () => undefined,
    });
    expect(await updates.check()).toBeNull(); // 20 %: not yet
    expect(server.downloads).toBe(0);
    staging = 30;
    expect((await updates.check())?.version).toBe('1.1.0'); // 30 %: this PC is in
    expect(server.downloads).toBe(1);
  });
});
