import { connect, type Socket } from 'node:net';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';

const collect = (s: Socket) => {
  const got: number[] = [];
  s.on('data', (b: Buffer) => got.push(...b));
  return got;
};
const until = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('virtual ESC/POS printer', () => {
  let sim: EscposPrinterSim;
  let sock: Socket;
  beforeEach(async () => {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 }, paperWidthDots: 64 });
    const { host, port } = sim.address as { host: string; port: number };
    sock = connect({ host, port });
    await new Promise((r) => sock.once('connect', r));
  });
  afterEach(async () => {
    sock.destroy();
    await sim.close();
  });

  it('answers DLE EOT 1/2/3/4 with the documented bytes for each state', async () => {
    const got = collect(sock);
    const ask = async () => {
      got.length = 0;
      sock.write(Buffer.of(0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4));
      await until(() => got.length === 4);
      return got.map((b) => b.toString(16)).join(' ');
    };
    expect(await ask()).toBe('12 12 12 12');
    sim.setPaperNearEnd(true);
    expect(await ask()).toBe('12 12 12 1e');
    sim.setPaperNearEnd(false);
    sim.setPaperOut(true);
    expect(await ask()).toBe('1a 32 12 7e');
    sim.setPaperOut(false);
    sim.setCoverOpen(true);
    expect(await ask()).toBe('1a 16 12 12');
    sim.setCoverOpen(false);
    sim.setCutterJam(true);
    expect(await ask()).toBe('1a 52 1e 12');
  });

  it('records raster bands, feeds, text and cuts of each job and renders them', async () => {
    const band = Buffer.concat([Buffer.of(0x1d, 0x76, 0x30, 0, 2, 0, 3, 0), Buffer.from([0xff, 0x00, 0x0f, 0xf0, 0x80, 0x01])]);
    sock.write(
      Buffer.concat([
        Buffer.of(0x1b, 0x40),
        band,
        Buffer.of(0x1b, 0x4a, 20),
        Buffer.from('Hi\n'),
        Buffer.of(0x1b, 0x64, 2, 0x1d, 0x56, 0x01),
      ]),
    );
    sock.write(Buffer.of(0x1b, 0x40, 0x1b, 0x4a, 5, 0x1d, 0x56, 0x00));
    await sim.waitFor((s) => s.jobs.length === 2 && s.jobs[1]!.cuts === 1);
    const [j1, j2] = sim.jobs;
    expect(j1!.bands).toEqual([{ rows: 3, widthBytes: 2 }]);
    expect([...j1!.rows[0]!]).toEqual([0xff, 0, 0, 0, 0, 0, 0, 0]);
    expect([...j1!.rows[1]!]).toEqual([0x0f, 0xf0, 0, 0, 0, 0, 0, 0]);
    expect(j1!.feeds).toEqual([20, 60]);
    expect(j1!.text).toEqual(['Hi']);
    expect(j1!.cuts).toBe(1);
    expect(j2!.feeds).toEqual([5]);
    const png = PNG.sync.read(Buffer.from(sim.renderPng(0)));
    expect(png.width).toBe(64 + 16);
    expect(png.height).toBeGreaterThan(3 + 20 + 60);
  });

  it('holds print data while out of paper and prints it once paper is loaded', async () => {
    sim.setPaperOut(true);
    sock.write(Buffer.of(0x1b, 0x40, 0x1b, 0x4a, 10, 0x1d, 0x56, 0x01));
    await until(() => sim.device.received === 8);
    expect(sim.jobs.reduce((n, j) => n + j.cuts, 0)).toBe(0);
    sim.setPaperOut(false);
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
  });

  it('runs out of paper after the configured rows', async () => {
    sim.setPaperRows(30);
    sock.write(Buffer.of(0x1b, 0x40, 0x1b, 0x4a, 20, 0x1b, 0x4a, 20, 0x1b, 0x4a, 20));
    await sim.waitFor((s) => s.device.paperOut);
    expect(sim.jobs.at(-1)!.feeds).toEqual([20, 20]);
  });

  it('paces reception at the simulated baud rate', async () => {
    sim.setBaudRate(96_000);
    const t0 = Date.now();
    const feeds = Buffer.alloc(3 * 3000);
    for (let i = 0; i < 3000; i++) feeds.set([0x1b, 0x4a, 1], i * 3);
    sock.write(feeds);
    await sim.waitFor((s) => (s.jobs.at(-1)?.feeds.length ?? 0) === 3000, 5000);
    // 9000 bytes at 9600 bytes/s.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(800);
  });

  it('refuses connections while switched off and accepts them again after', async () => {
    await sim.powerOff();
    const { host, port } = sim.address as { host: string; port: number };
    const err = await new Promise<Error>((resolve) => connect({ host, port }).once('error', resolve));
    expect(err.message).toMatch(/ECONNREFUSED/);
    await sim.powerOn();
    const s2 = connect({ host, port });
    await new Promise((r) => s2.once('connect', r));
    s2.destroy();
  });
});
