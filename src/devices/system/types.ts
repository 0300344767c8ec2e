import type { Note } from '../../i18n/note.js';

/**
 * What the bridge knows about one printer of this computer's print system (CUPS queue, Windows
 * printer) or one IPP printer address. Plain data: shown by the UI and matched by the driver.
 */
export interface SystemPrinter {
  /** Queue name (CUPS) or printer name (Windows): what `options.printer` and Mews's PrinterName hold. */
  name: string;
  /** Description shown in the OS settings (CUPS `printer-info`; macOS shows this as the name). */
  info: string | null;
  /** `ipp://…` of a printer reached directly; null for OS queues. */
  uri: string | null;
  /** IPP printer-state (RFC 8011 §5.4.11): idle, processing (printing) or stopped. */
  state: 'idle' | 'processing' | 'stopped' | 'unknown';
  /** IPP printer-state-reasons without "none" (e.g. `media-empty-error`, `paused`). */
  reasons: string[];
  /** Plain words for staff, e.g. "Out of paper", or null when all is well. */
  problem: string | null;
  isDefault: boolean;
  acceptingJobs: boolean;
  makeAndModel: string | null;
  location: string | null;
  /** Windows only: driver and port, compared with Mews's legacy PrinterDriverName / PrinterPortName. */
  driverName: string | null;
  portName: string | null;
  /** What the printer supports, when it says (IPP printers and CUPS driverless queues); empty = unknown. */
  supported: PrinterCapabilities;
}

export interface PrinterCapabilities {
  /** PWG media keywords, e.g. `iso_a4_210x297mm`, `na_letter_8.5x11in` (IPP `media-supported`). */
  media: string[];
  mediaDefault: string | null;
  /** IPP `sides-supported`: `one-sided`, `two-sided-long-edge`, `two-sided-short-edge`. */
  sides: string[];
  /** IPP `media-source-supported`: `auto`, `main`, `manual`, `tray-1`, … */
  mediaSources: string[];
  /** IPP `print-color-mode-supported`: `auto`, `color`, `monochrome`, … */
  colorModes: string[];
}

/** The printer list for the UI and `GET /api/printers`. */
export interface SystemPrinterList {
  /** `cups` (Linux, macOS) or `windows` (the spooler). */
  system: 'cups' | 'windows';
  printers: SystemPrinter[];
  /** Name of the default printer, or null. */
  defaultPrinter: string | null;
  /** Set when the print system could not be asked (e.g. "The CUPS print service is not running"), in English. */
  error: string | null;
  /** The same as a note (message keys), for staff in their language; set with `error`. */
  errorNote?: Note;
}

export const NO_CAPABILITIES: PrinterCapabilities = { media: [], mediaDefault: null, sides: [], mediaSources: [], colorModes: [] };
