/** True when the bytes are a PDF file: its header `%PDF-` within the first 1024 bytes, where PDF readers accept it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}
