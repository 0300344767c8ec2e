import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Same policy the dashboard sends as a header; the meta tag covers Electron's file:// window. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

/** Added at build time only: Vite's dev server needs inline scripts for hot reload. */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist-renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  // `npm run dev:renderer` next to `npm run demo`: API and socket go to the running dashboard.
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: process.env.BRIDGE_DASHBOARD_URL ?? 'http://127.0.0.1:7341', ws: true } },
  },
});
