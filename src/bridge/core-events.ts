import type { Note } from '../i18n/note.js';

/** What changed inside the core; the service turns these into BridgeEvents with views. */
export interface CoreEvents {
  command: [id: string];
  device: [id: string];
  devices: [];
  connection: [reason: string | undefined];
  /** `message` in English (or the note's text as Mews got it); `note` the same as message keys, when it is made of them. */
  notice: [level: 'info' | 'warn' | 'error', message: string, note?: Note];
}

/** How the parts of the core (intake, runner, device set) say that something changed. */
export interface CoreSignals {
  command: (id: string) => void;
  device: (id: string) => void;
  /** A notice for staff: English words or message keys (`Note`; the English text is made from it). */
  notice: (level: CoreEvents['notice'][0], message: string | Note) => void;
}

/** The core's run state as its parts see it. */
export interface CoreLife {
  /** Set once by stop(): take no new work. */
  readonly stopping: boolean;
  /** A person paused the bridge: commands wait until resumed. */
  readonly paused: boolean;
}
