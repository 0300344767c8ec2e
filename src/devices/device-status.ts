/**
 * A device's status as the bridge, the UI, `/api/status` and the metrics see it. Plain types, type imports of
 * plain modules only: the renderer reads them through `src/bridge/api.ts` and must not pull Node's types in
 * (`test/packaging/renderer-types.test.ts` checks it). Drivers publish it through `StatusBoard`.
 */
import type { Note } from '../i18n/note.js';

/** How usable the device is: `busy` is working (printing); `attention` and `offline` are problems staff see. */
export type DeviceHealth = 'online' | 'busy' | 'attention' | 'offline' | 'unknown';

/** What a driver reports: the status without its time stamp (the board adds it). */
export interface StatusReport {
  health: DeviceHealth;
  /** Short plain-language words, e.g. "Paper out", "Cover open", "Link down"; null when there is nothing to say. */
  detail: string | null;
  /**
   * The same words as message keys (`src/i18n/note.ts`), for a UI to show them in its own language; absent when
   * the detail is not made of catalog messages (a device's own words, an older driver). `detail` is always its
   * English text, so readers of `detail` (`/api/status`, logs, metrics) see no change.
   */
  detailNote?: Note;
  /** Machine-readable flags, e.g. { paperOut: true, coverOpen: false }; {} when the driver has none. */
  flags: Record<string, boolean>;
}

export interface DeviceStatus extends StatusReport {
  /** ISO-8601 UTC time of the last change (not of the last check): a repeated identical report keeps it. */
  updatedAt: string;
}
