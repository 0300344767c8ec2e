import type { EventEmitter } from 'node:events';
import type { BridgeConfig, DeviceConfig } from '../config/schema.js';
import type { DeviceStatus, JobContext, TestResult } from '../devices/driver.js';
import type { ActionResult, ConnectionView } from './api.js';
import type { Note } from '../i18n/note.js';
import type { CoreEvents } from './core-events.js';
import type { JournalEntry } from './journal.js';

/** A command as the views need it: the journal entry plus where it is on its device right now. */
export interface CommandState {
  entry: JournalEntry;
  running: boolean;
  /** 0..1 while running, else null. */
  progress: number | null;
  /** Waiting behind another command on the same device. */
  queuedBehind: boolean;
}

/** A running device as the views need it. */
export interface DeviceState {
  /** Set when another bridge serves this device too (the reason, in words for staff). */
  conflict: Note | null;
  /** Mews has no device with this Id (known only once the device list was read). */
  unknownInMews: boolean;
  /** Command id running now. */
  current: string | null;
  /** Commands waiting plus the one running. */
  queueLength: number;
  /** Commands waiting behind the running one (or for the device to start). */
  waiting: number;
  status: DeviceStatus;
  hasPreview: boolean;
}

/** Sizes of the core's in-memory tables, and counters. */
export interface CoreStats {
  journalEntries: number;
  /** Commands with in-memory state (being fetched, run or delivered, or remembered as foreign). */
  localCommands: number;
  foreignIds: number;
  /** Queued commands holding their last read from Mews (and its decoded document). */
  lastReads: number;
  /** WebSocket frames refused for size since start. */
  oversizedFrames: number;
  /** The Mews request budget: requests still allowed in its window, and its ceiling (lower after 429s). */
  mewsBudget: { left: number; limit: number };
  /** Re-syncs with Mews that failed in a row (0 after a good one). */
  failedResyncs: number;
}

/**
 * What `BridgeService` (and through it both UIs) may ask of the core. Nothing outside the core sees
 * its journal, drivers, socket or queues; it sees these answers.
 */
export interface CorePort extends Pick<EventEmitter<CoreEvents>, 'on'> {
  readonly config: BridgeConfig;
  start(): Promise<void>;
  /** Stop taking new commands, let running jobs finish (bounded by `graceMs`), deliver final states, close. */
  stop(graceMs?: number): Promise<void>;
  /** Replace the device set (after a settings change). Queued work on a changed device is kept. */
  applyDevices(devices: DeviceConfig[]): Promise<void>;
  retry(id: string): ActionResult;
  dismiss(id: string): ActionResult;
  setPaused(paused: boolean): void;
  reconnect(): void;
  connectionView(override?: string): ConnectionView;
  /** Every journal entry (unfinished and the kept history), in no particular order. */
  entries(): JournalEntry[];
  commandState(id: string): CommandState | null;
  /** Undefined for a device that is not running (disabled, or not configured). */
  deviceState(id: string): DeviceState | undefined;
  /** Runs the driver's harmless self-test; undefined when the device is not running. */
  testDevice(id: string, ctx: Pick<JobContext, 'signal' | 'log'>): Promise<TestResult> | undefined;
  /** PNG of the last thing the device printed, or null. */
  devicePreview(id: string): Uint8Array | null;
  /** Re-reads every active command (and every unfinished one) from Mews now. */
  resync(reason: string): Promise<void>;
  /** Removes guest data past the retention period as if it were `now` (ms); returns the command ids swept. */
  sweepGuestData(now?: number): string[];
  /** Sizes of the in-memory tables (the soak's leak check) and counters worth watching. */
  stats(): CoreStats;
}
