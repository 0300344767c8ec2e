import { abortableDelay } from '../../util/abort.js';
import { TransportError, type ByteTransport, type TransportState } from '../../transport/byte-transport.js';
import { DeviceError } from '../driver.js';
import { NoSuchPrinterError, PrintSystemDownError, type PrintBackend } from './backend.js';
import { notFoundNote, printerItems, printersHere } from './resolve-printer.js';
import { msg } from '../../i18n/note.js';
import { englishNote } from '../../i18n/render-note.js';

/**
 * ESC/POS bytes to a receipt printer installed as an OS printer (CUPS queue): what the driver
 * writes is collected and handed over as one raw job (`application/vnd.cups-raw`, no filters) when
 * the driver flushes at the end of a receipt; the job is then followed to its end state. A print
 * queue gives no device status back (`repliesPossible: false`): the driver says "status unknown".
 */
export class SystemQueueTransport implements ByteTransport {
  readonly repliesPossible = false;
  readonly label: string;
  private state: TransportState = { connected: false, reason: 'not opened' };
  private readonly stateListeners = new Set<(s: TransportState) => void>();
  private buffer: Buffer[] = [];
  private buffered = 0;
  private opened = false;

  constructor(
    private readonly queue: string,
    private readonly backend: PrintBackend,
    private readonly opts: { maxJobBytes?: number; pollMs?: number; jobTimeoutMs?: number } = {},
  ) {
    this.label = `print queue "${queue}"`;
  }

  get connected(): boolean {
    return this.state.connected;
  }

  async open(): Promise<void> {
    this.opened = true;
    await this.check();
  }

  async close(): Promise<void> {
    this.opened = false;
    this.buffer = [];
    this.buffered = 0;
    this.setState({ connected: false, reason: 'closed' });
  }

  async write(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new TransportError('aborted');
    if (!this.opened) throw new TransportError(`${this.label} is not open`);
    const max = this.opts.maxJobBytes ?? 64 * 1024 * 1024;
    if (this.buffered + bytes.length > max) throw new TransportError(`the receipt is larger than ${max} bytes`);
    this.buffer.push(Buffer.from(bytes));
    this.buffered += bytes.length;
  }

  /** Hands the collected bytes to the queue as one raw job and waits until the print system has finished it. */
  async flush(signal?: AbortSignal): Promise<void> {
    if (this.buffered === 0) return;
    const data = Buffer.concat(this.buffer, this.buffered);
    this.buffer = [];
    this.buffered = 0;
    if (!this.backend.submitRaw)
      throw new DeviceError(msg('system.rawUnavailable', { system: this.backend.system === 'windows' ? 'Windows' : 'CUPS' }));
    let job;
    try {
      job = await this.backend.submitRaw(this.queue, data, 'Mews receipt', signal);
    } catch (err) {
      throw await this.describe(err);
    }
    const deadline = Date.now() + (this.opts.jobTimeoutMs ?? 120_000);
    for (;;) {
      const snap = await this.backend.job(job).catch((err: unknown) => {
        throw err instanceof PrintSystemDownError ? new DeviceError([...err.note, msg('system.receiptHandedOver')], true) : err;
      });
      if (snap.state === 'completed') return;
      const says = snap.message ? [msg('system.printSystemSays', { detail: snap.message })] : [];
      if (snap.state === 'cancelled' || snap.state === 'aborted')
        throw new DeviceError(
          [
            msg(snap.state === 'cancelled' ? 'system.receiptCancelled' : 'system.receiptStopped', { queue: this.queue }),
            ...says,
            msg('system.printAgainIfNeeded'),
          ],
          true,
        );
      if (Date.now() > deadline) {
        await this.backend.cancel(job);
        throw new DeviceError([msg('system.receiptTimedOut', { queue: this.queue }), ...says, msg('system.checkThenPrintAgain')], true);
      }
      await abortableDelay(this.opts.pollMs ?? 200, signal);
    }
  }

  async waitConnected(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.check()) return true;
      if (Date.now() >= deadline || signal?.aborted) return false;
      await abortableDelay(Math.min(500, deadline - Date.now()), signal).catch(() => undefined);
    }
  }

  onData(): () => void {
    return () => undefined;
  }

  onState(listener: (state: TransportState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Connected = the print system answers and has this queue. */
  private async check(): Promise<boolean> {
    try {
      const p = await this.backend.printer({ kind: 'queue', name: this.queue });
      this.setState(
        p.acceptingJobs
          ? { connected: true, reason: null }
          : { connected: false, reason: 'the queue is not accepting jobs', reasonMessage: msg('system.queueNotAccepting') },
      );
    } catch (err) {
      const printers = err instanceof NoSuchPrinterError ? await this.backend.list() : null;
      const reason = printers
        ? englishNote([msg('system.notFound', { printer: this.queue }), printersHere(printers)])
        : err instanceof Error
          ? err.message
          : String(err);
      const reasonMessage = printers
        ? printers.printers.length > 0
          ? msg('system.queueMissing', { queue: this.queue, printers: printerItems(printers) })
          : msg('system.queueMissingNone', { queue: this.queue })
        : err instanceof PrintSystemDownError
          ? msg('system.printServiceDown')
          : undefined;
      this.setState({ connected: false, reason, reasonMessage });
    }
    return this.state.connected;
  }

  private async describe(err: unknown): Promise<Error> {
    if (err instanceof NoSuchPrinterError) return new DeviceError(notFoundNote(this.queue, await this.backend.list()));
    if (err instanceof PrintSystemDownError) return new DeviceError([...err.note, msg('system.nothingPrinted')]);
    return err instanceof Error ? err : new Error(String(err));
  }

  private setState(s: TransportState): void {
    if (s.connected === this.state.connected && s.reason === this.state.reason) return;
    this.state = s;
    for (const l of this.stateListeners) l(s);
  }
}
