import type { DeviceConfig } from '../config/schema.js';
import type { Driver } from '../devices/driver.js';
import type { Note } from '../i18n/note.js';
import { BridgeStopping } from './abort-reasons.js';

/**
 * One configured device: its driver and its FIFO queue. Jobs run one at a time per device;
 * different devices run in parallel.
 */
export class DeviceSlot {
  private readonly queue: string[] = [];
  /** Creation time (ms since the epoch) of the waiting commands that have one. */
  private readonly createdAt = new Map<string, number>();
  current: string | null = null;
  /** Set when another bridge is seen serving this device: this one then leaves it alone. */
  conflict: Note | null = null;
  currentAbort: AbortController | null = null;
  private running = false;
  private closed = false;
  private idle: (() => void)[] = [];

  constructor(
    readonly config: DeviceConfig,
    readonly driver: Driver,
    private readonly run: (commandId: string, slot: DeviceSlot) => Promise<void>,
    /**
     * Called whenever the queue or the running command changes, with the command whose place changed
     * (null when several did), so views follow the core at once.
     */
    private readonly changed: (commandId: string | null) => void = () => undefined,
  ) {}

  /** Commands waiting plus the one running. */
  get queueLength(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /** Commands waiting behind the running one (or for the device to start). */
  get waiting(): number {
    return this.queue.length;
  }

  has(id: string): boolean {
    return this.current === id || this.queue.includes(id);
  }

  queued(): readonly string[] {
    return this.queue;
  }

  /**
   * Adds a command to the waiting line. With `createdUtc` (Mews's ISO time) it goes before every waiting
   * command created later, so commands that reach the bridge out of order (answers to reads that overtook
   * each other, a re-sync that found a command before its event) still run in the order Mews created them;
   * commands created in the same second keep their arrival order. Without it (a retry asked for now) it
   * goes last.
   */
  enqueue(id: string, createdUtc?: string): void {
    if (this.closed || this.has(id)) return;
    const created = createdUtc === undefined ? NaN : Date.parse(createdUtc);
    const at = Number.isNaN(created) ? -1 : this.queue.findIndex((q) => (this.createdAt.get(q) ?? -Infinity) > created);
    if (!Number.isNaN(created)) this.createdAt.set(id, created);
    if (at < 0) this.queue.push(id);
    else this.queue.splice(at, 0, id);
    this.changed(id);
    void this.pump();
  }

  /** Takes every waiting (not running) command off the queue. */
  drain(): string[] {
    const taken = this.queue.splice(0);
    this.createdAt.clear();
    if (taken.length) this.changed(null);
    return taken;
  }

  remove(id: string): boolean {
    const i = this.queue.indexOf(id);
    if (i >= 0) {
      this.queue.splice(i, 1);
      this.createdAt.delete(id);
      this.changed(id);
    }
    return i >= 0;
  }

  /** Stop taking work; resolves when the running job has finished (or was aborted). */
  async close(abortRunning: boolean): Promise<string[]> {
    this.closed = true;
    const left = this.queue.splice(0);
    this.createdAt.clear();
    if (abortRunning) this.currentAbort?.abort(new BridgeStopping());
    if (this.running) await new Promise<void>((r) => this.idle.push(r));
    return left;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.closed && this.queue.length) {
        const id = this.queue.shift()!;
        this.createdAt.delete(id);
        this.current = id;
        this.changed(id);
        try {
          await this.run(id, this);
        } finally {
          this.current = null;
          this.currentAbort = null;
          this.changed(id);
        }
      }
    } finally {
      this.running = false;
      for (const r of this.idle.splice(0)) r();
    }
  }
}
