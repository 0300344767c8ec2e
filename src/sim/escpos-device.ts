import { DLE, EOT, ERROR_CAUSE, GS, OFFLINE_CAUSE, PAPER, PRINTER, STATUS_FIXED, XOFF, XON } from '../devices/escpos/protocol.js';
import { Paper } from '../devices/escpos/paper.js';
import { EscposParser, INCOMPLETE } from '../devices/escpos/escpos-parser.js';

export interface EscposDeviceOptions {
  paperWidthDots?: number;
  /** Simulated line speed in baud (8N1: baud / 10 bytes per second); null = as fast as possible. */
  baudRate?: number | null;
  /** How a full receive buffer is signalled: 'xonxoff' sends XOFF/XON, 'none' just stops reading. */
  flowControl?: 'none' | 'xonxoff';
  bufferBytes?: number;
  /** Dot rows of paper left on the roll; null = endless. */
  paperRows?: number | null;
  /** How real-time status requests are answered (default: every one, at once, also inside raster data). */
  statusReplies?: StatusReplyBehaviour;
}

/**
 * How the simulated printer answers real-time status requests (DLE EOT n), to behave like the printers
 * and print servers met in the field. `k` counts requests from 0 since the simulator started.
 */
export interface StatusReplyBehaviour {
  /** Never answers (many cheap printers, some print servers). */
  silent?: boolean;
  /** Milliseconds before the reply to request k leaves (each on its own timer: replies can overtake). */
  delayMs?: (k: number) => number;
  /** Request k gets no reply at all. */
  drop?: (k: number) => boolean;
  /** Whether a DLE EOT n byte pattern inside GS v 0 raster data is executed (default true, like most printers). */
  reactInData?: boolean;
  /** The reply byte; default the documented byte for the printer's state (e.g. 0x16 for n = 1 with the drawer pin high). */
  byte?: (n: 1 | 2 | 3 | 4, k: number, stateByte: number) => number;
}

/** One real-time status request as the simulated printer saw it. */
export interface StatusRequestRecord {
  k: number;
  n: 1 | 2 | 3 | 4;
  /** The request's bytes lay inside GS v 0 raster data. */
  inData: boolean;
  /** The byte answered (also when it leaves later), or null when none is sent. */
  reply: number | null;
  /** Connection (TCP) or line session (serial) the request arrived on, from 1. */
  session: number;
}

/** The printer mechanism and its receive buffer, independent of how bytes arrive. */
export class EscposDevice {
  readonly paper: Paper;
  readonly parser: EscposParser;
  paperOut = false;
  paperNearEnd = false;
  coverOpen = false;
  cutterJam = false;
  poweredOn = true;
  received = 0;
  statusQueries = 0;
  /** XOFF / XON bytes sent to the host (flowControl 'xonxoff'). */
  xoffSent = 0;
  xonSent = 0;
  /** Times the line was (re)opened after a loss (serial: the pty came back). */
  lineResets = 0;
  paperRows: number | null;
  baudRate: number | null;
  private pending: Buffer = Buffer.alloc(0);
  private rt: number[] = [];
  private flowStopped = false;
  /** The command at the head of the buffer is incomplete: stopping the flow now would deadlock. */
  private awaitingMore = false;
  private timer: NodeJS.Timeout | null = null;
  private consumed = 0;
  private clockStart = Date.now();
  private readonly bufferBytes: number;
  private readonly flowControl: 'none' | 'xonxoff';
  private readonly changeListeners = new Set<() => void>();
  /** Every real-time status request received, in order. */
  readonly statusLog: StatusRequestRecord[] = [];
  statusReplies: StatusReplyBehaviour;
  /** Line session: 1 at start, +1 on every new TCP connection or reopened serial line. */
  session = 1;
  private readonly replyTimers = new Set<NodeJS.Timeout>();
  /** Reception-side view of GS v 0: header bytes seen so far, then data bytes left in the image. */
  private rasterHeader: number[] = [];
  private rasterLeft = 0;

