/** What changed inside the core; the service turns these into BridgeEvents with views. */
export interface CoreEvents {
  command: [id: string];
  device: [id: string];
  devices: [];
  connection: [reason: string | undefined];
  notice: [level: 'info' | 'warn' | 'error', message: string];
}

/** How the parts of the core (intake, runner, device set) say that something changed. */
export interface CoreSignals {
  command: (id: string) => void;
  device: (id: string) => void;
  notice: (level: CoreEvents['notice'][0], message: string) => void;
}

/** The core's run state as its parts see it. */
export interface CoreLife {
  /** Set once by stop(): take no new work. */
  readonly stopping: boolean;
  /** A person paused the bridge: commands wait until resumed. */
  readonly paused: boolean;
}
