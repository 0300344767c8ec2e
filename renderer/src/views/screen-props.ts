import type { BridgeApi, PublicSettings, Snapshot } from '../../../src/bridge/api.js';
import type { Notify } from '../use-bridge.js';

/** What every settings screen gets from the app shell. */
export interface ScreenProps {
  api: BridgeApi;
  snapshot: Snapshot;
  settings: PublicSettings | null;
  reloadSettings: () => void;
  notify: Notify;
}
