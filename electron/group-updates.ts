import type { AppUpdater, UpdateInfo } from 'electron-updater';
import type { BridgeApi } from '../src/bridge/api.js';
import { holdQuietMoment } from '../src/bridge/quiet-moment.js';
import type { UpdatesConfig } from '../src/config/schema.js';
import type { Logger } from '../src/util/logger.js';

/**
 * Self-update from the hotel group's own server, with electron-builder's updater (electron-updater) and its
 * `generic` provider: `<url>/latest.yml` (`latest-linux.yml` on Linux) describes the release, the installer is
 * downloaded next to it. What electron-updater checks, and how it is set here:
 * - **checksum**: every download is verified against the SHA-512 in the metadata (a file that does not match is
 *   refused with `ERR_CHECKSUM_MISMATCH`, and nothing is installed);
 * - **signature** (Windows): the installer must be Authenticode-signed by `win.signtoolOptions.publisherName`
 *   from `app-update.yml` (written by electron-builder), else `ERR_UPDATER_INVALID_SIGNATURE`;
 * - **staged rollout**: `stagingPercentage` in the metadata is honoured per install (a stable random id in the
 *   user data folder decides whether this PC is in the first N %);
 * - **never a downgrade**, no web installer, no differential download (a whole, verified file every time).
 * Installing waits for a quiet moment (`holdQuietMoment`): no command runs or waits, and the bridge is paused
 * so none starts; then the app quits, the installer runs silently and the app starts again.
 */
export interface GroupUpdatesOptions {
  updater: AppUpdater;
  api: BridgeApi;
  config: UpdatesConfig & { url: string };
  log: Logger;
  /** Installs the downloaded update and restarts (default `updater.quitAndInstall(true, true)`). */
  install?: () => void;
  /** When the app is still running this long after the install started, the bridge is resumed (default 2 min). */
  installTimeoutMs?: number;
}

export class GroupUpdates {
  private timer: NodeJS.Timeout | null = null;
  private fallback: NodeJS.Timeout | null = null;
  private readonly abort = new AbortController();
  private installing = false;
  /** The version downloaded and waiting for a quiet moment, if any. */
  ready: UpdateInfo | null = null;

  constructor(private readonly opts: GroupUpdatesOptions) {
    const u = opts.updater;
    u.setFeedURL({ provider: 'generic', url: opts.config.url, channel: opts.config.channel });
    u.autoDownload = true;
    u.autoInstallOnAppQuit = false; // installed at a quiet moment, never as a side effect of quitting mid-command
    u.allowDowngrade = false;
    u.disableWebInstaller = true;
    u.disableDifferentialDownload = true;
    u.logger = {
      info: (m?: unknown) => opts.log.info({ part: 'updater' }, String(m)),
      warn: (m?: unknown) => opts.log.warn({ part: 'updater' }, String(m)),
      error: (m?: unknown) => opts.log.error({ part: 'updater' }, String(m)),
      debug: (m: string) => opts.log.debug({ part: 'updater' }, m),
    };
    u.on('error', (err: Error) => opts.log.warn({ part: 'updater', err: err.message }, 'Update failed; the current version keeps running'));
    u.on('update-downloaded', (info: UpdateInfo) => void this.installWhenQuiet(info));
  }

  /** Checks now and then every `checkEveryHours`. */
  start(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), this.opts.config.checkEveryHours * 3_600_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.fallback) clearTimeout(this.fallback);
    this.abort.abort(new Error('stopped'));
  }

  /** One check (downloads what it finds, when this install is within the rollout). Errors are logged, not thrown. */
  async check(): Promise<UpdateInfo | null> {
    try {
      const r = await this.opts.updater.checkForUpdates();
      if (r?.downloadPromise) await r.downloadPromise;
      return r?.isUpdateAvailable ? r.updateInfo : null;
    } catch {
      return null; // reported by the 'error' event
    }
  }

  private async installWhenQuiet(info: UpdateInfo): Promise<void> {
    this.ready = info;
    if (this.installing) return;
    this.installing = true;
    this.opts.log.info({ part: 'updater', version: info.version }, 'Update downloaded and verified; installing at the next quiet moment');
    let moment;
    try {
      moment = await holdQuietMoment(this.opts.api, this.abort.signal);
    } catch {
      this.installing = false;
      return; // stopped
    }
    this.opts.log.info({ part: 'updater', version: info.version }, 'Installing the update now (no command running)');
    // Normally the app quits now. If it does not (the installer failed to start), the bridge must not stay paused.
    this.fallback = setTimeout(() => {
      this.installing = false;
      this.opts.log.warn(
        { part: 'updater', version: info.version },
        'The update did not install; the bridge carries on with the current version',
      );
      void moment.release();
    }, this.opts.installTimeoutMs ?? 120_000);
    this.fallback.unref();
    try {
      (this.opts.install ?? (() => this.opts.updater.quitAndInstall(true, true)))();
    } catch (err) {
      this.opts.log.warn(
        { part: 'updater', err: String(err) },
        'The update did not install; the bridge carries on with the current version',
      );
      clearTimeout(this.fallback);
      this.installing = false;
      await moment.release();
    }
  }
}
