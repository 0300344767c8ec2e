/*
 * Sandboxed preload: CommonJS, and it may require nothing but 'electron'. It exposes the transport
 * only (`BridgeIpc`: one call, one event stream); the renderer builds its `BridgeApi` from
 * `BRIDGE_API_METHODS`, so no method is listed here. The main process checks every call again
 * (sender + method + zod arguments).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload is CommonJS and may require only 'electron'
import electron = require('electron');
import type { BridgeEvent, BridgeIpc } from '../src/bridge/api.js';

const { contextBridge, ipcRenderer } = electron;

const ipc: BridgeIpc = {
  call: (method, args) => ipcRenderer.invoke('bridge:call', method, args),
  subscribe(listener: (e: BridgeEvent) => void) {
    const handler = (_e: Electron.IpcRendererEvent, event: BridgeEvent) => listener(event);
    ipcRenderer.on('bridge:event', handler);
    return () => {
      ipcRenderer.removeListener('bridge:event', handler);
    };
  },
};

contextBridge.exposeInMainWorld('bridgeIpc', ipc);
