/**
 * A tiny PDF writer (test sheets of OS printers, the demo, tests, benchmarks): pages of filled rectangles and Helvetica text, with
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
