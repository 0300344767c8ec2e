import { BoardDriver } from '../board-driver.js';
import type { DeviceConfig } from '../../config/schema.js';
import { TransportError, type ByteTransport, type TcpOptions } from '../../transport/index.js';
import { AbortedError, abortableDelay } from '../../util/abort.js';
import {
  DeviceError,
  errorNote,
  noted,
  tested,
  type Driver,
  type Job,
  type JobContext,
  type JobResult,
  type TestResult,
} from '../driver.js';
import type { Bitmap } from '../pdf/bitmap.js';
import { trimVertical } from '../pdf/bitmap.js';
import { sharedRasterProcess } from '../pdf/raster-process.js';
import { INIT, PARTIAL_CUT } from './protocol.js';
import { createEscposTransport } from './escpos-transport.js';
import { encodeBitmap, feedDots } from './raster-encoder.js';
import { StatusChannel, type StatusChannelOptions } from './status-channel.js';
import { blockingProblemKey, decodeStatus, statusFromFlags, type PrinterFlags } from './status.js';
import { asNote, isMessage, msg, type Message } from '../../i18n/note.js';
import { englishNote } from '../../i18n/render-note.js';
import { plainErrorWords, plainProblemNote } from '../../i18n/plain-error-note.js';
import { plainProblem, type PlainProblem } from '../../util/plain-error.js';
import { checkCopyCount } from '../check-copy-count.js';

export type EscposDevice = Extract<DeviceConfig, { driver: 'escpos' }>;

export interface EscposDriverTuning {
  /** How long to wait for each DLE EOT reply when idle or before a job. */
  statusTimeoutMs?: number;
  /**
   * The same during a job: with flow control a full printer buffer also holds back the status
   * query, so its reply may come only after the printer has worked through the buffer.
   */
  busyStatusTimeoutMs?: number;
  /** Status refresh while idle (0 = never). */
  pollIntervalMs?: number;
  /** How long a job waits for a disconnected printer to come back. */
  connectWaitMs?: number;
  bandRows?: number;
  transport?: TcpOptions;
}

const PAGE_GAP_DOTS = 24;
const FEED_BEFORE_CUT_DOTS = 120;
const MAX_COPIES = 20;

/**
 * One status reading: `ok` (the printer answered), `silent` (a printer that has answered before no longer
 * does), `unknown` (status is off, or this printer has never answered: print without status), or
 * `disconnected` (the transport says the printer is gone).
 */
type StatusRead =
  { kind: 'ok'; flags: PrinterFlags } | { kind: 'silent' } | { kind: 'unknown' } | { kind: 'disconnected'; reason: string; why?: LinkDown };

/** What is known about a link that is down, for the note's words: the transport's problem or its own message. */
interface LinkDown {
  problem?: PlainProblem;
  message?: unknown;
}

/** Reads without an answer, on a printer that never answered, before its status is taken as unsupported. */
const UNANSWERED_BEFORE_UNSUPPORTED = 2;
/** The second read before a job waits this many times longer: it also waits out a late reply to the first. */
const LATE_REPLY_FACTOR = 3;

/** ESC/POS receipt printer on a serial port or a raw TCP socket (port 9100). */
export class EscposDriver extends BoardDriver implements Driver {
  readonly kind = 'escpos';
  private transport: ByteTransport | null = null;
  private channel: StatusChannel | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private busy = false;
  private printing = false;
  /** Copies of the running job sent in full (up to and including their cut), of `total`. */
  private copiesSent = { done: 0, total: 0 };
  private preview: Uint8Array | null = null;
  private readonly statusTimeoutMs: number;
  private readonly busyStatusTimeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly connectWaitMs: number;
  /** The printer has answered a status request since the driver started. */
  private answered = false;
  /** Status reads without an answer in a row, while the printer has never answered. */
  private unanswered = 0;
  /** The printer does not answer status requests (until the link is re-established). */
  private statusUnsupported = false;
  /** Why the transport last said it is down (e.g. no such print queue), for the job's note. */
  private linkDownReason: string | null = null;
  private linkDownProblem: PlainProblem | undefined;
  private linkDownMessage: unknown = undefined;
  /** The driver itself is replacing the TCP connection to get the status channel back in step. */
  private renewing = false;
  /** Print data is being written: the connection must not be replaced now (it would cut the data). */
  private sendingData = false;

