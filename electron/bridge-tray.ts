import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import type { BridgeApi, Snapshot } from '../src/bridge/api.js';
import type { MessageKey } from '../src/i18n/catalogs/en.js';
import type { Language } from '../src/i18n/languages.js';
import { msg } from '../src/i18n/note.js';
import { renderMessage } from '../src/i18n/render-note.js';
import { trayIconPng } from './tray-icon-png.js';
import { trayLook, type TrayState } from './tray-state.js';

export interface TrayActions {
  open(): void;
  setPaused(paused: boolean): void;
  reconnect(): void;
  openLogs(): void;
  quit(): void;
}

/** How long the tray waits after a bridge event before it reads the snapshot (a burst of events → one read). */
const REFRESH_DELAY_MS = 200;

function icon(state: TrayState): NativeImage {
  const img = nativeImage.createFromBuffer(trayIconPng(state, 16), { scaleFactor: 1 });
  img.addRepresentation({ scaleFactor: 2, buffer: trayIconPng(state, 32) });
  return img;
}

/**
 * The tray icon: colour and tooltip follow the snapshot; the menu holds the everyday actions. Menu and
 * tooltip are in the bridge's language (`Snapshot.language.resolved`, the core's `language` setting);
 * a new language rebuilds both. `language` is the one to use until the first snapshot.
 */
export class BridgeTray {
  private readonly tray: Tray;
  private readonly icons = new Map<TrayState, NativeImage>();
  state: TrayState = 'offline';
  tooltip = '';
  private paused = false;
  private menuLanguage: Language | null = null;

  constructor(
    private readonly actions: TrayActions,
    private language: Language = 'en',
  ) {
    this.tray = new Tray(this.iconFor('offline'));
    this.tray.on('click', () => actions.open());
    this.update(null);
  }

  private iconFor(state: TrayState): NativeImage {
    let img = this.icons.get(state);
    if (!img) this.icons.set(state, (img = icon(state)));
    return img;
  }

  /** Shows `snapshot` (null: not known, e.g. while starting): icon, tooltip and, when paused or language changed, the menu. */
  update(snapshot: Snapshot | null): void {
    if (snapshot) this.language = snapshot.language.resolved;
    const look = trayLook(snapshot, this.language);
    const paused = snapshot?.connection.paused ?? false;
    if (look.state !== this.state || !this.tooltip) this.tray.setImage(this.iconFor(look.state));
    if (look.tooltip !== this.tooltip) this.tray.setToolTip(look.tooltip);
    if (paused !== this.paused || this.language !== this.menuLanguage) this.setMenu(paused);
    this.state = look.state;
    this.tooltip = look.tooltip;
    this.paused = paused;
  }

  /**
   * Keeps the tray up to date with `api`: every event but a notice (a language change comes as a `snapshot`
   * event) reads the snapshot, at most once per REFRESH_DELAY_MS. Returns the function that stops following.
   */
  follow(api: Pick<BridgeApi, 'subscribe' | 'getSnapshot'>): () => void {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      pending ??= setTimeout(() => {
        pending = null;
        api.getSnapshot().then(
          (s) => this.update(s),
          () => this.update(null),
        );
      }, REFRESH_DELAY_MS);
    };
    const unsubscribe = api.subscribe((e) => e.type !== 'notice' && refresh());
    refresh();
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
  }

  private setMenu(paused: boolean): void {
    const a = this.actions;
    const t = (key: MessageKey) => renderMessage(this.language, msg(key));
    this.tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: t('tray.open'), click: () => a.open() },
        { type: 'separator' },
        { label: t(paused ? 'tray.resume' : 'tray.pause'), click: () => a.setPaused(!paused) },
        { label: t('tray.reconnect'), click: () => a.reconnect() },
        { label: t('tray.openLogs'), click: () => a.openLogs() },
        { type: 'separator' },
        { label: t('tray.quit'), click: () => a.quit() },
      ]),
    );
    this.menuLanguage = this.language;
  }

  destroy(): void {
    this.tray.destroy();
  }
}
