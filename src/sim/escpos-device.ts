import { DLE, EOT, ERROR_CAUSE, OFFLINE_CAUSE, PAPER, PRINTER, STATUS_FIXED, XOFF, XON } from '../devices/escpos/protocol.js';
import { Paper } from '../devices/escpos/paper.js';
import { EscposParser, INCOMPLETE } from '../devices/escpos/stream-parser.js';

export interface EscposDeviceOptions {
  paperWidthDots?: number;
  /** Simulated line speed in baud (8N1: baud / 10 bytes per second); null = as fast as possible. */
  baudRate?: number | null;
  /** How a full receive buffer is signalled: 'xonxoff' sends XOFF/XON, 'none' just stops reading. */
  flowControl?: 'none' | 'xonxoff';
  bufferBytes?: number;
  /** Dot rows of paper left on the roll; null = endless. */
  paperRows?: number | null;
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
  }

  /** Bytes as they arrive on the wire. */
  receive(bytes: Buffer): void {
    if (!this.poweredOn) return;
    this.received += bytes.length;
    for (const b of bytes) {
      // Real-time commands act on reception, even inside image data or while offline.
      if (this.rt.length === 2 && this.rt[0] === DLE && this.rt[1] === EOT && b >= 1 && b <= 4) {
        this.statusQueries++;
        this.reply(Buffer.of(this.statusByte(b as 1 | 2 | 3 | 4)));
      }
      this.rt.push(b);
      if (this.rt.length > 2) this.rt.shift();
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, bytes]) : Buffer.from(bytes);
    this.pump();
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
    this.pending = Buffer.alloc(0);
    this.rt = [];
    this.awaitingMore = false;
    if (this.flowStopped) {
      this.flowStopped = false;
      if (this.flowControl !== 'xonxoff') this.throttleLink(false);
    }
    this.notify();
  }

  powerOff(): void {
    this.poweredOn = false;
    this.pending = Buffer.alloc(0);
    this.rt = [];
    this.updateFlow();
    this.notify();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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
