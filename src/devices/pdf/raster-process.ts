import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AbortedError } from '../../util/abort.js';
import type { MessageLog } from '../../util/bound-log.js';
import { DeviceError, UnrunnableCommandError } from '../driver.js';
import { msg as noteMessage, type Note } from '../../i18n/note.js';
import { RENDERER_CHILD_FILE } from './raster-child.js';
import type { RasterOptions } from './pdf-raster.js';
import { renderDocument, type PageSelection, type RenderedDocument } from './render-document.js';

/** Parent → child: render the `which` pages of `pdf`. */
export interface RenderRequest {
  id: number;
  pdf: Uint8Array;
  opts: RasterOptions;
  which: PageSelection;
}

/**
 * Child → parent: the pages, or why not (`note`: a DeviceError's note for staff, message keys that cross the
 * process boundary as JSON; `retryable` false for an `UnrunnableCommandError`, a document that can never print).
 * `ready` once at start.
 */
export type RenderReply =
  | { id: number; document: RenderedDocument }
  | { id: number; error: { message: string; note: Note | null; retryable: boolean } }
  | { id: 0; ready: true };

interface Pending {
  resolve: (doc: RenderedDocument) => void;
  reject: (err: unknown) => void;
  request: RenderRequest;
}

/** Ms without a document after which the renderer process ends (a burst keeps it; an idle bridge does not pay for it). */
export const RENDERER_IDLE_MS = 15_000;

/**
 * Renders PDFs in a child process that is started by the first document and ends after `idleMs`
 * without one, so pdf.js and the native canvas (about 45 MB resident, which a process cannot give
 * back once loaded) cost memory only while documents are being printed. A renderer that crashes
 * (a document that exhausts its memory) fails that document, not the bridge. If the child cannot be
 * started at all (a packaging that cannot fork), documents are rendered in this process instead, and the
 * log given with the document says so once, at warn, with the reason.
 */
export class RasterProcess {
  private child: ChildProcess | null = null;
  private ready = false;
  private inProcess = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: NodeJS.Timeout | null = null;
  /** The log of the latest document: told when the child cannot start. */
  private log: MessageLog | null = null;

  /** `childFile`: the renderer's entry (default `RENDERER_CHILD_FILE`; tests give one that cannot start). */
  constructor(
    private readonly idleMs = RENDERER_IDLE_MS,
    private readonly childFile = RENDERER_CHILD_FILE,
  ) {}

  /**
   * The `which` pages of `pdf` (default all), rendered at `opts.widthDots`. Errors as `renderDocument`.
   * `log` (the job's) hears, once, that the renderer process could not start and why.
   */
  render(
    pdf: Uint8Array,
    opts: RasterOptions,
    signal?: AbortSignal,
    which: PageSelection = 'all',
    log?: MessageLog,
  ): Promise<RenderedDocument> {
    if (this.inProcess) return renderDocument(pdf, opts, signal, which);
    if (log) this.log = log;
    if (signal?.aborted) return Promise.reject(new AbortedError(signal.reason));
    const request: RenderRequest = { id: this.nextId++, pdf, opts, which };
    const result = new Promise<RenderedDocument>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, request });
    });
    this.busy();
    const child = this.ensureChild();
    if (this.ready) child.send(request);
    if (!signal) return result;
    // An aborted job stops waiting at once; the renderer finishes the document and its answer is dropped.
    return new Promise<RenderedDocument>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(request.id);
        this.maybeIdle();
        reject(new AbortedError(signal.reason));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** Ends the renderer process now (it starts again for the next document). */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const child = this.child;
    this.child = null;
    this.ready = false;
    if (child?.connected) child.disconnect();
  }

  /** Whether a renderer process is running, and its pid (for tests and diagnostics). */
  get running(): boolean {
    return this.child !== null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    // Under tsx/vitest the entry is the .ts source, which the child loads through tsx too.
    const execArgv = this.childFile.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
    const child = fork(this.childFile, [], {
      execArgv,
      env: { ...process.env, MEWS_BRIDGE_RENDERER: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.ready = false;
    child.on('message', (msg: RenderReply) => this.onReply(child, msg));
    child.on('error', (err) => this.onGone(child, null, err));
    child.on('exit', (code, sig) => this.onGone(child, code ?? sig));
    return child;
  }

  private onReply(child: ChildProcess, msg: RenderReply): void {
    if ('ready' in msg) {
      this.ready = true;
      for (const p of this.pending.values()) child.send(p.request);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if ('document' in msg) p.resolve(msg.document);
    else
      p.reject(
        !msg.error.note
          ? new Error(msg.error.message)
          : msg.error.retryable
            ? new DeviceError(msg.error.note)
            : new UnrunnableCommandError(msg.error.note),
      );
    this.maybeIdle();
  }

  /** The child ended or could not start: fail what it held, or render it here if it never came up. */
  private onGone(child: ChildProcess, how: number | string | null, error?: Error): void {
    if (this.child !== child) return;
    const neverReady = !this.ready;
    this.child = null;
    this.ready = false;
    const held = [...this.pending.values()];
    this.pending.clear();
    if (neverReady) {
      this.inProcess = true;
      this.log?.warn('The PDF renderer process could not start; documents are rendered in the bridge process from now on', {
        reason: error?.message ?? `it exited (${typeof how === 'number' ? `code ${how}` : (how ?? 'unknown reason')}) before it was ready`,
      });
      this.log = null;
      for (const p of held) renderDocument(p.request.pdf, p.request.opts, undefined, p.request.which).then(p.resolve, p.reject);
      return;
    }
    // An exit code in words; a signal name (SIGKILL) is the OS's own.
    const reason = typeof how === 'number' ? noteMessage('pdf.exitCode', { code: how }) : (how ?? noteMessage('pdf.unknownReason'));
    for (const p of held) p.reject(new DeviceError(noteMessage('pdf.rendererStopped', { reason })));
  }

  private busy(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.child?.channel?.ref();
  }

  private maybeIdle(): void {
    if (this.pending.size > 0 || this.idleTimer) return;
    this.child?.channel?.unref(); // an idle renderer never keeps the bridge's process alive
    this.idleTimer = setTimeout(() => this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}

/** The renderer shared by every printer of this process. */
export const sharedRasterProcess = new RasterProcess();
