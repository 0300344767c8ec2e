import type { SystemOptions } from '../../config/schema.js';

/**
 * Per-device print settings → IPP Job Template attributes (RFC 8011 §5.2, PWG 5100.13 for
 * print-scaling and print-color-mode, PWG 5101.1 for media keywords).
 */

/** Friendly paper names staff pick, as PWG 5101.1 self-describing media keywords. */
export const PAPER_SIZES = {
  A3: 'iso_a3_297x420mm',
  A4: 'iso_a4_210x297mm',
  A5: 'iso_a5_148x210mm',
  A6: 'iso_a6_105x148mm',
  Letter: 'na_letter_8.5x11in',
  Legal: 'na_legal_8.5x14in',
} as const;

/** `A4` → `iso_a4_210x297mm`; a PWG keyword stays as it is; `auto` → null (the printer's default). */
export function mediaKeyword(media: string): string | null {
  if (media === 'auto') return null;
  const friendly = Object.entries(PAPER_SIZES).find(([k]) => k.toLowerCase() === media.toLowerCase());
  return friendly ? friendly[1] : media;
}

/** Paper size of a PWG keyword in hundredths of a millimetre (IPP media-size), or null. */
export function mediaSize(keyword: string): { 'x-dimension': number; 'y-dimension': number } | null {
  const m = /_([\d.]+)x([\d.]+)(mm|in)$/.exec(keyword);
  if (!m) return null;
  const unit = m[3] === 'mm' ? 100 : 2540;
  return { 'x-dimension': Math.round(Number(m[1]) * unit), 'y-dimension': Math.round(Number(m[2]) * unit) };
}

/** IPP orientation-requested enum values (RFC 8011 §5.2.10). `auto` sends none: each page keeps its own orientation. */
const ORIENTATION = { portrait: 3, landscape: 4 } as const;

/**
 * The Job Template attributes of one print job. Copies are collated
 * (`multiple-document-handling: separate-documents-collated-copies`). A paper tray is sent inside
 * `media-col` (the only place IPP has for it), with the paper size when one is set.
 */
export function jobAttributes(opts: SystemOptions, copies: number): Record<string, unknown> {
  const attrs: Record<string, unknown> = {
    copies,
    'multiple-document-handling': 'separate-documents-collated-copies',
    sides: opts.sides,
    'print-scaling': opts.printScaling,
  };
  if (opts.orientation !== 'auto') attrs['orientation-requested'] = ORIENTATION[opts.orientation];
  if (opts.printColorMode !== 'auto') attrs['print-color-mode'] = opts.printColorMode;
  const media = mediaKeyword(opts.media);
  if (opts.mediaSource !== 'auto') {
    const col: Record<string, unknown> = {};
    const size = media ? mediaSize(media) : null;
    if (size) col['media-size'] = size;
    col['media-source'] = opts.mediaSource;
    attrs['media-col'] = col;
  } else if (media) {
    attrs.media = media;
  }
  return attrs;
}