  constructor(
    opts: EscposDeviceOptions,
    /** Sends bytes back to the host (status replies, XON/XOFF). */
    private readonly reply: (bytes: Buffer) => void,
    /** Asks the link to stop (true) or resume (false) reading. */
    private readonly throttleLink: (stop: boolean) => void,
  ) {
    this.paper = new Paper(opts.paperWidthDots ?? 576);
    this.parser = new EscposParser(this.paper);
    this.baudRate = opts.baudRate ?? null;
    this.flowControl = opts.flowControl ?? 'none';
    this.bufferBytes = opts.bufferBytes ?? 64 * 1024;
    this.paperRows = opts.paperRows ?? null;
    this.statusReplies = opts.statusReplies ?? {};
  }

  /** Bytes as they arrive on the wire. */
  receive(bytes: Buffer): void {
    if (!this.poweredOn) return;
    this.received += bytes.length;
    for (const b of bytes) {
      // Real-time commands act on reception, also while offline, and (on most printers) inside image data.
      const inData = this.trackRaster(b);
      if (this.rt.length === 2 && this.rt[0] === DLE && this.rt[1] === EOT && b >= 1 && b <= 4)
        this.statusRequest(b as 1 | 2 | 3 | 4, inData);
      this.rt.push(b);
      if (this.rt.length > 2) this.rt.shift();
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, bytes]) : Buffer.from(bytes);
    this.pump();
  }

  /** Sends an Automatic Status Back frame now (as a printer does on a state change once GS a n is set). */
  sendAutomaticStatus(): void {
    const offline = this.paperOut || this.coverOpen || this.cutterJam;
    // Byte 1 0xx1xx00 (bit3 offline, bit5 cover open); bytes 2–4 0xx0xxxx (hardware-protocols.md §1.6.3).
    const b1 = 0x10 | (offline ? 0x08 : 0) | (this.coverOpen ? 0x20 : 0);
    const b2 = this.cutterJam ? 0x08 : 0;
    const b3 = (this.paperNearEnd ? 0x03 : 0) | (this.paperOut ? 0x0c : 0);
    this.reply(Buffer.of(b1, b2, b3, 0x00));
  }

  /** True when byte `b`, just received, lies inside GS v 0 image data. */
  private trackRaster(b: number): boolean {
    if (this.rasterLeft > 0) {
      this.rasterLeft--;
      return true;
    }
    const h = this.rasterHeader;
    if (h.length >= 3) {
      h.push(b); // m xL xH yL yH
      if (h.length === 8) {
        this.rasterLeft = (h[4]! + 256 * h[5]!) * (h[6]! + 256 * h[7]!);
        this.rasterHeader = [];
      }
    } else if (b === [GS, 0x76, 0x30][h.length]) h.push(b);
    else this.rasterHeader = b === GS ? [b] : [];
    return false;
  }

  private statusRequest(n: 1 | 2 | 3 | 4, inData: boolean): void {
    const k = this.statusLog.length;
    const behaviour = this.statusReplies;
    const record: StatusRequestRecord = { k, n, inData, reply: null, session: this.session };
    this.statusLog.push(record);
    if (inData && behaviour.reactInData === false) return;
    this.statusQueries++;
    if (behaviour.silent || behaviour.drop?.(k)) return;
    const byte = behaviour.byte ? behaviour.byte(n, k, this.statusByte(n)) : this.statusByte(n);
    record.reply = byte;
    const delay = behaviour.delayMs?.(k) ?? 0;
    if (delay <= 0) return this.reply(Buffer.of(byte));
    const session = this.session;
    const timer = setTimeout(() => {
      this.replyTimers.delete(timer);
      // A reply due on a connection that has closed is lost with it.
      if (this.poweredOn && session === this.session) this.reply(Buffer.of(byte));
    }, delay);
    this.replyTimers.add(timer);
  }

  statusByte(n: 1 | 2 | 3 | 4): number {
    const offline = this.paperOut || this.coverOpen || this.cutterJam;
    switch (n) {
      case 1:
        return STATUS_FIXED | (offline ? PRINTER.offline : 0);
      case 2:
        return (
          STATUS_FIXED |
          (this.coverOpen ? OFFLINE_CAUSE.coverOpen : 0) |
          (this.paperOut ? OFFLINE_CAUSE.paperEndStop : 0) |
          (this.cutterJam ? OFFLINE_CAUSE.error : 0)
        );
      case 3:
        return STATUS_FIXED | (this.cutterJam ? ERROR_CAUSE.autocutter | ERROR_CAUSE.recoverable : 0);
      case 4:
        return STATUS_FIXED | (this.paperNearEnd || this.paperOut ? PAPER.nearEnd : 0) | (this.paperOut ? PAPER.end : 0);
    }
  }

  get bufferedBytes(): number {
    return this.pending.length;
  }

  /** Called after every processed command and state change (for waiters). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  setBaudRate(baud: number | null): void {
    this.baudRate = baud;
    this.consumed = 0;
    this.clockStart = Date.now();
    this.pump();
  }

  /** Re-evaluates after a state change (paper loaded, cover closed, power on). */
  kick(): void {
    this.pump();
    this.notify();
  }

  /** A new connection or a re-plugged line: whatever was half-received is gone. */
  lineReset(): void {
    this.lineResets++;
    this.newSession();
    this.pending = Buffer.alloc(0);
    this.awaitingMore = false;
    if (this.flowStopped) {
      this.flowStopped = false;
      if (this.flowControl !== 'xonxoff') this.throttleLink(false);
    }
    this.notify();
  }

  /** A new TCP connection or reopened line: reception starts afresh, replies due on the old one are lost. */
  newSession(): void {
    this.session++;
    this.rt = [];
    this.rasterHeader = [];
    this.rasterLeft = 0;
  }

  powerOff(): void {
    this.poweredOn = false;
    this.pending = Buffer.alloc(0);
    this.rt = [];
    this.rasterHeader = [];
    this.rasterLeft = 0;
    this.updateFlow();
    this.notify();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const t of this.replyTimers) clearTimeout(t);
    this.replyTimers.clear();
  }

  private pump(): void {
    while (!this.timer && this.pending.length > 0 && this.poweredOn && !(this.paperOut || this.coverOpen || this.cutterJam)) {
      const wait = this.throttleWaitMs();
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait);
        break;
      }
      const rowsBefore = this.paper.current.rows.length;
      const jobBefore = this.paper.current;
      const used = this.parser.step(this.pending);
      this.awaitingMore = used === INCOMPLETE;
      if (used === INCOMPLETE) break;
      this.pending = this.pending.subarray(used);
      this.consumed += used;
      const printed = this.paper.current === jobBefore ? this.paper.current.rows.length - rowsBefore : 0;
      if (this.paperRows !== null && printed > 0) {
        this.paperRows -= printed;
        if (this.paperRows <= 0) {
          this.paperRows = 0;
          this.paperOut = true;
        }
      }
      this.notify();
    }
    if (this.pending.length === 0) {
      // An idle line earns no credit: the next burst is paced from now.
      this.consumed = 0;
      this.clockStart = Date.now();
    }
    this.updateFlow();
  }

  private throttleWaitMs(): number {
    if (!this.baudRate) return 0;
    const allowed = ((Date.now() - this.clockStart) / 1000) * (this.baudRate / 10);
    if (this.consumed <= allowed) return 0;
    return Math.max(1, Math.ceil(((this.consumed - allowed) / (this.baudRate / 10)) * 1000));
  }

  private updateFlow(): void {
    const len = this.pending.length;
    if (!this.flowStopped && len > this.bufferBytes && !this.awaitingMore) {
      this.flowStopped = true;
      if (this.flowControl === 'xonxoff') {
        this.xoffSent++;
        this.reply(Buffer.of(XOFF));
      } else this.throttleLink(true);
    } else if (this.flowStopped && (len <= this.bufferBytes / 4 || this.awaitingMore)) {
      this.flowStopped = false;
      if (this.flowControl === 'xonxoff') {
        this.xonSent++;
        this.reply(Buffer.of(XON));
      } else this.throttleLink(false);
    }
    // A host that ignores XOFF still cannot overrun us: stop reading at twice the buffer.
    if (this.flowControl === 'xonxoff') this.throttleLink(len > 2 * this.bufferBytes && !this.awaitingMore);
  }

  private notify(): void {
    for (const l of this.changeListeners) l();
  }
}
