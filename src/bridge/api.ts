/**
 * The one typed API every UI uses. Electron's preload carries it over IPC, the headless dashboard
 * over a WebSocket; the renderer cannot tell which it has. Types plus one constant (the method list),
 * no imports at run time, so the renderer can import this file without pulling in Node.
 *
 * Adding a method: declare it in `BridgeApi` and `BRIDGE_API_METHODS` here, give its arguments a
 * schema in `api-args.ts`, implement it in `BridgeService`; the IPC, the dashboard and both clients
 * are built from the list.
 */
import type { DeviceInput, DeviceConfig, MewsConfig } from '../config/schema.js';
import type { TokenStorage } from '../config/settings-store.js';

export type { TokenStorage } from '../config/settings-store.js';
import type { LogLineView } from '../util/log-line-views.js';
import type { DeviceHealth } from '../devices/device-status.js';
import type { SystemPrinterList } from '../devices/system/types.js';
import type { Language, LanguageSetting } from '../i18n/languages.js';
import type { Note } from '../i18n/note.js';

export type { Language, LanguageSetting, Note };

/**
 * The `language` setting's values, for a chooser (`auto` = the computer's language). The same list as
 * the config schema's (`LANGUAGE_SETTINGS` in `src/i18n/languages.ts`), repeated here so the renderer
 * needs nothing else at run time; the compile-time checks below keep the two equal.
 */
export const LANGUAGE_CHOICES = ['auto', 'en', 'de', 'fr', 'es', 'cs'] as const satisfies readonly LanguageSetting[];
const everyLanguageListed: [Exclude<LanguageSetting, (typeof LANGUAGE_CHOICES)[number]>] extends [never] ? true : never = true;
void everyLanguageListed;

/** The language of the bridge's notes: the setting and what it resolves to now (`auto` → the computer's language, else English). */
export interface LanguageView {
  setting: LanguageSetting;
  resolved: Language;
}

export type { SystemPrinter, SystemPrinterList, PrinterCapabilities } from '../devices/system/types.js';

/**
 * `degraded`: the WebSocket is up but reads from the Connector API fail (the reason says how, e.g. "Mews answers
 * 503 — service unavailable; retrying"); commands are not being read until one succeeds (then `online`).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'degraded' | 'offline' | 'unauthorized' | 'stopped';

export interface ConnectionView {
  status: ConnectionStatus;
  /** Plain words for staff, in English, e.g. "Mews rejected the tokens (401)". */
  reason: string | null;
  /**
   * `reason` as message keys (`src/i18n/note.ts`: `{ key, params }` parts and plain strings), for a UI to show in
   * its language (`renderNote`); absent when the reason is not made of catalog messages. `reason` stays English.
   */
  reasonNote?: Note;
  since: string;
  environment: MewsConfig['environment'];
  /** Last successful re-sync with Mews (ISO time). */
  lastSyncAt: string | null;
  paused: boolean;
  /**
   * True in the built-in simulation (`npm run demo`): Mews and every device are simulators on this PC.
   * Not to be confused with `environment: "demo"`, Mews's own public demo environment.
   */
  simulation: boolean;
}

/** Where a command is in this bridge. `reported` means Mews has been told the final state. */
export type LocalPhase = (typeof LOCAL_PHASES)[number];
export const LOCAL_PHASES = ['queued', 'waiting', 'running', 'done', 'failed', 'cancelled', 'ignored'] as const;

export type MewsCommandState = (typeof MEWS_COMMAND_STATES)[number];
/** Mews's `CommandState` values (Connector API, commands/getAllActive and commands/update). */
export const MEWS_COMMAND_STATES = ['Pending', 'Received', 'Processing', 'Processed', 'Cancelled', 'Error'] as const;

/** The state a command row's badge shows: its local phase, or `dismissed` once staff dismissed it (`shownState`). */
export type ShownState = LocalPhase | 'dismissed';
export const SHOWN_STATES: readonly ShownState[] = [...LOCAL_PHASES, 'dismissed'];

/**
 * History search by the words a command row shows from the UI's own catalogs (the core does not know them): the
 * values whose words, as the UI shows them (in its language or in English), contain the query. `states`: the badge
 * (`shownState`); `mewsStates`: "Mews: <state>"; `reporting`: the "reporting to Mews…" mark (`reportPending`).
 * Built by the UI (`renderer/src/shown-word-match.ts`), matched by `searchHistory` besides the text the core knows.
 */
