import { UnrunnableCommandError } from '../driver.js';

/** True when the bytes are a PDF file: its header `%PDF-` within the first 1024 bytes, where PDF readers accept it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Checks what can be checked without parsing, so obviously bad input never reaches pdf.js. */
export function checkPdfBytes(pdf: Uint8Array, maxPdfBytes: number): void {
  if (pdf.length === 0) throw new UnrunnableCommandError('The document to print is empty. Please send it again.');
  if (pdf.length > maxPdfBytes)
    throw new UnrunnableCommandError(
      `The document is too large to print (${mb(pdf.length)}; this printer accepts up to ${mb(maxPdfBytes)}).`,
    );
  if (!looksLikePdf(pdf)) throw new UnrunnableCommandError('The document to print is not a PDF file, so nothing was printed.');
}
