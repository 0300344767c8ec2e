import { BoardDriver } from '../board-driver.js';
import type { DeviceConfig } from '../../config/schema.js';
import { AbortedError, abortableDelay } from '../../util/abort.js';
import {
  DeviceError,
  errorNote,
  tested,
  noted,
  type DeviceStatus,
  type Driver,
  type Job,
  type JobContext,
  type JobResult,
  type PrintJob,
  type TestResult,
} from '../driver.js';
import { checkPdfBytes } from '../pdf/pdf-header.js';
import {
  NoSuchPrinterError,
  PrintSystemDownError,
  type JobSnapshot,
  type PrintBackend,
  type PrinterRef,
  type SubmittedJob,
} from './backend.js';
import { legacyFieldNotes, notFoundNote, resolvePrinter } from './resolve-printer.js';
import { problemNote, statusWords } from './state-reasons.js';
import { testSheetPdf } from './test-sheet-pdf.js';
import { lastPageThumbnail } from './last-page-thumbnail.js';
import type { SystemPrinter } from './types.js';
import { listOf, msg, type Message, type Note } from '../../i18n/note.js';
import { checkCopyCount } from '../check-copy-count.js';

export type SystemDevice = Extract<DeviceConfig, { driver: 'system' }>;

export interface SystemDriverTuning {
  /** How often a running job and its printer are asked for their state. */
  jobPollMs?: number;
  /** Printer status refresh while idle (0 = never). */
  statusPollMs?: number;
  /** How often a print system that is down is asked again while a job waits for it. */
  downRetryMs?: number;
}

/** Mews allows 1..100 copies (`CopyCount`, OAS `PrinterCommandData`). */
const MAX_COPIES = 100;

interface Target {
  ref: PrinterRef;
  /** What staff know it as: the queue name, or an address printer's own name (printer-info). */
  label: string;
  /** For the "printed on" note: the name in the language's quotes (`system.printerName`), with the address for an address printer. */
  where: Message;
  status: SystemPrinter;
}

/**
 * Prints Mews PDFs on a printer of this computer (CUPS queue, Windows printer) or an IPP Everywhere
 * printer by address. The PDF goes as it is; copies are collated; settings become IPP attributes
 * (CUPS) or SumatraPDF print settings (Windows). A job counts as printed only when the print system
 * reports it completed (CUPS: after the printer has finished it).
 */
export class SystemPrinterDriver extends BoardDriver implements Driver {
  readonly kind = 'system';
  private preview: Uint8Array | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private busy = false;
  private readonly jobPollMs: number;
  private readonly statusPollMs: number;
  private readonly downRetryMs: number;

  constructor(
    private readonly device: SystemDevice,
    private readonly backend: PrintBackend,
    private readonly version: string,
    tuning: SystemDriverTuning = {},
  ) {
    super({ health: 'unknown', detail: msg('status.notStarted') });
    this.jobPollMs = tuning.jobPollMs ?? 500;
    this.statusPollMs = tuning.statusPollMs ?? 15_000;
    this.downRetryMs = tuning.downRetryMs ?? 1000;
  }

  private get opts() {
    return this.device.options;
  }

  async start(): Promise<void> {
    await this.refreshStatus();
    if (this.statusPollMs > 0 && !this.pollTimer) {
      this.pollTimer = setInterval(() => {
        if (!this.busy) void this.refreshStatus();
      }, this.statusPollMs);
      this.pollTimer.unref?.();
    }
  }

