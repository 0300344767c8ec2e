/** Sample documents for the demo, tests and benchmarks (the PDF writer lives with the drivers' PDF code). */
import { makePdf, writePdf, type PdfPage, type PdfRect, type PdfText } from '../devices/pdf/pdf-writer.js';

export { makePdf, writePdf, type PdfPage, type PdfRect, type PdfText };

/** 80 mm wide (226.77 pt) receipt pages. */
export const RECEIPT_WIDTH_PT = (80 / 25.4) * 72;
export const A4 = { width: 595.28, height: 841.89 };

/** A realistic hotel receipt: header, item lines, totals, footer. */
export function sampleReceipt(): PdfPage {
  const w = RECEIPT_WIDTH_PT;
  const items: [string, string][] = [
    ['Room 206, 2 nights', '240.00'],
    ['City tax 2 x 2', '8.00'],
    ['Breakfast x 2', '36.00'],
    ['Minibar', '6.50'],
    ['Parking', '20.00'],
  ];
  const texts: PdfText[] = [
    { x: 52, y: 40, size: 16, text: 'HOTEL PRAHA', bold: true },
    { x: 40, y: 58, size: 8, text: 'Narodni 12, 110 00 Prague 1' },
    { x: 58, y: 70, size: 8, text: 'VAT CZ12345678' },
    { x: 12, y: 100, size: 9, text: 'Invoice 2026-000417', bold: true },
    { x: 12, y: 113, size: 8, text: 'Guest: Jana Novakova' },
    { x: 12, y: 125, size: 8, text: 'Stay: 22.11.2026 - 24.11.2026' },
  ];
  items.forEach(([name, price], i) => {
    texts.push({ x: 12, y: 156 + i * 14, size: 9, text: name });
    texts.push({ x: w - 52, y: 156 + i * 14, size: 9, text: price });
  });
  const totalY = 156 + items.length * 14 + 20;
  texts.push({ x: 12, y: totalY, size: 12, text: 'TOTAL EUR', bold: true });
  texts.push({ x: w - 70, y: totalY, size: 12, text: '310.50', bold: true });
  texts.push({ x: 12, y: totalY + 16, size: 8, text: 'Paid by card **** 4242' });
  texts.push({ x: 40, y: totalY + 90, size: 9, text: 'Thank you for staying with us!' });
  return {
    width: w,
    height: totalY + 110,
    texts,
    rects: [
      { x: 12, y: 136, w: w - 24, h: 1.2 },
      { x: 12, y: totalY - 14, w: w - 24, h: 1.2 },
      { x: 63, y: totalY + 30, w: 100, h: 30, grey: 0.85 },
      { x: 70, y: totalY + 37, w: 86, h: 16, grey: 0 },
    ],
  };
}

/** An A4 invoice page: letterhead, a table with ruled rows, totals. */
export function sampleInvoice(): PdfPage {
  const texts: PdfText[] = [
    { x: 56, y: 80, size: 22, text: 'Hotel Praha', bold: true },
    { x: 56, y: 100, size: 10, text: 'Narodni 12, 110 00 Prague 1, Czech Republic' },
    { x: 400, y: 80, size: 14, text: 'INVOICE 2026-000417', bold: true },
    { x: 56, y: 160, size: 11, text: 'Bill to: Jana Novakova, Vinohradska 5, Prague' },
  ];
  const rects: PdfRect[] = [{ x: 56, y: 190, w: 483, h: 20, grey: 0.8 }];
  texts.push({ x: 62, y: 204, size: 10, text: 'Item', bold: true }, { x: 470, y: 204, size: 10, text: 'Amount', bold: true });
  for (let i = 0; i < 18; i++) {
    const y = 230 + i * 22;
    texts.push({ x: 62, y, size: 10, text: `Service line ${i + 1}: accommodation and extras` });
    texts.push({ x: 480, y, size: 10, text: `${(40 + i * 3.5).toFixed(2)}` });
    rects.push({ x: 56, y: y + 6, w: 483, h: 0.6 });
  }
  texts.push({ x: 380, y: 660, size: 14, text: 'Total EUR 1,255.50', bold: true });
  texts.push({ x: 56, y: 780, size: 8, text: 'Bank: CZ65 0800 0000 1920 0014 5399. Thank you for your stay.' });
  return { ...A4, texts, rects };
}
