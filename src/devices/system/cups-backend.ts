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

/**
 * CUPS (Linux, macOS) and IPP Everywhere printers over IPP: Print-Job, Get-Job-Attributes,
 * Cancel-Job (RFC 8011 §4.2, §4.3). The server is the one `CUPS_SERVER` names, as for `lp`.
 */

interface CupsJob {
  target: IppTarget;
  jobId: number;
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
        return { handle: { target, jobId } satisfies CupsJob, label: `job ${jobId} on ${where}`, dropped, untracked: false };
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
    const { target, jobId } = job.handle as CupsJob;
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
        return { state: 'aborted', reasons: ['job-not-found'], message: 'the printer no longer knows this job' };
      if (err instanceof IppStatusError)
        throw new DeviceError(
          `The print service would not say how ${job.label} ended (${err.message}). Check the printer before printing again.`,
          true,
        );
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
      return { handle: { target, jobId } satisfies CupsJob, label: `job ${jobId} on ${queue}`, dropped: [], untracked: false };
    } catch (err) {
      throw this.mapError(err, { kind: 'queue', name: queue });
    }
  }

  private target(ref: PrinterRef): IppTarget {
    return ref.kind === 'direct' ? directTarget(ref.uri) : cupsTarget(cupsServer(this.env), ref.name);
  }

  private mapError(err: unknown, ref: PrinterRef | null): Error {
    if (err instanceof IppUnreachableError) {
      if (ref?.kind === 'direct')
        return new PrintSystemDownError(
          `The printer at ${ref.uri} cannot be reached. Check that it is switched on and connected to the network.`,
        );
      return new PrintSystemDownError(cupsDownNote(cupsServer(this.env)));
    }
    if (err instanceof IppStatusError && err.status === 'client-error-not-found' && ref)
      return new NoSuchPrinterError(ref.kind === 'queue' ? ref.name : ref.uri);
    if (err instanceof IppStatusError) {
      const who = ref ? `The printer "${ref.kind === 'queue' ? ref.name : ref.uri}"` : 'The print service';
      if (err.status === 'server-error-not-accepting-jobs')
        return new DeviceError(
          `${who} is not accepting jobs (set to reject them in the print settings of this computer). Allow it to accept jobs, then print again from Mews.`,
        );
      return new DeviceError(`${who} refused the document (${err.message}). Nothing was printed.`);
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Leaves out settings the printer says it cannot do (a printer may refuse the whole job for one). */
export function supportedOnly(
  attrs: Record<string, unknown>,
  printer: SystemPrinter,
): { attributes: Record<string, unknown>; dropped: string[] } {
  const out = { ...attrs };
  const dropped: string[] = [];
  const s = printer.supported;
  const check = (key: string, value: unknown, supported: string[], words: string) => {
    if (supported.length > 0 && typeof value === 'string' && !supported.includes(value)) {
      delete out[key];
      dropped.push(`${words} "${value}" (the printer offers ${supported.join(', ')})`);
    }
  };
  check('sides', out.sides, s.sides, 'sides');
  check('print-color-mode', out['print-color-mode'], s.colorModes, 'colour mode');
  check('media', out.media, s.media, 'paper size');
  const col = out['media-col'] as Record<string, unknown> | undefined;
  if (col && s.mediaSources.length > 0 && !s.mediaSources.includes(String(col['media-source']))) {
    dropped.push(`tray "${String(col['media-source'])}" (the printer offers ${s.mediaSources.join(', ')})`);
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
