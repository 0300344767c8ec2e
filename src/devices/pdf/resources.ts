import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The `getDocument` parameters that locate pdf.js's runtime resources on Node.
 *
 * Facts from the installed pdfjs-dist 5.6.205 (legacy build, `build/pdf.mjs`):
 * - `getFactoryUrlProp` accepts a string only when it ends in `/` (a trailing `\` is rejected).
 * - On Node every resource is read by `NodeBinaryDataFactory` with `fs.promises.readFile(base + fileName)`,
 *   so `base` must be a file-system path. A `file://` URL passes the check but never loads: pdf.js warns
 *   and falls back (wrong font, blank CJK text, no JPEG 2000 / JBIG2 images).
 * - `wasmUrl` serves `openjpeg.wasm` (JPEG 2000) and `jbig2.wasm` (JBIG2). ICC colour through `qcms_bg.wasm`
 *   needs `useWorkerFetch` (a synchronous XMLHttpRequest), which pdf.js turns off on Node, so ICC-based
 *   colour spaces use their `/Alternate` (or the device space of the same component count) there;
 *   `iccUrl` (the CMYK profile) depends on the same and is not passed.
 */
export interface PdfjsResources {
  /** Directory of the packed character maps (`*.bcmap`), ending in `/`. */
  cMapUrl: string;
  cMapPacked: true;
  /** Directory of the standard fonts (Foxit / Liberation), ending in `/`. */
  standardFontDataUrl: string;
  /** Directory of the wasm decoders, ending in `/`. */
  wasmUrl: string;
}

/** The pdfjs-dist folders that must exist as plain files (also in the packaged app: see electron-builder.yml asarUnpack). */
export const PDFJS_RESOURCE_DIRS = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts', wasmUrl: 'wasm' } as const;

/**
 * `dir` as pdf.js's base for `base + fileName`: the path with any trailing separator replaced by one `/`.
 * On Windows this gives e.g. `C:\Program Files\…\cmaps/`, which pdf.js accepts and `fs` reads
 * (Win32 paths take `/` and `\` alike).
 */
export function pdfjsDirParam(dir: string): string {
  return `${dir.replace(/[\\/]+$/, '')}/`;
}

/**
 * The same path outside Electron's `app.asar` archive: a folder listed in `asarUnpack` lives in
 * `app.asar.unpacked` next to the archive, where plain `fs`, `import()` and WebAssembly all see it.
 * Paths not inside an archive are returned unchanged.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}

/** The installed pdfjs-dist package folder (the one `import('pdfjs-dist/…')` loads). */
export function installedPdfjsDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * The resource parameters for `getDocument`, located in `packageDir` (default: the installed pdfjs-dist).
 * `pathApi` is the platform's `node:path` (tests pass `path.win32` to check the Windows form).
 */
export function pdfjsResources(packageDir: string = installedPdfjsDir(), pathApi: Pick<typeof path, 'join'> = path): PdfjsResources {
  const at = (sub: string) => pdfjsDirParam(pathApi.join(outsideAsar(packageDir), sub));
  return {
    cMapUrl: at(PDFJS_RESOURCE_DIRS.cMapUrl),
    cMapPacked: true,
    standardFontDataUrl: at(PDFJS_RESOURCE_DIRS.standardFontDataUrl),
    wasmUrl: at(PDFJS_RESOURCE_DIRS.wasmUrl),
  };
}
