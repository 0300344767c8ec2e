/**
 * The PDF renderer child process (see raster-process.ts). The parent imports this module only for
 * `RENDERER_CHILD_FILE` (so every build compiles it next to the parent); it serves requests only in
 * the child, which the parent starts with `MEWS_BRIDGE_RENDERER=1`. Messages in: `RenderRequest`;
 * out: `{ready}` once, then one `RenderReply` per request, in any order. Exits when the parent goes.
 */
import { fileURLToPath } from 'node:url';
import { DeviceError } from '../driver.js';
import { renderDocument } from './render-document.js';
import type { RenderReply, RenderRequest } from './raster-process.js';

/** This file, as the child's entry (the compiled .js, or the .ts source under tsx/vitest). */
export const RENDERER_CHILD_FILE = fileURLToPath(import.meta.url);

function serve(): void {
  const reply = (r: RenderReply) => {
    if (process.connected) process.send!(r);
  };
  process.on('message', (msg: RenderRequest) => {
    void renderDocument(msg.pdf, msg.opts, undefined, msg.which).then(
      (document) => reply({ id: msg.id, document }),
      (err: unknown) =>
        reply({
          id: msg.id,
          error: {
            message: err instanceof Error ? err.message : String(err),
            note: err instanceof DeviceError ? err.note : null,
            retryable: !(err instanceof DeviceError) || err.retryable,
          },
        }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  reply({ id: 0, ready: true });
}

if (process.env.MEWS_BRIDGE_RENDERER === '1' && process.send) serve();
