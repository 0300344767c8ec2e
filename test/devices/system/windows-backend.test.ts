import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemOptionsSchema } from '../../../src/config/schema.js';
import { SystemPrinterDriver } from '../../../src/devices/system/index.js';
import {
  LIST_PRINTERS_SCRIPT,
  POWERSHELL_ARGS,
  sumatraPath,
  WindowsBackend,
  type ProgramRunner,
} from '../../../src/devices/system/windows-backend.js';
import { makePdf, sampleInvoice } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/core-harness.js';
import { makeCtx, printJob } from './fixtures.js';

/**
 * The Windows spooler path cannot run here (no Windows, and PowerShell does not exist under Wine):
 * these tests check the exact programs and argument arrays it would run, through a recording
 * runner. The SumatraPDF part runs for real under Wine in the Windows smoke suite (issue 16).
 */

const PRINTERS_JSON = JSON.stringify([
  {
    Name: 'Front Desk "A4"; del C:\\*',
    DriverName: 'HP Universal Printing PCL 6',
    PortName: 'USB001',
    Comment: '',
    Location: 'Reception',
    Status: 'Normal',
    IsDefault: true,
  },
  {
    Name: 'Back Office',
    DriverName: 'Microsoft IPP Class Driver',
    PortName: 'WSD-1234',
    Comment: 'Invoices',
    Location: null,
    Status: 'PaperOut',
    IsDefault: false,
  },
]);

function recorder(outputs: Record<string, string>) {
  const calls: { file: string; args: string[]; doc?: Buffer }[] = [];
  const run: ProgramRunner = async (file, args) => {
    // The document must exist while SumatraPDF runs; keep a copy to compare.
    const last = args[args.length - 1]!;
    calls.push({ file, args: [...args], doc: file.endsWith('SumatraPDF.exe') && existsSync(last) ? readFileSync(last) : undefined });
    return outputs[file] ?? '';
  };
  return { run, calls };
}

describe('Windows spooler backend (exact command lines)', () => {
  it('lists printers with one fixed PowerShell command (Get-Printer, default from Win32_Printer) and maps their status', async () => {
    const { run, calls } = recorder({ 'powershell.exe': PRINTERS_JSON });
    const list = await new WindowsBackend({ run }).list();
    expect(calls).toEqual([{ file: 'powershell.exe', args: [...POWERSHELL_ARGS], doc: undefined }]);
    expect(POWERSHELL_ARGS).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', LIST_PRINTERS_SCRIPT]);
    expect(LIST_PRINTERS_SCRIPT).toContain('Get-Printer | Select-Object Name,DriverName,PortName');
    expect(LIST_PRINTERS_SCRIPT).toContain("Get-CimInstance -ClassName Win32_Printer -Filter 'Default=TRUE'");
    expect(list.system).toBe('windows');
    expect(list.defaultPrinter).toBe('Front Desk "A4"; del C:\\*');
    const back = list.printers.find((p) => p.name === 'Back Office')!;
    expect(back).toMatchObject({
      info: 'Invoices',
      reasons: ['media-empty'],
      problem: 'Out of paper',
      driverName: 'Microsoft IPP Class Driver',
      portName: 'WSD-1234',
    });
  });

  it('a single printer (PowerShell prints an object, not an array) and an empty list both parse', async () => {
    const one = recorder({
      'powershell.exe': JSON.stringify({ Name: 'Only', DriverName: 'd', PortName: 'p', Status: 'Offline', IsDefault: false }),
    });
    expect((await new WindowsBackend({ run: one.run }).list()).printers.map((p) => [p.name, p.reasons])).toEqual([['Only', ['offline']]]);
    const none = recorder({ 'powershell.exe': '' });
    expect((await new WindowsBackend({ run: none.run }).list()).printers).toEqual([]);
  });

  it('says why when PowerShell cannot run', async () => {
    const run: ProgramRunner = async () => {
      throw Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' });
    };
    expect((await new WindowsBackend({ run }).list()).error).toBe('The Windows printers could not be listed (program not found).');
  });

  it('prints through SumatraPDF with -print-to NAME -print-settings … -silent FILE: the name is one argument, never a shell string', async () => {
    const tmp = tempDir('win-spool-');
    try {
      const { run, calls } = recorder({ 'powershell.exe': PRINTERS_JSON });
      const backend = new WindowsBackend({
        run,
        sumatra: 'C:\\app\\resources\\app.asar.unpacked\\node_modules\\pdf-to-printer\\dist\\SumatraPDF.exe',
        tempDir: tmp.path,
      });
      const options = systemOptionsSchema.parse({
        media: 'A4',
        sides: 'two-sided-long-edge',
        mediaSource: 'tray-2',
        printColorMode: 'monochrome',
        printScaling: 'fit',
      });
      const driver = new SystemPrinterDriver({ id: 'd', name: 'Office', enabled: true, driver: 'system', options }, backend, 'test', {
        statusPollMs: 0,
      });
      const pdf = makePdf([sampleInvoice(), sampleInvoice(), sampleInvoice()]);
      const res = await driver.execute(
        printJob(pdf, 2, 'front desk "a4"; DEL c:\\*', { printerDriverName: 'HP Universal Printing PCL 6', printerPortName: 'LPT1' }),
        makeCtx(),
      );
      const print = calls.find((c) => c.file.endsWith('SumatraPDF.exe'))!;
      expect(print.args.slice(0, -1)).toEqual([
        '-print-to',
        'Front Desk "A4"; del C:\\*',
        '-print-settings',
        '2x,duplexlong,fit,monochrome,paper=A4,bin=tray-2',
        '-silent',
      ]);
      // The document as Mews sent it, in a temp file without a .pdf ending, removed afterwards.
      const file = print.args.at(-1)!;
      expect(file.startsWith(tmp.path)).toBe(true);
      expect(file.endsWith('.pdf')).toBe(false);
      expect(Buffer.compare(print.doc!, Buffer.from(pdf))).toBe(0);
      expect(existsSync(file)).toBe(false);
      expect(res.notes).toMatch(/^Handed to the Windows print spooler for "Front Desk "A4"; del C:\\\*" × 2 copies\./);
      // Driver matches; the port Mews names differs and is reported.
      expect(res.notes).toMatch(/Mews names the port "LPT1", but "Front Desk "A4"; del C:\\\*" is on "USB001"/);
      expect(res.notes).not.toMatch(/names the driver/);
    } finally {
      tmp.cleanup();
    }
  });

  it("finds pdf-to-printer's SumatraPDF.exe, and its copy unpacked from the asar archive in a packaged app", () => {
    expect(existsSync(sumatraPath())).toBe(true);
    expect(
      sumatraPath(() => 'C:\\Program Files\\Bridge\\resources\\app.asar\\node_modules\\pdf-to-printer\\package.json', path.win32),
    ).toBe('C:\\Program Files\\Bridge\\resources\\app.asar.unpacked\\node_modules\\pdf-to-printer\\dist\\SumatraPDF.exe');
  });
});
