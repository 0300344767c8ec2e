import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedPdfjsDir, outsideAsar, pdfjsDirParam, pdfjsResources } from '../../../src/devices/pdf/resources.js';

describe('pdf.js resources located from the installed pdfjs-dist', () => {
  const r = pdfjsResources();

  it('are plain directory paths ending in "/" (what pdf.js on Node reads with fs), never file:// URLs', () => {
    for (const dir of [r.cMapUrl, r.standardFontDataUrl, r.wasmUrl]) {
      expect(dir.endsWith('/')).toBe(true);
      expect(dir).not.toMatch(/^file:/);
      expect(path.isAbsolute(dir)).toBe(true);
    }
    expect(r.cMapPacked).toBe(true);
  });

  it('hold the files pdf.js asks for: packed CJK character maps, the standard fonts, the JPEG 2000 and JBIG2 decoders', () => {
    // pdf.js reads `${base}${fileName}`: check exactly those strings.
    for (const f of ['UniJIS-UCS2-H.bcmap', 'Adobe-Japan1-UCS2.bcmap', 'UniGB-UCS2-H.bcmap', 'UniKS-UCS2-H.bcmap'])
      expect(existsSync(`${r.cMapUrl}${f}`), f).toBe(true);
    for (const f of ['LiberationSans-Regular.ttf', 'FoxitSerif.pfb', 'FoxitFixed.pfb', 'FoxitSymbol.pfb', 'FoxitDingbats.pfb'])
      expect(existsSync(`${r.standardFontDataUrl}${f}`), f).toBe(true);
    for (const f of ['openjpeg.wasm', 'jbig2.wasm']) expect(existsSync(`${r.wasmUrl}${f}`), f).toBe(true);
    expect(readdirSync(r.cMapUrl).length).toBeGreaterThan(100);
  });

  it('take the Windows form pdf.js accepts: a Windows path with "/" appended (not "\\"), outside app.asar', () => {
    const packaged = 'C:\\Program Files\\Mews Device Bridge\\resources\\app.asar\\node_modules\\pdfjs-dist';
    const w = pdfjsResources(packaged, path.win32);
    const unpacked = 'C:\\Program Files\\Mews Device Bridge\\resources\\app.asar.unpacked\\node_modules\\pdfjs-dist';
    expect(w.cMapUrl).toBe(`${unpacked}\\cmaps/`);
    expect(w.standardFontDataUrl).toBe(`${unpacked}\\standard_fonts/`);
    expect(w.wasmUrl).toBe(`${unpacked}\\wasm/`);
    // pdf.js appends the file name; Windows resolves the mixed separators to the file in the folder.
    expect(path.win32.normalize(`${w.standardFontDataUrl}LiberationSans-Regular.ttf`)).toBe(
      `${unpacked}\\standard_fonts\\LiberationSans-Regular.ttf`,
    );
  });

  it('pdfjsDirParam ends every folder in exactly one "/"; outsideAsar leaves paths outside an archive alone', () => {
    expect(pdfjsDirParam('C:\\x\\cmaps\\')).toBe('C:\\x\\cmaps/');
    expect(pdfjsDirParam('/opt/x/cmaps//')).toBe('/opt/x/cmaps/');
    expect(outsideAsar('/opt/Mews/resources/app.asar/node_modules/pdfjs-dist')).toBe(
      '/opt/Mews/resources/app.asar.unpacked/node_modules/pdfjs-dist',
    );
    expect(outsideAsar('/opt/Mews/resources/app.asar.unpacked/node_modules/pdfjs-dist')).toBe(
      '/opt/Mews/resources/app.asar.unpacked/node_modules/pdfjs-dist',
    );
    expect(outsideAsar(installedPdfjsDir())).toBe(installedPdfjsDir());
  });
});
