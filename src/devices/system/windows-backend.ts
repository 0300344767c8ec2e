import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import type { SystemOptions } from '../../config/schema.js';
import { outsideAsar } from '../pdf/resources.js';
import type { JobSnapshot, PrintBackend, PrinterRef, SubmitRequest, SubmittedJob } from './backend.js';
import { NoSuchPrinterError, PrintSystemDownError } from './backend.js';
import { DeviceError } from '../driver.js';
import { msg, type Message } from '../../i18n/note.js';
import { englishNote } from '../../i18n/render-note.js';
import { statusWords } from './state-reasons.js';
import { NO_CAPABILITIES, type SystemPrinter, type SystemPrinterList } from './types.js';

/**
 * The Windows spooler, through the SumatraPDF that the `pdf-to-printer` package (4.0.1, 64-bit
 * SumatraPDF 3.3.3) ships, and PowerShell's `Get-Printer`. Every program runs through `execFile`
 * with an argument array: printer names are user input and never pass through a shell.
 * SumatraPDF returns once the document is in the spooler; the spooler gives no job state back
 * here, so a job counts as done when handed over (said so in the note).
 */

/** Runs a program with arguments, no shell; resolves stdout. Injectable so tests see the exact command lines. */
export type ProgramRunner = (file: string, args: readonly string[], opts: { timeoutMs: number }) => Promise<string>;

export const execFileRunner: ProgramRunner = (file, args, opts) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: opts.timeoutMs, windowsHide: true, maxBuffer: 8 * 1024 * 1024 }, (err, stdout) =>
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- execFile's error is an Error (ExecFileException) whose .code errText reads
      err ? reject(err) : resolve(String(stdout)),
    );
  });

/**
 * The printer list script: fixed text, no user input. `Get-Printer` (PrintManagement module) gives
 * name, driver, port and status (status as its enum name, e.g. `PaperOut`); `Win32_Printer` says which is default.
 */
export const LIST_PRINTERS_SCRIPT =
  "$ErrorActionPreference='Stop'; $d=(Get-CimInstance -ClassName Win32_Printer -Filter 'Default=TRUE').Name; " +
  "@(Get-Printer | Select-Object Name,DriverName,PortName,Comment,Location,@{n='Status';e={[string]$_.PrinterStatus}},@{n='IsDefault';e={$_.Name -eq $d}}) | ConvertTo-Json -Compress";

export const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', LIST_PRINTERS_SCRIPT] as const;

/** `Get-Printer` PrinterStatus names (MSFT_Printer) → IPP printer-state-reasons keywords. */
const STATUS_REASONS: Record<string, string> = {
  Paused: 'paused',
  Error: 'other',
  PaperJam: 'media-jam',
  PaperOut: 'media-empty',
  ManualFeed: 'media-needed',
  PaperProblem: 'media-jam',
  Offline: 'offline',
  OutputBinFull: 'output-area-full',
  NotAvailable: 'offline',
  TonerLow: 'toner-low',
  NoToner: 'toner-empty',
  UserIntervention: 'other',
  DoorOpen: 'door-open',
  PowerSave: 'none',
};

/** SumatraPDF `-print-settings` names for the device settings (SumatraPDF manual, "Command line arguments"). */
export function sumatraSettings(opts: SystemOptions, copies: number): string {
  const s: string[] = [`${copies}x`];
  s.push({ 'one-sided': 'simplex', 'two-sided-long-edge': 'duplexlong', 'two-sided-short-edge': 'duplexshort' }[opts.sides]);
  s.push({ auto: 'shrink', 'auto-fit': 'shrink', fit: 'fit', fill: 'fit', none: 'noscale' }[opts.printScaling]);
  if (opts.printColorMode !== 'auto') s.push(opts.printColorMode === 'color' ? 'color' : 'monochrome');
  if (opts.media !== 'auto') s.push(`paper=${sumatraPaper(opts.media)}`);
  if (opts.mediaSource !== 'auto') s.push(`bin=${opts.mediaSource}`);
  if (opts.orientation !== 'auto') s.push(opts.orientation);
  return s.join(',');
}

function sumatraPaper(media: string): string {
  const friendly: Record<string, string> = {
    iso_a3_297x420mm: 'A3',
    iso_a4_210x297mm: 'A4',
    iso_a5_148x210mm: 'A5',
    iso_a6_105x148mm: 'A6',
    na_letter_8: 'letter',
    na_legal_8: 'legal',
  };
  const hit = Object.entries(friendly).find(([k]) => media.startsWith(k));
  return hit ? hit[1] : media.toLowerCase() === 'letter' || media.toLowerCase() === 'legal' ? media.toLowerCase() : media;
}

/**
 * Where pdf-to-printer's SumatraPDF.exe is; inside a packaged app, its copy unpacked from the asar archive.
 * Built with the platform's `path` functions; tests pass `path.win32` to check the Windows form on Linux.
 */
export function sumatraPath(
  resolve: (id: string) => string = createRequire(import.meta.url).resolve,
  pathApi: Pick<typeof path, 'dirname' | 'join'> = path,
): string {
  return outsideAsar(pathApi.join(pathApi.dirname(resolve('pdf-to-printer/package.json')), 'dist', 'SumatraPDF.exe'));
}