  constructor(
    private readonly device: EscposDevice,
    private readonly version: string,
    private readonly tuning: EscposDriverTuning = {},
  ) {
    super({ health: 'unknown', detail: msg('status.notStarted') });
    this.statusTimeoutMs = tuning.statusTimeoutMs ?? 1000;
    this.busyStatusTimeoutMs = tuning.busyStatusTimeoutMs ?? 30_000;
    this.pollIntervalMs = tuning.pollIntervalMs ?? 10_000;
    this.connectWaitMs = tuning.connectWaitMs ?? 3000;
  }

  private get name(): string {
    return this.device.name;
  }

  private get opts() {
    return this.device.options;
  }

  async start(): Promise<void> {
    if (this.transport) return;
    const t = createEscposTransport(this.device.connection, this.tuning.transport);
    this.transport = t;
    this.channel = new StatusChannel(t, this.channelOptions(t));
    t.onState((s) => {
      if (this.renewing) return;
      this.linkDownReason = s.connected ? null : s.reason;
      this.linkDownProblem = s.connected ? undefined : s.problem;
      this.linkDownMessage = s.connected ? undefined : s.reasonMessage;
      if (!s.connected) {
        this.statusUnsupported = false;
        this.unanswered = 0;
        this.board.set({ health: 'offline', detail: notConnected(s.reason, s.problem), flags: { connected: false } });
      } else if (!this.busy) void this.refreshStatus();
    });
    await t.open();
    // The failed first attempt already set the reason; keep it (later retries repeat it and announce nothing new).
    if (!t.connected)
      this.board.set({
        health: 'offline',
        detail: this.linkDownReason ? notConnected(this.linkDownReason, this.linkDownProblem) : msg('status.notConnected'),
        flags: { connected: false },
      });
    if (this.pollIntervalMs > 0) {
      this.pollTimer = setInterval(() => {
        if (!this.busy && t.connected) void this.refreshStatus();
      }, this.pollIntervalMs);
      this.pollTimer.unref?.();
    }
  }

  /**
   * How the status channel gets back in step after an unanswered request: a TCP printer by a new
   * connection (taken only while idle); a serial line once it has been quiet for twice the status wait.
   */
  private channelOptions(t: ByteTransport): StatusChannelOptions {
    const type = this.device.connection.type;
    if (type === 'serial') return { quietResyncMs: Math.max(2000, 2 * this.statusTimeoutMs) };
    if (type !== 'tcp') return { quietResyncMs: null };
    return {
      quietResyncMs: null,
      freshConnection: async () => {
        this.renewing = true;
        try {
          await t.close();
          await t.open();
        } finally {
          this.renewing = false;
        }
      },
    };
  }

  async stop(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
    this.channel?.dispose();
    await this.transport?.close();
    this.transport = null;
    this.channel = null;
  }

