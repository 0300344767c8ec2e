import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../src/devices/driver.js';
import { PdfRaster } from '../../src/devices/pdf/pdf-raster.js';
import { renderNote } from '../../src/i18n/render-note.js';

const OPTIONS = { widthDots: 576, monochrome: 'threshold', threshold: 128, maxPages: 10, maxPdfBytes: 1 << 20 } as const;

/** The note for a PDF that pdf.js cannot open (newcomer3 N4: `%PDF-1.4 broken`). */
async function damagedNote(): Promise<DeviceError> {
  const err = await PdfRaster.open(new Uint8Array(Buffer.from('%PDF-1.4 broken')), OPTIONS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeviceError);
  return err as DeviceError;
}

describe('a damaged PDF: the note in the language, pdf.js’s English kept at the end as a marked detail for support', () => {
  it('says what happened and what to do first, then the PDF reader’s message, labelled, without a doubled full stop', async () => {
    const { note } = await damagedNote();
    const detail = /\(([^()]*)\)$/;
    expect(renderNote('de', note)).toMatch(
      /^Das Dokument ist beschädigt oder unvollständig und kann nicht gedruckt werden\. Bitte erneut senden\. \(Meldung des PDF-Lesers, für den Support: [^.]+\)$/,
    );
    expect(renderNote('fr', note)).toMatch(
      /^Le document est endommagé ou incomplet et ne peut pas être imprimé\. Veuillez le renvoyer\. \(Message du lecteur PDF, pour le support : [^.]+\)$/,
    );
    expect(renderNote('cs', note)).toMatch(
      /^Dokument je poškozený nebo neúplný a nelze ho vytisknout\. Pošlete ho prosím znovu\. \(Hlášení čtečky PDF pro podporu: [^.]+\)$/,
    );
    // The detail is pdf.js's own text, the same in every language (support can search for it).
    const en = detail.exec(renderNote('en', note))![1]!;
    expect(en).toMatch(/^Message of the PDF reader, for support: \S/);
    const words = en.slice(en.indexOf(':') + 2);
    for (const language of ['de', 'fr', 'cs', 'es'] as const) expect(renderNote(language, note).endsWith(`${words})`)).toBe(true);
  });
});
