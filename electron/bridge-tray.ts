import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import type { Snapshot } from '../src/bridge/api.js';
import { trayIconPng } from './tray-icon-png.js';
import { trayLook, type TrayState } from './tray-state.js';

export interface TrayActions {
  open(): void;
  setPaused(paused: boolean): void;
  reconnect(): void;
  openLogs(): void;
  quit(): void;
}

function icon(state: TrayState): NativeImage {
  const img = nativeImage.createFromBuffer(trayIconPng(state, 16), { scaleFactor: 1 });
  img.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(state, 32) });
  return img;
}

/** The tray icon: colour and tooltip follow the snapshot; the menu holds the everyday actions. */
export class BridgeTray {
  private readonly tray: Tray;
  private readonly icons = new Map<TrayState, NativeImage>();
  state: TrayState = 'offline';
  tooltip = '';
  private paused = false;

  constructor(private readonly actions: TrayActions) {
    this.tray = new Tray(this.iconFor('offline'));
    this.tray.on('click', () => actions.open());
    this.update(null);
  }

  private iconFor(state: TrayState): NativeImage {
    let img = this.icons.get(state);
    if (!img) this.icons.set(state, (img = icon(state)));
    return img;
  }

  update(snapshot: Snapshot | null): void {
    const look = trayLook(snapshot);
    const paused = snapshot?.connection.paused ?? false;
    if (look.state !== this.state || !this.tooltip) this.tray.setImage(this.iconFor(look.state));
    if (look.tooltip !== this.tooltip) this.tray.setToolTip(look.tooltip);
    if (paused !== this.paused || !this.tooltip) this.setMenu(paused);
    this.state = look.state;
    this.tooltip = look.tooltip;
    this.paused = paused;
  }

  private setMenu(paused: boolean): void {
    const a = this.actions;
    this.tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Mews Device Bridge', click: () => a.open() },
        { type: 'separator' },
        { label: paused ? 'Resume commands' : 'Pause commands', click: () => a.setPaused(!paused) },
        { label: 'Reconnect to Mews', click: () => a.reconnect() },
        { label: 'Open logs', click: () => a.openLogs() },
        { type: 'separator' },
        { label: 'Quit', click: () => a.quit() },
      ]),
    );
  }

  destroy(): void {
    this.tray.destroy();
  }
}