export interface ShownWordMatch {
  states: ShownState[];
  mewsStates: MewsCommandState[];
  reporting: boolean;
}

export interface CommandView {
  id: string;
  deviceId: string;
  deviceName: string;
  deviceType: string;
  phase: LocalPhase;
  /** Last state this bridge reported to (or read from) Mews. */
  mewsState: MewsCommandState;
  createdUtc: string;
  updatedAt: string;
  creator: string | null;
  /** 0..1 while running. */
  progress: number | null;
  notes: string | null;
  /** One line in English, e.g. "Print · 2 copies" or "2 keys · room 206 · Smith" (a UI shows `summaryParts` in its language). */
  summary: string;
  /**
   * The same summary as data, for a UI to show in its own language; null in the status without the dashboard
   * token. Added after 1.0.0's `summary`, which stays.
   */
  summaryParts: SummaryParts | null;
  /** True while Mews has not yet acknowledged the final state. */
  reportPending: boolean;
  canRetry: boolean;
  canDismiss: boolean;
  dismissed: boolean;
}

/**
 * A command's summary as data: `what` the command is, a note of the core catalogs (`src/i18n/catalogs`,
 * keys `summary.*`: "Print · 2 copies", "2 keys · room 206"; text kept as it is for a device type the bridge
 * does not run), and the `guest`'s last name on a key command (guest data; null otherwise and once the
 * retention period removed it). Shown as `what` and then ` · guest`.
 */
export interface SummaryParts {
  what: Note;
  guest: string | null;
}

export interface DeviceView {
  id: string;
  name: string;
  driver: DeviceConfig['driver'];
  enabled: boolean;
  health: DeviceHealth;
  /** Short words for staff in English ("Paper out", "Not connected: …"), or null. */
  detail: string | null;
  /** `detail` as message keys for a UI to show in its language; absent when there are none (a device's own words). */
  detailNote?: Note;
  flags: Record<string, boolean>;
  /** Commands waiting plus the one running (kept for /api/status readers; the UI shows `waiting`). */
  queueLength: number;
  /** Commands waiting, not counting the one running. */
  waiting: number;
  /** Command id running now, if any. */
  current: string | null;
  /** Human summary of the connection, e.g. "/dev/ttyUSB0 · 19200 baud" or "192.168.1.40:9100". */
  address: string;
  /** `address` as message keys, when it has words in it ("listening on …"); absent for a bare address. */
  addressNote?: Note;
  hasPreview: boolean;
}

export interface Snapshot {
  version: string;
  connection: ConnectionView;
  devices: DeviceView[];
  /** Recent commands, newest first. */
  commands: CommandView[];
  counts: { queued: number; running: number; failed: number; doneToday: number };
  /** The language notes are written in (the UI follows `resolved`). */
  language: LanguageView;
}

export type BridgeEvent =
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'command'; command: CommandView }
  | { type: 'device'; device: DeviceView }
  | { type: 'connection'; connection: ConnectionView }
  /** `message` in English; `messageNote` the same as message keys, when it is made of them. */
  | { type: 'notice'; level: 'info' | 'warn' | 'error'; message: string; messageNote?: Note; at: string };

/** A problem with one field of a form: `message` in English, `messageNote` the same as message keys when it is made of them. */
export interface FieldIssueView {
  field: string;
  message: string;
  messageNote?: Note;
}

export type SaveResult = { ok: true } | { ok: false; issues: FieldIssueView[] };

/**
 * What a person's action did. `message` is English words ("Paused: new commands wait until you resume");
 * `messageNote` the same as message keys (`src/i18n/note.ts`), for a UI to show in its language; absent when the
 * message is not made of catalog messages (an older core, a device's or the OS's own words).
 */
export interface ActionResult {
  ok: boolean;
  message: string;
  messageNote?: Note;
}

/** Settings as the UI sees them: tokens are never sent to the UI, only whether they are set. */
export interface PublicSettings {
  mews: Omit<MewsConfig, 'clientToken' | 'accessToken'> & { clientTokenSet: boolean; accessTokenSet: boolean };
  /** Devices as they run (overrides applied), so a form shows the address its card shows. */
  devices: DeviceConfig[];
  /** Absolute path of the data folder; null when it does not exist (nothing to show). */
  dataDir: string | null;
  /** Where the Mews tokens are kept (encrypted by the OS, the config file, environment variables, memory). */
  tokenStorage: TokenStorage;
  startAtLogin: boolean | null;
  language: LanguageView;
}

