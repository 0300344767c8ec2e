import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { scalarText } from '../util/scalar-text.js';

/**
 * A simulated IPP Everywhere office printer for the demo (and anything else that needs an A4 printer
 * without installing CUPS): the operations the `system` driver uses, over real HTTP on loopback —
 * Get-Printer-Attributes, Validate-Job, Print-Job (PDF), Get-Job-Attributes, Cancel-Job (RFC 8011,
 * PWG 5100.14). Messages are encoded with `@sealsystems/ipp`, the same library the driver uses.
 * Jobs are processed one at a time; a blocking printer-state-reason (e.g. `media-empty`) holds them.
 */

interface IppCodec {
  parse(buf: Buffer): Record<string, unknown> & { operation?: string; id: number; data?: Buffer };
  serialize(msg: Record<string, unknown>): Buffer;
}
const ipp = createRequire(import.meta.url)('@sealsystems/ipp') as IppCodec;

export interface SimIppJob {
  id: number;
  name: string;
  /** The document as received. */
  document: Buffer;
  /** Job template attributes as received (copies, media, sides, media-col, …). */
  attributes: Record<string, unknown>;
  state: 'pending' | 'processing' | 'completed' | 'canceled';
}

export interface IppPrinterSimOptions {
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** printer-info, e.g. "Office printer (A4)". */
  info?: string;
  /** How long printing one job takes (ms). */
  jobMs?: number;
  media?: string[];
  mediaDefault?: string;
}

export interface IppPrinterSim {
  /** `ipp://127.0.0.1:PORT/ipp/print` */
  readonly uri: string;
  readonly jobs: readonly SimIppJob[];
  /** Sets printer-state-reasons (e.g. ['media-empty-error']); blocking ones hold jobs until cleared. */
  setReasons(reasons: string[]): void;
  close(): Promise<void>;
}

const BLOCKING = /^(media-empty|media-jam|door-open|toner-empty|paused|offline)/;

export async function startIppPrinterSim(opts: IppPrinterSimOptions = {}): Promise<IppPrinterSim> {
  const jobs: SimIppJob[] = [];
  let reasons: string[] = [];
  let nextId = 1;
  let timer: NodeJS.Timeout | null = null;
  const jobMs = opts.jobMs ?? 800;
  const media = opts.media ?? ['iso_a4_210x297mm', 'iso_a5_148x210mm', 'na_letter_8.5x11in'];
  let uri = '';

  const blocked = () => reasons.some((r) => BLOCKING.test(r));
  const state = () => (blocked() ? 'stopped' : jobs.some((j) => j.state === 'processing') ? 'processing' : 'idle');
  const pump = () => {
    if (timer || blocked()) return;
    const job = jobs.find((j) => j.state === 'pending');
    if (!job) return;
    job.state = 'processing';
    timer = setTimeout(() => {
      timer = null;
      if (job.state === 'processing') job.state = 'completed';
      pump();
    }, jobMs);
  };

  const printerAttributes = () => ({
    'printer-uri-supported': uri,
    'uri-security-supported': 'none',
    'uri-authentication-supported': 'none',
    'printer-name': 'office-a4',
    'printer-info': opts.info ?? 'Office printer (A4)',
    'printer-make-and-model': 'Simulated IPP Everywhere printer',
    'printer-location': 'Back office',
    'printer-state': state(),
    'printer-state-reasons': reasons.length ? reasons : 'none',
    'printer-is-accepting-jobs': true,
    'document-format-supported': ['application/pdf'],
    'document-format-default': 'application/pdf',
    'media-supported': media,
    'media-default': opts.mediaDefault ?? media[0]!,
    'sides-supported': ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
    'media-source-supported': ['auto', 'tray-1', 'tray-2', 'manual'],
    'print-color-mode-supported': ['auto', 'color', 'monochrome'],
    'copies-supported': [1, 99],
  });
  const jobAttributes = (j: SimIppJob) => ({
    'job-id': j.id,
    'job-uri': `${uri}/${j.id}`,
    'job-state': j.state,
    'job-state-reasons': j.state === 'completed' ? 'job-completed-successfully' : j.state === 'canceled' ? 'job-canceled-by-user' : 'none',
    'job-name': j.name,
  });

  const answer = (req: Record<string, unknown> & { operation?: string; id: number; data?: Buffer }) => {
    const op = (req['operation-attributes-tag'] ?? {}) as Record<string, unknown>;
    const base = { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en' };
    const reply = (statusCode: string, extra: Record<string, unknown> = {}, message?: string) => ({
      version: '2.0',
      statusCode,
      id: req.id,
      'operation-attributes-tag': message ? { ...base, 'status-message': message } : base,
      ...extra,
    });
    const findJob = () => jobs.find((j) => j.id === Number(op['job-id']));
    switch (req.operation) {
      case 'Get-Printer-Attributes':
        return reply('successful-ok', { 'printer-attributes-tag': printerAttributes() });
      case 'Validate-Job':
        return reply('successful-ok');
      case 'Print-Job': {
        const format = scalarText(op['document-format']) ?? 'application/pdf';
        if (format !== 'application/pdf' && format !== 'application/octet-stream')
          return reply('client-error-document-format-not-supported', {}, `Unsupported format ${format}.`);
        const job: SimIppJob = {
          id: nextId++,
          name: scalarText(op['job-name']) ?? 'untitled',
          document: req.data ?? Buffer.alloc(0),
          attributes: (req['job-attributes-tag'] ?? {}) as Record<string, unknown>,
          state: 'pending',
        };
        jobs.push(job);
        if (jobs.length > 200) jobs.splice(0, jobs.length - 200);
        pump();
        return reply('successful-ok', { 'job-attributes-tag': jobAttributes(job) });
      }
      case 'Get-Job-Attributes': {
        const j = findJob();
        return j ? reply('successful-ok', { 'job-attributes-tag': jobAttributes(j) }) : reply('client-error-not-found', {}, 'No such job.');
      }
      case 'Cancel-Job': {
        const j = findJob();
        if (!j) return reply('client-error-not-found', {}, 'No such job.');
        if (j.state === 'completed' || j.state === 'canceled') return reply('client-error-not-possible', {}, 'The job has already ended.');
        j.state = 'canceled';
        return reply('successful-ok');
      }
      default:
        return reply('server-error-operation-not-supported');
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        if (req.method !== 'POST' || req.headers['content-type'] !== 'application/ipp') throw new Error('not an IPP request');
        const body = ipp.serialize(answer(ipp.parse(Buffer.concat(chunks))));
        res.writeHead(200, { 'content-type': 'application/ipp' }).end(body);
      } catch {
        res.writeHead(400).end();
      }
    });
  };

  const server: Server = createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  uri = `ipp://${addr.address}:${addr.port}/ipp/print`;
  return {
    uri,
    jobs,
    setReasons(next) {
      reasons = [...next];
      pump();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearTimeout(timer);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