export interface WindowsBackendOptions {
  run?: ProgramRunner;
  sumatra?: string;
  /** Folder for the document while SumatraPDF reads it (deleted afterwards). */
  tempDir?: string;
  timeoutMs?: number;
}

export class WindowsBackend implements PrintBackend {
  readonly system = 'windows' as const;
  private readonly run: ProgramRunner;
  private readonly sumatraExe: string | null;
  private readonly tempDir: string;
  private readonly timeoutMs: number;

  constructor(opts: WindowsBackendOptions = {}) {
    this.run = opts.run ?? execFileRunner;
    this.sumatraExe = opts.sumatra ?? null;
    this.tempDir = opts.tempDir ?? join(tmpdir(), 'mews-device-bridge-print');
    this.timeoutMs = opts.timeoutMs ?? 120_000;
  }

  async list(): Promise<SystemPrinterList> {
    try {
      const out = await this.run('powershell.exe', POWERSHELL_ARGS, { timeoutMs: 30_000 });
      const printers = parsePrinterJson(out);
      return { system: 'windows', printers, defaultPrinter: printers.find((p) => p.isDefault)?.name ?? null, error: null };
    } catch (err) {
      const note = [msg('system.windowsListFailed', { error: errText(err) })];
      return { system: 'windows', printers: [], defaultPrinter: null, error: englishNote(note), errorNote: note };
    }
  }

  async printer(ref: PrinterRef): Promise<SystemPrinter> {
    if (ref.kind === 'direct') throw new NoSuchPrinterError(`${ref.uri} (add it as a Windows printer; ipp:// addresses are for CUPS)`);
    const listed = await this.list();
    if (listed.error) throw new PrintSystemDownError(listed.errorNote ?? listed.error);
    const p = listed.printers.find((x) => x.name === ref.name);
    if (!p) throw new NoSuchPrinterError(ref.name);
    return p;
  }

  async submit(req: SubmitRequest): Promise<SubmittedJob> {
    if (req.printer.kind !== 'queue') throw new NoSuchPrinterError(req.printer.uri);
    await mkdir(this.tempDir, { recursive: true });
    // No ".pdf" ending: SumatraPDF recognises PDF by content, and a print path into CUPS (Wine) would retype it.
    const file = join(this.tempDir, `mews-${randomUUID()}`);
    await writeFile(file, req.pdf);
    try {
      await this.run(this.sumatra(), sumatraArgs(req.printer.name, req.options, req.copies, file), { timeoutMs: this.timeoutMs });
    } catch (err) {
      throw new DeviceError(msg('system.windowsFailed', { printer: req.printer.name, error: errText(err) }));
    } finally {
      await rm(file, { force: true }).catch(() => undefined);
    }
    return { handle: null, label: `Windows printer ${req.printer.name}`, dropped: [], untracked: true };
  }

  async job(): Promise<JobSnapshot> {
    return { state: 'completed', reasons: [], message: null };
  }

  async cancel(): Promise<void> {
    /* handed to the spooler: nothing to cancel from here */
  }

  private sumatra(): string {
    return this.sumatraExe ?? sumatraPath();
  }
}

/** The SumatraPDF command line for one job: `-print-to NAME -print-settings S -silent FILE`. */
export function sumatraArgs(printer: string, opts: SystemOptions, copies: number, file: string): string[] {
  return ['-print-to', printer, '-print-settings', sumatraSettings(opts, copies), '-silent', file];
}

/** Parses the JSON of LIST_PRINTERS_SCRIPT (one object or an array). Throws on anything else. */
export function parsePrinterJson(out: string): SystemPrinter[] {
  const trimmed = out.trim();
  if (!trimmed) return [];
  const raw: unknown = JSON.parse(trimmed);
  const rows = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
  return rows
    .filter((r) => typeof r?.Name === 'string')
    .map((r) => {
      const status = typeof r.Status === 'string' ? r.Status : 'Normal';
      const reason = STATUS_REASONS[status];
      const reasons = reason && reason !== 'none' ? [reason] : [];
      const state: SystemPrinter['state'] =
        status === 'Paused' ? 'stopped' : status === 'Printing' || status === 'Busy' ? 'processing' : 'idle';
      return {
        name: r.Name as string,
        info: typeof r.Comment === 'string' && r.Comment ? r.Comment : null,
        uri: null,
        state,
        reasons,
        problem: statusWords(reasons, state),
        isDefault: r.IsDefault === true,
        acceptingJobs: true,
        makeAndModel: typeof r.DriverName === 'string' ? r.DriverName : null,
        location: typeof r.Location === 'string' && r.Location ? r.Location : null,
        driverName: typeof r.DriverName === 'string' ? r.DriverName : null,
        portName: typeof r.PortName === 'string' ? r.PortName : null,
        supported: NO_CAPABILITIES,
      };
    });
}

/** The program's or the OS's own first line of the error; a missing program in the note's language. */
function errText(err: unknown): string | Message {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT') return msg('system.programNotFound');
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
