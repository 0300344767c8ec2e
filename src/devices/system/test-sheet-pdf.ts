import type { SystemOptions } from '../../config/schema.js';
import { makePdf, type PdfRect, type PdfText } from '../pdf/pdf-writer.js';

/** A4 in PDF points (ISO 216: 210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };

export interface TestSheetInfo {
  deviceName: string;
  /** The OS printer it goes to, e.g. `office` or `ipp://10.0.0.5/ipp/print`. */
  printer: string;
  version: string;
  options: SystemOptions;
  status: string;
  now: Date;
}

/** The one-page A4 test sheet of a system printer: what it is, its settings, a frame to check the margins. */
export function testSheetPdf(info: TestSheetInfo): Uint8Array {
  const o = info.options;
  const rows: [string, string][] = [
    ['Device', info.deviceName],
    ['Printer', info.printer],
    ['Paper size', o.media],
    ['Fit to page', o.printScaling],
    ['Sides', o.sides],
    ['Tray', o.mediaSource],
    ['Colour', o.printColorMode],
    ['Orientation', o.orientation],
    ['Wait for staff', `${o.attentionWaitSeconds} s`],
    ['Printer status', info.status],
    ['Printed at', info.now.toISOString().replace('T', ' ').slice(0, 19) + ' UTC'],
  ];
  const texts: PdfText[] = [
    { x: 56, y: 90, size: 24, text: 'Mews Device Bridge', bold: true },
    { x: 56, y: 120, size: 14, text: 'Printer test page' },
    { x: 56, y: 140, size: 10, text: `Version ${info.version}` },
  ];
  rows.forEach(([k, v], i) => {
    texts.push({ x: 56, y: 200 + i * 24, size: 12, text: k, bold: true });
    texts.push({ x: 200, y: 200 + i * 24, size: 12, text: v.slice(0, 60) });
  });
  texts.push({
    x: 56,
    y: 760,
    size: 9,
    text: 'If this page is complete and the frame is visible on all sides, the printer is ready for Mews documents.',
  });
  const frame: PdfRect[] = [
    { x: 28, y: 28, w: A4.width - 56, h: 1.5 },
    { x: 28, y: A4.height - 29.5, w: A4.width - 56, h: 1.5 },
    { x: 28, y: 28, w: 1.5, h: A4.height - 56 },
    { x: A4.width - 29.5, y: 28, w: 1.5, h: A4.height - 56 },
    { x: 56, y: 170, w: A4.width - 112, h: 0.8 },
  ];
  return makePdf([{ ...A4, texts, rects: frame }]);
}
