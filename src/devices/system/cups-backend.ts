import { abortableDelay } from '../../util/abort.js';
import { DeviceError } from '../driver.js';
import type { JobSnapshot, PrintBackend, PrinterRef, SubmitRequest, SubmittedJob } from './backend.js';
import { NoSuchPrinterError, PrintSystemDownError } from './backend.js';
import { cupsDownNote, listCupsPrinters, printerAttributes } from './cups-printers.js';
import {
  cupsServer,
  cupsTarget,
  directTarget,
  ippRequest,
  IppStatusError,
  IppUnreachableError,
  list,
  text,
  type IppTarget,
} from './ipp-client.js';
import { jobAttributes, mediaSize } from './job-attributes.js';
import type { SystemPrinter, SystemPrinterList } from './types.js';
import { msg, type Message } from '../../i18n/note.js';

/**
 * CUPS (Linux, macOS) and IPP Everywhere printers over IPP: Print-Job, Get-Job-Attributes,
 * Cancel-Job (RFC 8011 §4.2, §4.3). The server is the one `CUPS_SERVER` names, as for `lp`.
 */

interface CupsJob {
  target: IppTarget;
  jobId: number;
  /** The queue name or printer address, for notes. */
  printer: string;
}

const JOB_STATES: Record<string, JobSnapshot['state']> = {
  pending: 'pending',
  'pending-held': 'held',
  processing: 'processing',
  'processing-stopped': 'stopped',
  canceled: 'cancelled',
  aborted: 'aborted',
  completed: 'completed',
};

export interface CupsBackendOptions {
  env?: NodeJS.ProcessEnv;
  /** How long to keep retrying a printer that answers `server-error-busy` (it prints one job at a time). */
  busyRetryMs?: number;
}

export class CupsBackend implements PrintBackend {
  readonly system = 'cups' as const;
  private readonly env: NodeJS.ProcessEnv;
  private readonly busyRetryMs: number;

  constructor(opts: CupsBackendOptions = {}) {
    this.env = opts.env ?? process.env;
    this.busyRetryMs = opts.busyRetryMs ?? 120_000;
  }

  list(): Promise<SystemPrinterList> {
    return listCupsPrinters(this.env);
  }

  async printer(ref: PrinterRef): Promise<SystemPrinter> {
    try {
      return await printerAttributes(ref.kind === 'direct' ? { uri: ref.uri } : { queue: ref.name }, this.env);
    } catch (err) {
      throw this.mapError(err, ref);
    }
  }

  async submit(req: SubmitRequest): Promise<SubmittedJob> {
    const target = this.target(req.printer);
    const { attributes, dropped } = supportedOnly(jobAttributes(req.options, req.copies), req.status);
    const deadline = Date.now() + this.busyRetryMs;
    for (;;) {
      try {
        const res = await ippRequest(target, {
          operation: 'Print-Job',
          operationAttributes: { 'job-name': req.jobName, 'document-format': 'application/pdf' },
          jobAttributes: attributes,
          data: Buffer.from(req.pdf.buffer, req.pdf.byteOffset, req.pdf.byteLength),
          timeoutMs: 60_000,
        });
        const jobId = Number(res.jobs[0]?.['job-id']);
        if (!Number.isInteger(jobId)) throw new Error('the print service accepted the job but gave no job id');
        const where = req.printer.kind === 'queue' ? req.printer.name : req.printer.uri;
        return {
          handle: { target, jobId, printer: where } satisfies CupsJob,
          label: `job ${jobId} on ${where}`,
          dropped,
          untracked: false,
        };
      } catch (err) {
        // An IPP Everywhere printer prints one job at a time and answers server-error-busy meanwhile.
        if (err instanceof IppStatusError && err.status === 'server-error-busy' && Date.now() < deadline) {
          await abortableDelay(250, req.signal);
          continue;
        }
        throw this.mapError(err, req.printer);
      }
    }
  }

  async job(job: SubmittedJob): Promise<JobSnapshot> {
    const { target, jobId, printer } = job.handle as CupsJob;
    try {
      const res = await ippRequest(target, {
        operation: 'Get-Job-Attributes',
        operationAttributes: { 'job-id': jobId, 'requested-attributes': ['job-state', 'job-state-reasons', 'job-state-message'] },
        timeoutMs: 10_000,
      });
      const a = res.jobs[0] ?? {};
      return {
        state: JOB_STATES[text(a['job-state']) ?? ''] ?? 'pending',
        reasons: list(a['job-state-reasons']).filter((r) => r !== 'none'),
        message: text(a['job-state-message']) || null,
      };
    } catch (err) {
      // A printer that forgot the job (restarted) cannot say how it ended.
      if (err instanceof IppStatusError && err.status === 'client-error-not-found')
        return { state: 'aborted', reasons: ['job-not-found'], message: msg('system.jobForgotten') };
      if (err instanceof IppStatusError)
        throw new DeviceError(msg('system.jobEndUnknown', { job: jobId, printer, error: err.message }), true);
      throw this.mapError(err, null);
    }
  }

