/**
 * The page policy of the UI, sent as a header by the dashboard and by the Electron window's session:
 * own scripts only; previews arrive as data: URLs. (The built page's meta tag, from vite.config.ts,
 * leaves out frame-ancestors, which a meta tag cannot carry.)
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
