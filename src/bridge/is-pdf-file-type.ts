/**
 * Spellings of the PDF media type met in the field: the registered `application/pdf` (RFC 8118) and the
 * unofficial ones browsers and mail clients still send (`application/x-pdf`, `application/acrobat`,
 * `applications/vnd.pdf`, `text/pdf`, `text/x-pdf`), plus a bare extension (`pdf`, `.pdf`, `PDF`).
 */
const PDF_TYPES = new Set([
  'application/pdf',
  'application/x-pdf',
  'application/acrobat',
  'application/vnd.pdf',
  'applications/vnd.pdf',
  'text/pdf',
  'text/x-pdf',
  'pdf',
]);

/** True when Mews's `FileType` names a PDF in any common spelling (case, spaces, parameters and a leading dot ignored). */
export function isPdfFileType(fileType: string): boolean {
  const base = fileType.split(';')[0]!.trim().toLowerCase().replace(/^\./, '');
  return PDF_TYPES.has(base);
}
