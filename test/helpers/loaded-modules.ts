/**
 * Preload (`node --import tsx --import ./test/helpers/loaded-modules.ts …`) that lets a test ask a child process
 * which modules it has loaded: send it the message `'loaded-modules?'` over the IPC channel and it answers
 * `{ loadedModules: LoadedModules }`. Sees ES modules through a loader hook, CommonJS ones through the require
 * cache, and Node's own internals (such as undici, behind the global fetch) through `process.moduleLoadList`.
 */
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

export interface LoadedModules {
  /** file: URLs of ES modules and paths of CommonJS ones. */
  files: string[];
  /** Node's internal modules, e.g. `NativeModule internal/deps/undici/undici`. */
  builtins: string[];
}

/** The loader hook, inline: it reports every URL it loads over the port handed to `initialize`. */
const HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  const r = await next(url, context);
  port.postMessage(url);
  return r;
}`;

const esm = new Set<string>();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url: string) => esm.add(url));
port1.unref();
register(`data:text/javascript,${encodeURIComponent(HOOK)}`, { data: { port: port2 }, transferList: [port2] });

const require = createRequire(import.meta.url);
process.on('message', (msg) => {
  if (msg !== 'loaded-modules?') return;
  const builtins = (process as unknown as { moduleLoadList: string[] }).moduleLoadList;
  const loadedModules: LoadedModules = { files: [...esm, ...Object.keys(require.cache)], builtins: [...builtins] };
  process.send?.({ loadedModules });
});
