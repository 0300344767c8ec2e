/**
 * A device's status as the bridge, the UI, `/api/status` and the metrics see it. Plain types, no
 * imports: the renderer reads them through `src/bridge/api.ts` and must not pull Node's types in
 * (`test/packaging/renderer-types.test.ts` checks it). Drivers publish it through `StatusBoard`.
 */

/** How usable the device is: `busy` is working (printing); `attention` and `offline` are problems staff see. */
export type DeviceHealth = 'online' | 'busy' | 'attention' | 'offline' | 'unknown';

/** What a driver reports: the status without its time stamp (the board adds it). */
export interface StatusReport {
  health: DeviceHealth;
  /** Short plain-language words, e.g. "Paper out", "Cover open", "Link down"; null when there is nothing to say. */
  detail: string | null;
  /** Machine-readable flags, e.g. { paperOut: true, coverOpen: false }; {} when the driver has none. */
  flags: Record<string, boolean>;
}

export interface DeviceStatus extends StatusReport {
  /** ISO-8601 UTC time of the last change (not of the last check): a repeated identical report keeps it. */
  updatedAt: string;
}