  async stop(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  lastPreview(): Uint8Array | null {
    return this.preview;
  }

  async execute(job: Job, ctx: JobContext): Promise<JobResult> {
    if (job.kind !== 'print') throw new DeviceError(msg('print.cannotEncode', { device: this.device.name }));
    checkCopyCount(job.copies, MAX_COPIES);
    checkPdfBytes(job.pdf, this.opts.maxPdfBytes);
    this.busy = true;
    try {
      const target = await this.target(job, ctx);
      const notes = legacyFieldNotes(target.ref.kind === 'queue' ? target.status : null, job.printerDriverName, job.printerPortName);
      await ctx.beforeSideEffect();
      const submitted = await this.untilUp(ctx, () =>
        this.backend.submit({
          printer: target.ref,
          status: target.status,
          pdf: job.pdf,
          copies: job.copies,
          options: this.opts,
          jobName: `Mews ${ctx.jobId.slice(0, 8)}`,
          signal: ctx.signal,
        }),
      );
      ctx.log.info('print job accepted', { job: submitted.label, copies: job.copies, bytes: job.pdf.length });
      ctx.progress(0.3);
      await this.track(submitted, target, ctx);
      ctx.progress(1);
      void lastPageThumbnail(job.pdf, this.opts.maxPdfBytes, ctx.log).then((png) => {
        if (png) this.preview = png;
      });
      const done = msg(submitted.untracked ? 'system.handedToSpooler' : 'system.printed', { printer: target.where, copies: job.copies });
      const dropped = submitted.dropped.length > 0 ? [msg('system.leftOut', { list: listOf(submitted.dropped) })] : [];
      return noted([done, ...dropped, ...notes]);
    } finally {
      this.busy = false;
      void this.refreshStatus();
    }
  }

  async test(ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> {
    const wanted = this.opts.printer;
    if (!wanted) return tested(true, msg('test.systemNoPrinter', { device: this.device.name }));
    try {
      const status = await this.refreshStatus();
      const pdf = testSheetPdf({
        deviceName: this.device.name,
        printer: wanted,
        version: this.version,
        options: this.opts,
        status: status.detail ?? 'Ready',
        now: new Date(),
      });
      const noop = () => undefined;
      const res = await this.execute(
        { kind: 'print', pdf, copies: 1, printerName: wanted },
        {
          jobId: `test-${Date.now().toString(16)}`,
          signal: ctx.signal,
          progress: noop,
          beforeSideEffect: async () => undefined,
          log: ctx.log,
        },
      );
      this.preview = (await lastPageThumbnail(pdf, this.opts.maxPdfBytes, ctx.log)) ?? this.preview;
      return tested(true, [msg('test.pagePrinted'), ...(res.note ?? (res.notes ? [res.notes] : []))]);
    } catch (err) {
      if (err instanceof AbortedError) throw err;
      return tested(false, errorNote(err));
    }
  }

  /** Finds the printer (device setting, else the command's PrinterName) and checks it can take jobs. */
  private async target(job: PrintJob, ctx: JobContext): Promise<Target> {
    const wanted = this.opts.printer ?? job.printerName;
    if (!wanted) throw new DeviceError(msg('system.noPrinterName'));
    return this.untilUp(ctx, async () => {
      const listed = wanted.match(/^ipps?:\/\//i) ? null : await this.backend.list();
      if (listed?.error) throw new PrintSystemDownError(listed.errorNote ?? listed.error);
      const r = resolvePrinter(wanted, listed ?? { system: this.backend.system, printers: [], defaultPrinter: null, error: null });
      if (!r.ok) throw new DeviceError(r.note);
      let status: SystemPrinter;
      try {
        status = await this.backend.printer(r.ref);
      } catch (err) {
        if (err instanceof NoSuchPrinterError) throw new DeviceError(notFoundNote(wanted, listed ?? (await this.backend.list())));
        throw err;
      }
      if (!status.acceptingJobs) throw new DeviceError(msg('system.notAccepting', { printer: status.name }));
      if (r.ref.kind === 'queue') return { ref: r.ref, label: r.ref.name, where: msg('system.printerName', { name: r.ref.name }), status };
      const own = status.info?.trim();
      const where = own ? msg('system.printerNameAndUri', { name: own, uri: r.ref.uri }) : msg('system.printerName', { name: r.ref.uri });
      return { ref: r.ref, label: own || r.ref.uri, where, status };
    });
  }

  /**
   * Runs `step` and, while the print system is down, asks again for up to `attentionWaitSeconds`
   * (a CUPS restart must not fail an invoice). After that, one clear note; nothing was sent.
   */
  private async untilUp<T>(ctx: JobContext, step: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.opts.attentionWaitSeconds * 1000;
    let warned = false;
    for (;;) {
      try {
        return await step();
      } catch (err) {
        if (!(err instanceof PrintSystemDownError)) throw err;
        this.board.set({ health: 'offline', detail: err.note, flags: { printSystemDown: true } });
        if (Date.now() >= deadline) throw new DeviceError([...err.note, msg('system.nothingPrinted')]);
        if (!warned) ctx.log.warn('print system down; waiting', { waitSeconds: this.opts.attentionWaitSeconds });
        warned = true;
        await abortableDelay(Math.min(this.downRetryMs, Math.max(50, deadline - Date.now())), ctx.signal);
      }
    }
  }

  /**
   * Follows the job to completed / cancelled / aborted. While the printer reports a problem that
   * stops printing (paper out, jam, door open, paused, offline), the job is given
   * `attentionWaitSeconds` for staff to fix it; then it is cancelled, so it cannot print later
   * when nobody expects it, and the command fails with a note saying what to fix.
   */
  private async track(job: SubmittedJob, target: Target, ctx: JobContext): Promise<void> {
    if (job.untracked) return;
    const wait = this.opts.attentionWaitSeconds * 1000;
    let problemSince: number | null = null;
    let downSince: number | null = null;
    let started = false;
    try {
      for (;;) {
        let snap;
        let printer: SystemPrinter;
        try {
          snap = await this.backend.job(job);
          printer = snap.state === 'completed' ? target.status : await this.backend.printer(target.ref);
          downSince = null;
        } catch (err) {
          if (!(err instanceof PrintSystemDownError)) throw err;
          downSince ??= Date.now();
          this.board.set({ health: 'offline', detail: err.note, flags: { printSystemDown: true } });
          if (Date.now() - downSince >= wait) throw new DeviceError([...err.note, msg('system.handedOverCheckQueue')], true);
          await abortableDelay(this.jobPollMs, ctx.signal);
          continue;
        }
        if (snap.state === 'processing') started = true;
        if (snap.state === 'completed') return;
        if (snap.state === 'cancelled')
          throw new DeviceError(snap.message ? msg('system.cancelledWith', { detail: snap.message }) : msg('system.cancelled'), started);
        if (snap.state === 'aborted')
          throw new DeviceError(
            snap.message
              ? msg('system.abortedWith', { printer: target.label, detail: snap.message })
              : msg('system.aborted', { printer: target.label }),
            started,
          );
        const note = problemNote(target.label, printer.reasons, printer.state, true) ?? heldNote(target.label, snap);
        if (note) {
          problemSince ??= Date.now();
          this.board.set({ health: 'attention', detail: note, flags: { waitingForStaff: true } });
          if (Date.now() - problemSince >= wait) {
            await this.backend.cancel(job);
            const plain = problemNote(target.label, printer.reasons, printer.state, false) ?? note;
            throw new DeviceError([...plain, msg('system.takenOffQueue', { seconds: this.opts.attentionWaitSeconds })], started);
          }
        } else {
          problemSince = null;
          this.board.set({ health: 'busy', detail: msg('status.printingOn', { printer: target.label }), flags: { printing: true } });
        }
        await abortableDelay(this.jobPollMs, ctx.signal);
      }
    } catch (err) {
      // Cancelled in Mews, timed out or the bridge stops: take the job off the queue too.
      if (err instanceof AbortedError) await this.backend.cancel(job);
      throw err;
    }
  }

  /** Reads the printer's state for the device list; never throws. */
  private async refreshStatus(): Promise<DeviceStatus> {
    const wanted = this.opts.printer;
    try {
      if (!wanted) {
        const listed = await this.backend.list();
        if (listed.error) this.board.set({ health: 'offline', detail: listed.errorNote ?? listed.error, flags: { printSystemDown: true } });
        else this.board.set({ health: 'online', detail: msg('status.anyPrinter', { count: listed.printers.length }), flags: {} });
        return this.board.current;
      }
      const listed = /^ipps?:\/\//i.test(wanted) ? null : await this.backend.list();
      if (listed?.error) {
        this.board.set({ health: 'offline', detail: listed.errorNote ?? listed.error, flags: { printSystemDown: true } });
        return this.board.current;
      }
      const r = listed
        ? resolvePrinter(wanted, listed)
        : resolvePrinter(wanted, { system: this.backend.system, printers: [], defaultPrinter: null, error: null });
      if (!r.ok) {
        this.board.set({ health: 'attention', detail: r.note, flags: { missing: true } });
        return this.board.current;
      }
      const p = await this.backend.printer(r.ref);
      const words = statusWords(p.reasons, p.state);
      const blocking = problemNote(wanted, p.reasons, p.state, false);
      if (this.busy) return this.board.current;
      if (blocking) this.board.set({ health: 'attention', detail: blocking, flags: { ...flagsOf(p) } });
      else
        this.board.set({
          health: p.state === 'processing' ? 'busy' : 'online',
          detail: words, // null when idle or printing: the UI says "Ready" / "Busy" in its own language
          flags: flagsOf(p),
        });
    } catch (err) {
      const detail =
        err instanceof PrintSystemDownError
          ? err.note
          : err instanceof NoSuchPrinterError
            ? msg('status.noSuchPrinter', { printer: wanted ?? '' })
            : String(err);
      this.board.set({ health: 'offline', detail, flags: {} });
    }
    return this.board.current;
  }
}

function flagsOf(p: SystemPrinter): Record<string, boolean> {
  const f: Record<string, boolean> = {};
  for (const r of p.reasons) f[r.replace(/-(error|warning|report)$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = true;
  return f;
}

/**
 * A job the print system holds (pending-held / processing-stopped) for a reason other than the printer's state;
 * the print system's message, else its job-state-reasons keywords, as the detail.
 */
function heldNote(printer: string, snap: JobSnapshot): Note | null {
  if (snap.state !== 'held' && snap.state !== 'stopped') return null;
  const why = snap.message ?? (snap.reasons.join(', ') || null);
  return [why ? msg('system.held', { printer, why }) : msg('system.heldNoReason', { printer }), msg('system.releaseHeld')];
}
