/**
 * pdf.js reports what it could not do (a font it could not load, an image it could not decode) only as
 * `console.warn("Warning: …")` (pdfjs-dist 5.6.205, `warn()` in both build files, at verbosity ≥ 1).
 * Calls into pdf.js run here one at a time (on Node pdf.js runs on the calling thread anyway), and the
 * warnings emitted during a call go to that call's sink, so each document's warnings stay its own.
 * Anything else written to console.warn meanwhile passes through unchanged.
 */
let chain: Promise<unknown> = Promise.resolve();

export function withPdfjsWarnings<T>(sink: (warning: string) => void, fn: () => Promise<T>): Promise<T> {
  const run = chain.then(async () => {
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && first.startsWith('Warning: ')) sink(first.slice('Warning: '.length));
      else original.apply(console, args);
    };
    try {
      return await fn();
    } finally {
      console.warn = original;
    }
  });
  chain = run.catch(() => {});
  return run;
}

/** What a pdf.js warning means was lost from the printout, or null when nothing was (it is only logged). */
export function lostContent(warning: string): 'image' | 'text' | null {
  if (/image|jpx|jbig2|openjpeg/i.test(warning) && /unable|fail|error|corrupt|invalid|not ready|exceed/i.test(warning)) return 'image';
  if (/font|cmap|glyph/i.test(warning) && /unable|fail|error|missing|invalid|cannot/i.test(warning)) return 'text';
  return null;
}
