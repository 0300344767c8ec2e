import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A log file that rolls over at `maxBytes`, keeping `keep` old files (bridge.log.1 … .N).
 * Writes are synchronous so nothing is lost when the process is killed.
 */
export class RotatingFile {
  private fd: number;
  private size: number;
  readonly path: string;

  constructor(
    readonly dir: string,
    readonly name = 'bridge.log',
    private readonly maxBytes = 5 * 1024 * 1024,
    private readonly keep = 3,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, name);
    this.fd = openSync(this.path, 'a');
    this.size = statSync(this.path).size;
  }

  /** Dropped after close(): a late line (a timer firing during shutdown) must never reach a reused descriptor. */
  write(line: string): void {
    if (this.fd < 0) return;
    const bytes = Buffer.byteLength(line);
    if (this.size + bytes > this.maxBytes && this.size > 0) this.rotate();
    writeSync(this.fd, line);
    this.size += bytes;
  }

  /** The last `n` lines across the current and previous file. */
  tail(n: number): string[] {
    const lines: string[] = [];
    for (const p of [this.path, `${this.path}.1`]) {
      if (!existsSync(p)) continue;
      const chunk = readFileSync(p, 'utf8').split('\n').filter(Boolean);
      lines.unshift(...chunk);
      if (lines.length >= n) break;
    }
    return lines.slice(-n);
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  private rotate(): void {
    closeSync(this.fd);
    const last = `${this.path}.${this.keep}`;
    if (existsSync(last)) unlinkSync(last);
    for (let i = this.keep - 1; i >= 1; i--) if (existsSync(`${this.path}.${i}`)) renameSync(`${this.path}.${i}`, `${this.path}.${i + 1}`);
    renameSync(this.path, `${this.path}.1`);
    this.fd = openSync(this.path, 'a');
    this.size = 0;
  }
}