  async cancel(job: SubmittedJob): Promise<void> {
    const { target, jobId } = job.handle as CupsJob;
    await ippRequest(target, { operation: 'Cancel-Job', operationAttributes: { 'job-id': jobId }, timeoutMs: 10_000 }).catch(
      () => undefined,
    );
  }

  async submitRaw(queue: string, bytes: Uint8Array, jobName: string): Promise<SubmittedJob> {
    const target = this.target({ kind: 'queue', name: queue });
    try {
      const res = await ippRequest(target, {
        operation: 'Print-Job',
        // application/vnd.cups-raw: CUPS sends the bytes to the printer untouched (no filters).
        operationAttributes: { 'job-name': jobName, 'document-format': 'application/vnd.cups-raw' },
        data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        timeoutMs: 60_000,
      });
      const jobId = Number(res.jobs[0]?.['job-id']);
      return {
        handle: { target, jobId, printer: queue } satisfies CupsJob,
        label: `job ${jobId} on ${queue}`,
        dropped: [],
        untracked: false,
      };
    } catch (err) {
      throw this.mapError(err, { kind: 'queue', name: queue });
    }
  }

  private target(ref: PrinterRef): IppTarget {
    return ref.kind === 'direct' ? directTarget(ref.uri) : cupsTarget(cupsServer(this.env), ref.name);
  }

  private mapError(err: unknown, ref: PrinterRef | null): Error {
    if (err instanceof IppUnreachableError) {
      if (ref?.kind === 'direct') return new PrintSystemDownError(msg('system.printerUnreachable', { uri: ref.uri }));
      return new PrintSystemDownError(cupsDownNote(cupsServer(this.env)));
    }
    if (err instanceof IppStatusError && err.status === 'client-error-not-found' && ref)
      return new NoSuchPrinterError(ref.kind === 'queue' ? ref.name : ref.uri);
    if (err instanceof IppStatusError) {
      const printer = ref ? (ref.kind === 'queue' ? ref.name : ref.uri) : null;
      if (err.status === 'server-error-not-accepting-jobs' && printer) return new DeviceError(msg('system.notAccepting', { printer }));
      return new DeviceError([
        printer ? msg('system.refused', { printer, error: err.message }) : msg('system.serviceRefused', { error: err.message }),
        msg('system.nothingPrinted'),
      ]);
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Leaves out settings the printer says it cannot do (a printer may refuse the whole job for one). */
export function supportedOnly(
  attrs: Record<string, unknown>,
  printer: SystemPrinter,
): { attributes: Record<string, unknown>; dropped: Message[] } {
  const out = { ...attrs };
  const dropped: Message[] = [];
  const s = printer.supported;
  const leftOut = (setting: Message, value: string, offered: string[]) =>
    dropped.push(msg('system.droppedSetting', { setting, value, offered: offered.join(', ') }));
  const check = (key: string, value: unknown, supported: string[], setting: Message) => {
    if (supported.length > 0 && typeof value === 'string' && !supported.includes(value)) {
      delete out[key];
      leftOut(setting, value, supported);
    }
  };
  check('sides', out.sides, s.sides, msg('system.setting.sides'));
  check('print-color-mode', out['print-color-mode'], s.colorModes, msg('system.setting.colorMode'));
  check('media', out.media, s.media, msg('system.setting.media'));
  const col = out['media-col'] as Record<string, unknown> | undefined;
  if (col && s.mediaSources.length > 0 && !s.mediaSources.includes(String(col['media-source']))) {
    leftOut(msg('system.setting.mediaSource'), String(col['media-source']), s.mediaSources);
    delete out['media-col'];
    const size = col['media-size'] as { 'x-dimension': number; 'y-dimension': number } | undefined;
    const keyword = size && s.media.find((m) => sameSize(mediaSize(m), size));
    if (keyword) out.media = keyword;
  }
  return { attributes: out, dropped };
}

function sameSize(
  a: { 'x-dimension': number; 'y-dimension': number } | null,
  b: { 'x-dimension': number; 'y-dimension': number },
): boolean {
  return !!a && Math.abs(a['x-dimension'] - b['x-dimension']) < 100 && Math.abs(a['y-dimension'] - b['y-dimension']) < 100;
}
