import { createServer, type Server, type Socket } from 'node:net';
import { SerialPort } from 'serialport';
import { endOfFileIsDisconnect, keepPendingPollEvents } from '../transport/serial-poller.js';
import { EscposDevice, type EscposDeviceOptions, type StatusReplyBehaviour, type StatusRequestRecord } from './escpos-device.js';
import type { SimJob } from '../devices/escpos/paper.js';

export type EscposSimEndpoint = { tcp: { host: string; port: number } } | { path: string };
export type EscposSimOptions = EscposSimEndpoint & EscposDeviceOptions;

/** A running virtual ESC/POS printer and its control panel. */
export interface EscposPrinterSim {
  /** Where it listens: the actual TCP port (useful with port 0) or the pty path. */
  readonly address: { host: string; port: number } | { path: string };
  readonly device: EscposDevice;
  readonly jobs: SimJob[];
  setPaperOut(out: boolean): void;
  setPaperNearEnd(near: boolean): void;
  setCoverOpen(open: boolean): void;
  setCutterJam(jam: boolean): void;
  /** Changes how real-time status requests are answered from now on (late, dropped, never, not inside data…). */
  setStatusReplies(behaviour: StatusReplyBehaviour): void;
  /** Sends an unsolicited Automatic Status Back frame (4 bytes). */
  sendAutomaticStatus(): void;
  /** Every real-time status request received, with what was answered. */
  readonly statusLog: readonly StatusRequestRecord[];
  /** Paper left on the roll in dot rows (null = endless); it runs out mid-job when this reaches 0. */
  setPaperRows(rows: number | null): void;
  setBaudRate(baud: number | null): void;
  /** Switched off: TCP refuses connections; on a serial line the printer goes silent. */
  powerOff(): Promise<void>;
  powerOn(): Promise<void>;
  /** Resolves when `predicate` holds (checked after each command), rejects after `timeoutMs`. */
  waitFor(predicate: (sim: EscposPrinterSim) => boolean, timeoutMs?: number): Promise<void>;
  renderPng(jobIndex?: number): Uint8Array;
  close(): Promise<void>;
}

export async function startEscposPrinterSim(opts: EscposSimOptions): Promise<EscposPrinterSim> {
  const link: Link = 'tcp' in opts ? new TcpLink(opts.tcp.host, opts.tcp.port) : new SerialLink(opts.path);
  const device = new EscposDevice(
    opts,
    (b) => link.send(b),
    (stop) => link.setPaused(stop),
  );
  link.onData = (b) => device.receive(b);
  link.onReopen = () => device.lineReset();
  link.onConnection = () => device.newSession();
  await link.start();

  const sim: EscposPrinterSim = {
    get address() {
      return link.address;
    },
    device,
    jobs: device.paper.jobs,
    setPaperOut(out) {
      device.paperOut = out;
      if (!out && device.paperRows === 0) device.paperRows = null;
      device.kick();
    },
    setPaperNearEnd(near) {
      device.paperNearEnd = near;
      device.kick();
    },
    setCoverOpen(open) {
      device.coverOpen = open;
      device.kick();
    },
    setCutterJam(jam) {
      device.cutterJam = jam;
      device.kick();
    },
    setStatusReplies(behaviour) {
      device.statusReplies = behaviour;
    },
    sendAutomaticStatus() {
      device.sendAutomaticStatus();
    },
    get statusLog() {
      return device.statusLog;
    },
    setPaperRows(rows) {
      device.paperRows = rows;
      device.paperOut = rows === 0;
      device.kick();
    },
    setBaudRate(baud) {
      device.setBaudRate(baud);
    },
    async powerOff() {
      device.powerOff();
      await link.suspend();
    },
    async powerOn() {
      device.poweredOn = true;
      await link.resume();
      device.kick();
    },
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        if (predicate(sim)) return resolve();
        const timer = setTimeout(() => {
          off();
          reject(new Error(`printer simulator: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        const off = device.onChange(() => {
          if (!predicate(sim)) return;
          clearTimeout(timer);
          off();
          resolve();
        });
      });
    },
    renderPng(jobIndex) {
      return device.paper.renderPng(jobIndex);
    },
    async close() {
      device.dispose();
      await link.close();
    },
  };
  return sim;
}

interface Link {
  onData: (b: Buffer) => void;
  /** A serial line came back (what was half-received is gone). */
  onReopen?: () => void;
  /** A host connected over TCP. */
  onConnection?: () => void;
  readonly address: { host: string; port: number } | { path: string };
  start(): Promise<void>;
  send(b: Buffer): void;
  setPaused(paused: boolean): void;
  suspend(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

class TcpLink implements Link {
  onData: (b: Buffer) => void = () => {};
  onConnection?: () => void;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private paused = false;
  private port: number;

  constructor(
    private readonly host: string,
    port: number,
  ) {
    this.port = port;
  }

  get address() {
    return { host: this.host, port: this.port };
  }

  async start(): Promise<void> {
    const server = createServer((s) => {
      s.on('error', () => {});
      // Switched off while this connection was being accepted.
      if (this.server !== server) return void s.destroy();
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('data', (b: Buffer) => this.onData(b));
      if (this.paused) s.pause();
      this.onConnection?.();
    });
    server.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => resolve());
    });
    const addr = server.address();
    if (addr && typeof addr === 'object') this.port = addr.port;
    this.server = server;
  }

  send(b: Buffer): void {
    for (const s of this.sockets) if (!s.destroyed) s.write(b);
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    for (const s of this.sockets) {
      if (paused) s.pause();
      else s.resume();
    }
  }

  async suspend(): Promise<void> {
    await this.close();
  }

  async resume(): Promise<void> {
    if (!this.server) await this.start();
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    // Stop listening first, so no new connection slips in while the old ones are dropped.
    const closed = server ? new Promise<void>((r) => server.close(() => r())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }
}

/** The far end of a serial line (e.g. a socat pty); reopens by itself when the line comes back. */
class SerialLink implements Link {
  onData: (b: Buffer) => void = () => {};
  onReopen?: () => void;
  private port: SerialPort | null = null;
  private closed = false;
  private paused = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly path: string) {}

  get address() {
    return { path: this.path };
  }

  async start(): Promise<void> {
    await this.open();
  }

  private async open(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: 115200, autoOpen: false });
    port.on('error', () => {});
    port.on('data', (b: Buffer) => this.onData(b));
    port.on('close', () => {
      if (this.port === port) this.port = null;
      this.scheduleReopen();
    });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    // Same serialport poller work-around as the driver's transport: replies must not get stuck.
    keepPendingPollEvents(port.port);
    endOfFileIsDisconnect(port.port);
    this.port = port;
    if (this.paused) port.pause();
  }

  private scheduleReopen(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.open().then(
        () => this.onReopen?.(),
        () => this.scheduleReopen(),
      );
    }, 100);
  }

  send(b: Buffer): void {
    if (this.port?.isOpen) this.port.write(b);
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (paused) this.port?.pause();
    else this.port?.resume();
  }

  /** A switched-off printer behind a serial cable: the line stays, nothing answers. */
  async suspend(): Promise<void> {}

  async resume(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((r) => port.close(() => r()));
  }
}