export interface ConnectionSettingsInput {
  environment: MewsConfig['environment'];
  apiUrl?: string;
  webSocketUrl?: string;
  client?: string;
  /** Omitted or empty = keep the stored token. */
  clientToken?: string;
  accessToken?: string;
}

export interface SerialPortInfo {
  path: string;
  manufacturer: string | null;
  serialNumber: string | null;
}

export interface PortListResult {
  ports: SerialPortInfo[];
  /** Set when the OS listing failed: the OS's reason only (the UI words the sentence); staff can still type a path. */
  error: string | null;
}

export interface BridgeApi {
  getSnapshot(): Promise<Snapshot>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
  getSettings(): Promise<PublicSettings>;
  saveConnection(input: ConnectionSettingsInput): Promise<SaveResult>;
  /** Add (no originalId) or edit a device. Validated with the shared schema; nothing saved on error. */
  saveDevice(input: DeviceInput, originalId?: string): Promise<SaveResult>;
  removeDevice(id: string): Promise<ActionResult>;
  testDevice(id: string): Promise<ActionResult>;
  retryCommand(id: string): Promise<ActionResult>;
  dismissCommand(id: string): Promise<ActionResult>;
  reconnect(): Promise<ActionResult>;
  setPaused(paused: boolean): Promise<ActionResult>;
  /**
   * Saves the `language` setting (stored like every setting: the app's store, the headless config file).
   * The next note is written in it, without a restart; every UI gets a `snapshot` event with the new `language`.
   */
  setLanguage(language: LanguageSetting): Promise<SaveResult>;
  listSerialPorts(): Promise<PortListResult>;
  /** The printers of this computer (CUPS / Windows) with state, default and capabilities, for the `system` driver's form. */
  listSystemPrinters(): Promise<SystemPrinterList>;
  /** PNG data URL of the last receipt a printer printed, or null. */
  getDevicePreview(id: string): Promise<string | null>;
  /**
   * Finished and open commands, newest first, whose id, device, summary, creator, notes or state contain `query`
   * (case-insensitive); the summary matches in English and, when given, as the UI shows it in `language`.
   * `shown`: commands whose badge, Mews state or reporting mark the UI shows with words containing `query` match
   * too (the UI's catalog words; see `ShownWordMatch`). At most `limit` (default 100, 1–1000).
   */
  searchHistory(query: string, limit?: number, language?: Language, shown?: ShownWordMatch): Promise<CommandView[]>;
  exportDiagnostics(): Promise<ActionResult>;
  /** The recent log, newest first, lines containing `query` (level, message or fields); at most `limit` (default 300). */
  getLog(query: string, limit?: number): Promise<LogLineView[]>;
  setStartAtLogin?(enabled: boolean): Promise<ActionResult>;
}

/**
 * Every `BridgeApi` method a UI calls remotely (all but `subscribe`, which is the event stream). The
 * preload, the Electron main side, the dashboard server and the browser client are built from this
 * list; `api-args.ts` holds each method's argument schema.
 */
export const BRIDGE_API_METHODS = [
  'getSnapshot',
  'getSettings',
  'saveConnection',
  'saveDevice',
  'removeDevice',
  'testDevice',
  'retryCommand',
  'dismissCommand',
  'reconnect',
  'setPaused',
  'setLanguage',
  'listSerialPorts',
  'listSystemPrinters',
  'getDevicePreview',
  'searchHistory',
  'exportDiagnostics',
  'getLog',
  'setStartAtLogin',
] as const satisfies readonly Exclude<keyof BridgeApi, 'subscribe'>[];

export type ApiMethod = (typeof BRIDGE_API_METHODS)[number];

/**
 * What the Electron preload exposes as `window.bridgeIpc`: the transport only (one call, one event
 * stream). The renderer builds its `BridgeApi` from it and `BRIDGE_API_METHODS`; the main process
 * checks every call (sender, method, arguments) again.
 */
export interface BridgeIpc {
  call: (method: ApiMethod, args: unknown[]) => Promise<unknown>;
  subscribe: (listener: (event: BridgeEvent) => void) => () => void;
}

/** Compile-time check that the list names every method of `BridgeApi` (but `subscribe`). */
export type UnlistedApiMethods = Exclude<keyof BridgeApi, 'subscribe' | ApiMethod>;
const everyMethodListed: [UnlistedApiMethods] extends [never] ? true : UnlistedApiMethods = true;
void everyMethodListed;

export type { LogLineView };
