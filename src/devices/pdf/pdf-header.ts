import { UnrunnableCommandError } from '../driver.js';
import { msg } from '../../i18n/note.js';

/** True when the bytes are a PDF file: its header `%PDF-` within the first 1024 bytes, where PDF readers accept it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

/** Megabytes to one decimal (the note formats the number in its language). */
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/** Checks what can be checked without parsing, so obviously bad input never reaches pdf.js. */
export function checkPdfBytes(pdf: Uint8Array, maxPdfBytes: number): void {
  if (pdf.length === 0) throw new UnrunnableCommandError(msg('pdf.empty'));
  if (pdf.length > maxPdfBytes) throw new UnrunnableCommandError(msg('pdf.tooLarge', { size: mb(pdf.length), limit: mb(maxPdfBytes) }));
  if (!looksLikePdf(pdf)) throw new UnrunnableCommandError(msg('pdf.notPdf'));
}
