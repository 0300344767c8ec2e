import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeIco, ICO_SIZES, LINUX_SIZES, renderPng } from '../../build/generate-icons.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const at = (p: string) => join(ROOT, p);
const config = parse(readFileSync(at('electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The entries of an .ico: [width, height, PNG bytes]. */
function readIco(path: string): { size: number; png: Buffer }[] {
  const b = readFileSync(path);
  expect(b.readUInt16LE(0)).toBe(0);
  expect(b.readUInt16LE(2)).toBe(1);
  const n = b.readUInt16LE(4);
  return Array.from({ length: n }, (_, i) => {
    const e = 6 + i * 16;
    const w = b.readUInt8(e) || 256;
    const h = b.readUInt8(e + 1) || 256;
    expect(h).toBe(w);
    const len = b.readUInt32LE(e + 8);
    const off = b.readUInt32LE(e + 12);
    return { size: w, png: b.subarray(off, off + len) };
  });
}

describe('electron-builder.yml', () => {
  it('is accepted by the installed electron-builder’s own schema validation (no misspelled options)', async () => {
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (c: unknown, log: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    const log = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, log)).resolves.toBeUndefined();
    // …and that validation does reject a misspelled option, so the check above means something.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, log)).rejects.toThrow(/configuration/);
  });

  it('names the app and sets the output and resources directories', () => {
    expect(config.appId).toBe('com.mewsdevicebridge.app');
    expect(config.productName).toBe('Mews Device Bridge');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(readFileSync(at('.gitignore'), 'utf8').split('\n')).toContain('release/');
    // Generic provider only (it cannot upload): metadata for the group's own update server, never a publish.
    expect(config.publish).toEqual([{ provider: 'generic', url: 'https://updates.invalid/mews-device-bridge/' }]);
  });

  it('packs the Electron main, the compiled core, the renderer and package.json, where the build scripts put them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist-electron/**/*', 'dist-renderer/**/*']));
    // package.json "main" lies inside the packed files, in the folder tsc writes for Electron…
    expect(pkg.main.startsWith('dist-electron/')).toBe(true);
    const electronTs = JSON.parse(readFileSync(at('tsconfig.electron.json'), 'utf8')) as { compilerOptions: { outDir: string } };
    expect(electronTs.compilerOptions.outDir).toBe('dist-electron');
    expect(existsSync(at(pkg.main.replace(/^dist-electron\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    // …and vite writes the renderer to dist-renderer.
    expect(readFileSync(at('vite.config.ts'), 'utf8')).toMatch(/outDir:\s*fileURLToPath\(new URL\('\.\/dist-renderer'/);
    // `npm run dist` builds all three before electron-builder runs.
    expect(pkg.scripts.dist).toBe(
      'npm run build && npm run build:electron && npm run build:headless && electron-builder --config electron-builder.yml',
    );
    expect(pkg.scripts.build).toContain('vite build');
  });

  it('keeps the native serialport and @napi-rs/canvas binaries out of the asar archive', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@serialport/**', 'node_modules/@napi-rs/**']));
    expect(existsSync(at('node_modules/@serialport/bindings-cpp/prebuilds'))).toBe(true);
    const napi = readdirSync(at('node_modules/@napi-rs'));
    expect(napi).toContain('canvas');
    // The platform binary package of @napi-rs/canvas (e.g. canvas-linux-x64-gnu) sits under the same glob.
    expect(napi.some((d) => d.startsWith('canvas-'))).toBe(true);
  });

  it('keeps pdf.js’s character maps, standard fonts and wasm decoders out of the asar archive, where the rasteriser looks for them', async () => {
    const { minimatch } = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'))('minimatch') as typeof import('minimatch');
    const { PDFJS_RESOURCE_DIRS, outsideAsar, pdfjsResources } = await import('../../src/devices/pdf/resources.js');
    const unpacked = (rel: string) => (config.asarUnpack as string[]).some((glob) => minimatch(rel, glob, { dot: true }));
    for (const dir of Object.values(PDFJS_RESOURCE_DIRS)) {
      const files = readdirSync(at(`node_modules/pdfjs-dist/${dir}`));
      expect(files.length, dir).toBeGreaterThan(0);
      for (const f of files) expect(unpacked(`node_modules/pdfjs-dist/${dir}/${f}`), `${dir}/${f}`).toBe(true);
    }
    expect(unpacked('node_modules/pdfjs-dist/legacy/build/pdf.mjs')).toBe(false);
    // In the packaged app the package resolves inside app.asar; the rasteriser reads from app.asar.unpacked.
    const packaged = '/opt/Mews Device Bridge/resources/app.asar/node_modules/pdfjs-dist';
    const r = pdfjsResources(packaged);
    for (const [key, dir] of Object.entries(PDFJS_RESOURCE_DIRS))
      expect(r[key as keyof typeof PDFJS_RESOURCE_DIRS]).toBe(`${outsideAsar(packaged)}/${dir}/`);
    expect(r.cMapUrl.startsWith('/opt/Mews Device Bridge/resources/app.asar.unpacked/node_modules/pdfjs-dist/')).toBe(true);
  });

  it("keeps pdf-to-printer's SumatraPDF.exe out of the asar archive, where the Windows print path runs it", async () => {
    const { minimatch } = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'))('minimatch') as typeof import('minimatch');
    const unpacked = (rel: string) => (config.asarUnpack as string[]).some((glob) => minimatch(rel, glob, { dot: true }));
    expect(readdirSync(at('node_modules/pdf-to-printer/dist'))).toContain('SumatraPDF.exe');
    expect(unpacked('node_modules/pdf-to-printer/dist/SumatraPDF.exe')).toBe(true);
    const { sumatraPath } = await import('../../src/devices/system/windows-backend.js');
    const packaged = 'C:\\Program Files\\Mews Device Bridge\\resources\\app.asar\\node_modules\\pdf-to-printer\\package.json';
    expect(sumatraPath(() => packaged, win32)).toBe(
      'C:\\Program Files\\Mews Device Bridge\\resources\\app.asar.unpacked\\node_modules\\pdf-to-printer\\dist\\SumatraPDF.exe',
    );
  });

  it('skips the native rebuild only because both native modules are N-API prebuilds for every desktop OS', () => {
    expect(config.npmRebuild).toBe(false);
    const bindings = JSON.parse(readFileSync(at('node_modules/@serialport/bindings-cpp/package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(bindings.scripts.prebuildify).toContain('--napi');
    const prebuilds = readdirSync(at('node_modules/@serialport/bindings-cpp/prebuilds'));
    expect(prebuilds).toEqual(expect.arrayContaining(['win32-x64', 'linux-x64', 'darwin-x64+arm64']));
    const canvas = JSON.parse(readFileSync(at('node_modules/@napi-rs/canvas/package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    };
    expect(Object.keys(canvas.optionalDependencies)).toEqual(
      expect.arrayContaining([
        '@napi-rs/canvas-win32-x64-msvc',
        '@napi-rs/canvas-linux-x64-gnu',
        '@napi-rs/canvas-darwin-arm64',
        '@napi-rs/canvas-darwin-x64',
      ]),
    );
  });

  it('builds an assisted, per-machine NSIS installer for Windows', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, allowElevation: true });
  });

  it('builds AppImage and deb for Linux with a category and a maintainer', () => {
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^>\s]+>$/);
  });

  it('builds a dmg for macOS', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg' }]);
  });

  it('references only files that exist, with the sizes each platform needs', () => {
    const referenced = [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.mac.icon, config.linux.icon];
    for (const p of referenced) expect(existsSync(at(p)), p).toBe(true);
    expect(statSync(at(config.directories.buildResources)).isDirectory()).toBe(true);

    const mac = pngSize(at(config.mac.icon));
    expect(mac.width).toBe(mac.height);
    expect(mac.width).toBeGreaterThanOrEqual(512);

    const linuxDir = at(config.linux.icon);
    const names = readdirSync(linuxDir).sort();
    expect(names).toEqual(LINUX_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const name of names) {
      const n = Number(name.split('x')[0]);
      expect(pngSize(join(linuxDir, name))).toEqual({ width: n, height: n });
    }

    const ico = readIco(at(config.win.icon));
    expect(ico.map((e) => e.size)).toEqual([...ICO_SIZES]);
    expect(ico.map((e) => e.size)).toContain(256); // electron-builder refuses a Windows icon under 256×256
    for (const e of ico) {
      const decoded = PNG.sync.read(e.png);
      expect([decoded.width, decoded.height]).toEqual([e.size, e.size]);
    }
  });

  it('has every icon rendered from the one source image build/icon.svg (run `npm run icons` after editing it)', async () => {
    expect(pkg.scripts.icons).toBe('tsx build/generate-icons.ts');
    const svg = readFileSync(at('build/icon.svg'), 'utf8');
    const maxDiff = (a: Buffer, b: Buffer) => {
      const x = PNG.sync.read(a);
      const y = PNG.sync.read(b);
      expect([x.width, x.height]).toEqual([y.width, y.height]);
      let d = 0;
      for (let i = 0; i < x.data.length; i++) d = Math.max(d, Math.abs(x.data[i]! - y.data[i]!));
      return d;
    };
    expect(maxDiff(await renderPng(svg, 64), readFileSync(at('build/icons/64x64.png')))).toBeLessThanOrEqual(8);
    const ico256 = readIco(at('build/icon.ico')).find((e) => e.size === 256)!;
    expect(maxDiff(await renderPng(svg, 256), ico256.png)).toBeLessThanOrEqual(8);
    // A changed source image is noticed: a different picture differs by far more than rounding.
    const recoloured = svg.replace('#1f3a8a', '#ff0000');
    expect(maxDiff(await renderPng(recoloured, 64), readFileSync(at('build/icons/64x64.png')))).toBeGreaterThan(64);
  });

  it('writes a well-formed ICO with PNG entries', () => {
    const a = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const b = Buffer.from([0x89, 0x50, 0x4e, 0x47, 9]);
    const ico = encodeIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect(ico.length).toBe(6 + 2 * 16 + a.length + b.length);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect(ico.readUInt8(6 + 16)).toBe(0); // 256 is written as 0
    expect(ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 12) + a.length)).toEqual(a);
    expect(ico.subarray(ico.readUInt32LE(6 + 16 + 12))).toEqual(b);
    expect(() => encodeIco([{ size: 512, png: a }])).toThrow(/1…256/);
  });
});
