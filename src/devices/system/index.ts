import type { DeviceConfig } from '../../config/schema.js';
import type { Driver } from '../driver.js';
import type { PrintBackend } from './backend.js';
import { CupsBackend } from './cups-backend.js';
import { SystemPrinterDriver } from './system-printer-driver.js';
import type { SystemPrinterList } from './types.js';
import { WindowsBackend } from './windows-backend.js';

export { SystemPrinterDriver, type SystemDevice, type SystemDriverTuning } from './system-printer-driver.js';
export type { SystemPrinter, SystemPrinterList, PrinterCapabilities } from './types.js';
export { CupsBackend } from './cups-backend.js';
export { WindowsBackend } from './windows-backend.js';

/** The print system of this OS: the Windows spooler on Windows, CUPS elsewhere (Linux, macOS). */
export function printBackend(platform: NodeJS.Platform = process.platform): PrintBackend {
  return platform === 'win32' ? new WindowsBackend() : new CupsBackend();
}

/** The OS printers for the UI and `GET /api/printers`; never throws (`error` says why it is empty). */
export function listSystemPrinters(): Promise<SystemPrinterList> {
  return printBackend().list();
}

/** Factory for the registry's table (see escpos/index.ts for why it is listed, not self-registered). */
export function systemFactory(device: Extract<DeviceConfig, { driver: 'system' }>, deps: { version: string }): Driver {
  return new SystemPrinterDriver(device, printBackend(), deps.version);
}
