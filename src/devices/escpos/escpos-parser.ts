import iconv from 'iconv-lite';
import type { Paper, TextStyle } from './paper.js';

const CODEPAGES: Record<number, string> = {
  0: 'cp437',
  2: 'cp850',
  5: 'cp865',
  13: 'cp857',
  16: 'windows-1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
};
const DEFAULT_LINE = 30;

/** A command the parser needs more bytes for. */
const INCOMPLETE = -1;

/**
 * Interprets an ESC/POS byte stream onto a Paper. `step` executes at most one command and returns how
 * many bytes it used (INCOMPLETE when it needs more); callers may hold back printing commands.
 */
export class EscposParser {
  private style: TextStyle = { align: 0, bold: false, widthMul: 1, heightMul: 1 };
  private lineSpacing = DEFAULT_LINE;
  private codepage = 0;
  private line = '';
  readonly unknown: string[] = [];

  constructor(private readonly paper: Paper) {}

  /** True when the command at buf[0] moves paper (so it cannot run without paper). */
  static printsAt(buf: Uint8Array): boolean {
    const b = buf[0];
    if (b === 0x0a || b === 0x0c) return true;
    if (b === 0x1b) return buf[1] === 0x4a || buf[1] === 0x64;
    if (b === 0x1d) return buf[1] === 0x76 || buf[1] === 0x56;
    return false;
  }

  step(buf: Uint8Array): number {
    const b = buf[0]!;
    if (b === 0x1b) return this.esc(buf);
    if (b === 0x1d) return this.gs(buf);
    if (b === 0x1c) return buf.length < 2 ? INCOMPLETE : 2;
    if (b === 0x10) return this.dle(buf);
    if (b === 0x0a || b === 0x0c) {
      this.printLine();
      return 1;
    }
    if (b === 0x09) this.line += '    ';
    else if (b >= 0x20) this.line += this.decode(b);
    return 1;
  }

  private need(buf: Uint8Array, n: number): boolean {
    return buf.length >= n;
  }

  private esc(buf: Uint8Array): number {
    if (!this.need(buf, 2)) return INCOMPLETE;
    const c = buf[1]!;
    const n = buf[2];
    switch (c) {
      case 0x40:
        this.flushLine();
        this.style = { align: 0, bold: false, widthMul: 1, heightMul: 1 };
        this.lineSpacing = DEFAULT_LINE;
        this.codepage = 0;
        this.paper.initialize();
        return 2;
      case 0x32:
        this.lineSpacing = DEFAULT_LINE;
        return 2;
      case 0x69:
      case 0x6d:
        this.paper.cut();
        return 2;
      case 0x70:
        return this.need(buf, 5) ? 5 : INCOMPLETE;
      case 0x24:
        return this.need(buf, 4) ? 4 : INCOMPLETE;
      case 0x2a: {
        if (!this.need(buf, 5)) return INCOMPLETE;
        const dots = buf[3]! + 256 * buf[4]!;
        const len = 5 + (buf[2]! >= 32 ? 3 : 1) * dots;
        return this.need(buf, len) ? len : INCOMPLETE;
      }
    }
    if (n === undefined) return INCOMPLETE;
    switch (c) {
      case 0x4a:
        this.flushLine();
        this.paper.feed(n);
        break;
      case 0x64:
        this.flushLine();
        this.paper.feed(n * this.lineSpacing);
        break;
      case 0x61:
        this.style.align = (n % 48) as 0 | 1 | 2;
        break;
      case 0x45:
        this.style.bold = (n & 1) === 1;
        break;
      case 0x21:
        this.style.bold = (n & 0x08) !== 0;
        this.style.heightMul = n & 0x10 ? 2 : 1;
        this.style.widthMul = n & 0x20 ? 2 : 1;
        break;
      case 0x33:
        this.lineSpacing = n;
        break;
      case 0x74:
        this.codepage = n;
        break;
      case 0x2d:
      case 0x4d:
      case 0x52:
      case 0x47:
      case 0x56:
      case 0x7b:
      case 0x20:
      case 0x63:
        break;
      default:
        this.unknown.push(`ESC ${c.toString(16)}`);
    }
    return 3;
  }

  private gs(buf: Uint8Array): number {
    if (!this.need(buf, 3)) return INCOMPLETE;
    const c = buf[1]!;
    const m = buf[2]!;
    switch (c) {
      case 0x76: {
        if (!this.need(buf, 8)) return INCOMPLETE;
        const w = buf[4]! + 256 * buf[5]!;
        const h = buf[6]! + 256 * buf[7]!;
        const len = 8 + w * h;
        if (!this.need(buf, len)) return INCOMPLETE;
        this.flushLine();
        this.paper.raster(w, h, buf.subarray(8, len));
        return len;
      }
      case 0x56:
        if (m === 65 || m === 66 || m === 97 || m === 98) {
          if (!this.need(buf, 4)) return INCOMPLETE;
          this.flushLine();
          this.paper.feed(buf[3]!);
          this.paper.cut();
          return 4;
        }
        this.flushLine();
        this.paper.cut();
        return 3;
      case 0x21:
        this.style.widthMul = ((m >> 4) & 7) + 1;
        this.style.heightMul = (m & 7) + 1;
        return 3;
      case 0x28: {
        if (!this.need(buf, 5)) return INCOMPLETE;
        const len = 5 + buf[3]! + 256 * buf[4]!;
        return this.need(buf, len) ? len : INCOMPLETE;
      }
      case 0x6b: {
        if (m <= 6) {
          const end = buf.indexOf(0, 3);
          return end < 0 ? INCOMPLETE : end + 1;
        }
        if (!this.need(buf, 4)) return INCOMPLETE;
        const len = 4 + buf[3]!;
        return this.need(buf, len) ? len : INCOMPLETE;
      }
      case 0x4c:
      case 0x57:
        return this.need(buf, 4) ? 4 : INCOMPLETE;
      case 0x42:
      case 0x48:
      case 0x61:
      case 0x66:
      case 0x68:
      case 0x72:
      case 0x77:
        return 3;
      default:
        this.unknown.push(`GS ${c.toString(16)}`);
        return 3;
    }
  }

  /** Real-time commands: already answered on reception, skipped here. */
  private dle(buf: Uint8Array): number {
    if (!this.need(buf, 3)) return INCOMPLETE;
    if (buf[1] === 0x14) {
      const len = buf[2] === 8 ? 10 : 5;
      return this.need(buf, len) ? len : INCOMPLETE;
    }
    return buf[1] === 0x04 || buf[1] === 0x05 ? 3 : 1;
  }

  private decode(byte: number): string {
    if (byte < 0x80) return String.fromCharCode(byte);
    return iconv.decode(Buffer.of(byte), CODEPAGES[this.codepage] ?? 'cp437');
  }

  private printLine(): void {
    this.paper.text(this.line, { ...this.style }, this.lineSpacing);
    this.line = '';
  }

  /** Text without LF before a non-text command still prints on real printers' next line feed; keep it. */
  private flushLine(): void {
    if (this.line.length > 0) this.printLine();
  }
}

export { INCOMPLETE };
