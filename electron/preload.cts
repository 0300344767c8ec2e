/*
 * Sandboxed preload: CommonJS, and it may require nothing but 'electron', so the method list is
 * spelled out here. The main process checks every call again (sender + zod).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload is CommonJS and may require only 'electron'
import electron = require('electron');
import type { BridgeApi, BridgeEvent } from '../src/bridge/api.js';

const { contextBridge, ipcRenderer } = electron;

const call =
  (method: string) =>
  (...args: unknown[]): Promise<never> => {
    while (args.length && args[args.length - 1] === undefined) args.pop();
    return ipcRenderer.invoke('bridge:call', method, args) as Promise<never>;
  };

const api: BridgeApi = {
  getSnapshot: call('getSnapshot'),
  subscribe(listener: (e: BridgeEvent) => void) {
    const handler = (_e: Electron.IpcRendererEvent, event: BridgeEvent) => listener(event);
    ipcRenderer.on('bridge:event', handler);
    return () => {
      ipcRenderer.removeListener('bridge:event', handler);
    };
  },
  getSettings: call('getSettings'),
  saveConnection: call('saveConnection'),
  saveDevice: call('saveDevice'),
  removeDevice: call('removeDevice'),
  testDevice: call('testDevice'),
  retryCommand: call('retryCommand'),
  dismissCommand: call('dismissCommand'),
  reconnect: call('reconnect'),
  setPaused: call('setPaused'),
  listSerialPorts: call('listSerialPorts'),
  listSystemPrinters: call('listSystemPrinters'),
  getDevicePreview: call('getDevicePreview'),
  searchHistory: call('searchHistory'),
  exportDiagnostics: call('exportDiagnostics'),
  getLog: call('getLog'),
  setStartAtLogin: call('setStartAtLogin'),
};

contextBridge.exposeInMainWorld('bridgeApi', api);