  lastPreview(): Uint8Array | null {
    return this.preview;
  }

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    if (job.kind !== 'print') throw new DeviceError(msg('escpos.cannotEncode', { device: this.name }));
    checkCopyCount(job.copies, MAX_COPIES);
    if (this.busy) throw new DeviceError(msg('escpos.busy', { device: this.name }));
    this.busy = true;
    try {
      const { pages, remarks } = await this.rasterize(job.pdf, ctx);
      ctx.progress(0.05);
      await this.ensureReady(ctx, null);
      await ctx.beforeSideEffect();
      this.printing = true;
      await this.print(pages, job.copies, ctx);
      await this.flushJob(ctx.signal);
      this.preview = (await import('./preview.js')).bitmapsToPng(pages);
      ctx.progress(1);
      return noted([msg('escpos.printed', { pages: pages.length, copies: job.copies, device: this.name }), ...remarks]);
    } finally {
      this.busy = false;
      this.printing = false;
      if (this.transport?.connected) await this.refreshStatus();
    }
  }

  async test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> {
    if (this.busy) return tested(false, msg('test.printerBusy', { device: this.name }));
    this.busy = true;
    try {
      const read = await this.connectedStatus(ctx.signal);
      const problem = this.problemOf(read);
      if (problem) return tested(false, problem);
      const { selfTestReceipt } = await import('./self-test-receipt.js');
      const bytes = selfTestReceipt({
        printerName: this.name,
        version: this.version,
        connection: this.device.connection,
        options: this.opts,
        status: read.kind === 'ok' ? receiptStatus(read.flags) : 'Unknown',
        now: new Date(),
      });
      this.sendingData = true;
      try {
        await this.channel!.writeData(bytes, ctx.signal);
      } finally {
        this.sendingData = false;
      }
      await this.flushJob(ctx.signal);
      // The UI shows the preview after "Test print" as it does after a job.
      this.preview = (await import('./preview.js')).escposToPng(bytes, this.opts.paperWidthDots);
      const after = this.problemOf(await this.readStatus(ctx.signal));
      if (after) return tested(false, after);
      return tested(true, msg('test.receiptPrinted', { device: this.name }));
    } catch (err) {
      if (err instanceof AbortedError) throw err;
      return tested(false, [msg('test.printerFailed', { device: this.name }), ...errorNote(err)]);
    } finally {
      this.busy = false;
    }
  }

  /** The document as page bitmaps, and sentences for the note about how it went onto the paper and what did not print. */
  private async rasterize(pdf: Uint8Array, ctx: JobContext): Promise<{ pages: Bitmap[]; remarks: Message[] }> {
    const o = this.opts;
    // In the renderer process: pdf.js and the canvas are only resident while documents are printed.
    const doc = await sharedRasterProcess.render(
      pdf,
      {
        widthDots: o.paperWidthDots,
        monochrome: o.monochrome,
        threshold: o.threshold,
        maxPages: o.maxPages,
        maxPdfBytes: o.maxPdfBytes,
        orientation: o.orientation,
        dpi: o.dpi,
      },
      ctx.signal,
      'all',
      ctx.log,
    );
    const pages = doc.pages.map(trimVertical);
    ctx.log.debug('rasterised', { pages: pages.length, rows: pages.reduce((s, p) => s + p.height, 0) });
    for (const w of doc.warnings) ctx.log.debug('pdf.js warning', { commandId: ctx.jobId, warning: w });
    if (doc.report.lost.length)
      ctx.log.warn('part of the document did not print', { commandId: ctx.jobId, lost: doc.report.lost, warnings: doc.lossWarnings });
    return { pages, remarks: doc.report.note };
  }

  private async print(pages: Bitmap[], copies: number, ctx: JobContext): Promise<void> {
    const channel = this.channel!;
    const totalRows = pages.reduce((s, p) => s + p.height, 0) * copies || 1;
    const send = async (bytes: Uint8Array) => {
      try {
        await channel.writeData(bytes, ctx.signal);
      } catch (err) {
        if (err instanceof TransportError) throw this.disconnectedWhilePrinting();
        throw err;
      }
    };
    this.sendingData = true;
    try {
      await this.sendPages(pages, copies, ctx, send, totalRows);
    } finally {
      this.sendingData = false;
    }
    await this.ensureReady(ctx, msg('escpos.whereEnd'));
  }

  private async sendPages(
    pages: Bitmap[],
    copies: number,
    ctx: JobContext,
    send: (b: Uint8Array) => Promise<void>,
    totalRows: number,
  ): Promise<void> {
    let doneRows = 0;
    this.copiesSent = { done: 0, total: copies };
    await send(INIT);
    for (let copy = 1; copy <= copies; copy++) {
      for (const [i, page] of pages.entries()) {
        const at = { page: i + 1, pages: pages.length, copy, copies };
        const where = copies > 1 ? msg('escpos.wherePageCopy', at) : msg('escpos.wherePage', at);
        this.board.set({ health: 'busy', detail: msg('status.printingAt', { where }), flags: { connected: true, printing: true } });
        if (i > 0) await send(feedDots(PAGE_GAP_DOTS));
        for (const seg of encodeBitmap(page, { bandRows: this.tuning.bandRows })) {
          await send(seg.bytes);
          doneRows += seg.rows;
          if (seg.kind === 'raster') await this.ensureReady(ctx, where);
          ctx.progress(0.05 + (0.9 * doneRows) / totalRows);
        }
      }
      await send(feedDots(FEED_BEFORE_CUT_DOTS));
      if (this.opts.cutter) await send(PARTIAL_CUT);
      this.copiesSent.done = copy;
    }
  }

  /**
   * Throws a DeviceError unless the printer can print. With `paperOutWaitSeconds`, a printer that is
   * out of paper (or has its cover open) is given that long to be fixed, reporting meanwhile.
   */
  private async ensureReady(ctx: JobContext, at: Message | null): Promise<void> {
    const started = at !== null;
    const where = at ? englishNote([at]) : 'before';
    const deadline = Date.now() + this.opts.paperOutWaitSeconds * 1000;
    let warned = false;
    for (;;) {
      const read = started ? await this.readStatus(ctx.signal, this.busyStatusTimeoutMs) : await this.connectedStatus(ctx.signal);
      if (started && read.kind === 'disconnected') throw this.disconnectedWhilePrinting();
      // Between bands, a status read without an answer (a lost or very late reply) does not stop the print:
      // the check at the end decides. Status unknown (off, never reported) prints; a gone printer still fails
      // through the transport.
      if (read.kind === 'silent' && at && at.key !== 'escpos.whereEnd') {
        ctx.log.warn('no status reply between bands; printing on', { commandId: ctx.jobId, where });
        return;
      }
      const problem = this.problemOf(read);
      if (!problem) return;
      const waitable = read.kind === 'ok' && (read.flags.paperOut || read.flags.coverOpen);
      if (!waitable || Date.now() >= deadline)
        throw new DeviceError([problem, ...(at ? [msg('escpos.stoppedAt', { where: at })] : [])], started);
      if (!warned) {
        ctx.log.warn('waiting for the printer', { problem: englishNote([problem]), where, waitSeconds: this.opts.paperOutWaitSeconds });
        warned = true;
      }
      const now = this.board.current;
      const problemWords = now.detailNote ?? [now.detail ?? msg('status.needsAttention')];
      const waitingAt = msg('status.waitingAt', { where: at ?? msg('status.whereBefore') });
      this.board.set({ health: now.health, flags: now.flags, detail: [...problemWords, waitingAt] });
      await abortableDelay(Math.min(500, Math.max(50, deadline - Date.now())), ctx.signal);
    }
  }

  /** A job-based path (an OS print queue) hands the receipt over here; a transport error means it did not print. */
  private async flushJob(signal: AbortSignal): Promise<void> {
    try {
      await this.transport?.flush?.(signal);
    } catch (err) {
      if (err instanceof TransportError) throw this.disconnectedWhilePrinting();
      throw err;
    }
  }

  /** The printer went away mid-job: the note says how many copies had been sent in full (of several), so staff reprint only what is missing. */
  private disconnectedWhilePrinting(): DeviceError {
    const { done, total } = this.copiesSent;
    const sent = total > 1 ? [msg(done > 0 ? 'escpos.copiesSentRetryAll' : 'escpos.copiesSent', { done, total })] : [];
    return new DeviceError([msg('escpos.disconnectedWhilePrinting', { device: this.name }), ...sent, msg('escpos.checkAndReprint')], true);
  }

  /** Why the printer cannot print now, as one sentence for staff; null when it can. */
  private problemOf(read: StatusRead): Message | null {
    const device = this.name;
    if (read.kind === 'disconnected') {
      const reason = linkWords(read.why);
      return reason === null ? msg('escpos.notConnectedNoReason', { device }) : msg('escpos.notConnected', { device, reason });
    }
    if (read.kind === 'silent') return msg('escpos.notResponding', { device });
    if (read.kind === 'unknown') return null;
    const key = blockingProblemKey(read.flags);
    return key ? msg(key, { device }) : null;
  }

  /** What the transport last said about its link being down. */
  private linkDown(): LinkDown {
    return { problem: this.linkDownProblem, message: this.linkDownMessage };
  }

  private async connectedStatus(signal?: AbortSignal): Promise<StatusRead> {
    const t = this.transport;
    if (!t) return { kind: 'disconnected', reason: 'driver not started' };
    if (!t.connected && !(await t.waitConnected(this.connectWaitMs, signal)))
      return { kind: 'disconnected', reason: this.linkDownReason ?? 'no connection', why: this.linkDown() };
    const first = await this.readStatus(signal);
    // One more read before calling the printer silent or its status unsupported: a query can be lost
    // while a line comes back, and a first reply can come late (the channel waits for it first).
    const again = first.kind === 'silent' || (first.kind === 'unknown' && this.unanswered > 0 && !this.statusUnsupported);
    return again ? this.readStatus(signal, LATE_REPLY_FACTOR * this.statusTimeoutMs) : first;
  }

  private async refreshStatus(): Promise<void> {
    try {
      await this.readStatus();
    } catch {
      /* the state listener reports the link itself */
    }
  }

  /** DLE EOT 1, 2, 4 (and 3 when an error is flagged); updates the published status. */
  private async readStatus(signal?: AbortSignal, timeoutMs = this.statusTimeoutMs): Promise<StatusRead> {
    const ch = this.channel;
    if (!ch || !this.transport?.connected) return { kind: 'disconnected', reason: 'no connection' };
    if (this.opts.status === 'off') return this.statusUnknown(msg('status.unknownChecksOff'));
    if (this.transport.repliesPossible === false) return this.statusUnknown(msg('status.unknownNoReplies', { link: this.transport.label }));
    if (this.statusUnsupported) return this.statusUnknown(msg('status.unknownNotReported'));
    // While print data is going out, a channel still owed a reply cannot be renewed: do not wait for it again.
    if (this.sendingData && !ch.inStep) return { kind: 'silent' };
    try {
      const q = { signal, mayReconnect: () => !this.sendingData };
      const s1 = await ch.query(1, timeoutMs, q);
      const s2 = s1 === null ? null : await ch.query(2, timeoutMs, q);
      const s4 = s2 === null ? null : await ch.query(4, timeoutMs, q);
      // Any reply, even a late one, shows the printer does report status.
      if (s1 !== null || ch.counts.late > 0) this.answered = true;
      if (s1 === null || s2 === null || s4 === null) {
        if (!this.answered) {
          this.statusUnsupported = ++this.unanswered >= UNANSWERED_BEFORE_UNSUPPORTED;
          return this.statusUnknown(msg('status.unknownNotReported'));
        }
        this.board.set({ health: 'offline', detail: msg('status.notResponding'), flags: { connected: true, responding: false } });
        return { kind: 'silent' };
      }
      this.answered = true;
      this.unanswered = 0;
      const s3 = s2 & 0x40 ? await ch.query(3, timeoutMs, q) : null;
      const flags = decodeStatus(s1, s2, s4, s3);
      const next = statusFromFlags(flags);
      if (!(this.printing && next.health === 'online')) this.board.set(next);
      return { kind: 'ok', flags };
    } catch (err) {
      if (err instanceof AbortedError) throw err;
      // A link that went down mid-query: what the transport says about it, else the query's own error.
      const why = this.transport?.connected === true ? { problem: plainProblem(err, this.transport.label) } : this.linkDown();
      return { kind: 'disconnected', reason: err instanceof Error ? err.message : String(err), why };
    }
  }

  /** Publishes "status unknown" (the link is up; paper and cover are not known) unless printing. */
  private statusUnknown(detail: Message): StatusRead {
    if (!this.printing) this.board.set({ health: 'unknown', detail, flags: { connected: true, statusKnown: false } });
    return { kind: 'unknown' };
  }
}

/** The printer's status as the self-test receipt prints it (in English, as the receipt's other words). */
function receiptStatus(flags: PrinterFlags): string {
  const detail = statusFromFlags(flags).detail;
  return detail === null ? 'Ready' : englishNote(asNote(detail));
}

/** "Not connected: <why>" — why in the UI's language when the transport knows the kind of problem, else its words. */
/** Why a link is down, for a note: a transport's catalog message, a network/serial problem in words, or null (nothing known). */
function linkWords(why: LinkDown | undefined): Message | string | null {
  if (isMessage(why?.message)) return why.message;
  return why?.problem ? plainErrorWords(why.problem) : null;
}

function notConnected(reason: string | null, problem?: PlainProblem): Message {
  return msg('status.notConnectedBecause', { reason: problem ? plainProblemNote(problem) : (reason ?? 'unknown') });
}
