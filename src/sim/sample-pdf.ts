/**
 * A tiny PDF writer for the demo, tests and benchmarks: pages of filled rectangles and Helvetica text, with
 * a correct xref table. Coordinates are PDF points with the origin at the top-left (converted here).
 */
export interface PdfRect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** 0 = black … 1 = white. */
  grey?: number;
}

export interface PdfText {
  x: number;
  /** Baseline, from the top. */
  y: number;
  size: number;
  text: string;
  bold?: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  rects?: PdfRect[];
  texts?: PdfText[];
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    const ops: string[] = [];
    for (const r of p.rects ?? []) ops.push(`${r.grey ?? 0} g ${r.x} ${p.height - r.y - r.h} ${r.w} ${r.h} re f`);
    for (const t of p.texts ?? [])
      ops.push(`0 g BT /${t.bold ? 'F2' : 'F1'} ${t.size} Tf ${t.x} ${p.height - t.y} Td (${esc(t.text)}) Tj ET`);
    const content = ops.join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width} ${p.height}] /Contents ${stream} 0 R ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return writePdf(objects);
}

/**
 * A PDF file of `objects` (object i + 1 is `objects[i]`; object 1 must be the catalog), with a correct
 * xref table. Bodies are latin1 strings, so binary stream data passes through byte for byte.
 */
export function writePdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

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
