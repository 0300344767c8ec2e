import { z } from 'zod';
import { LANGUAGE_SETTINGS } from '../i18n/languages.js';

/** One place for the settings schema: the headless config file and the app's stored settings. */

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400] as const;

const portNumber = z.number().int().min(1).max(65535);

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
/** An IPv6 zone id (`fe80::1%eth0`), in the syntax Node's `net.isIP` accepts. */
const IPV6_ZONE = /%[0-9a-zA-Z.:-]+$/;

/**
 * True for an IPv4 or IPv6 address, as Node's `net.isIP(a) !== 0` (zone ids included), but without Node:
 * the renderer type-checks this file and must not see Node's types.
 */
export function isIpAddress(a: string): boolean {
  return ipv4.safeParse(a).success || ipv6.safeParse(a.replace(IPV6_ZONE, '')).success;
}

/** Mews identifiers are GUIDs (8-4-4-4-12 hex digits). */
export const MEWS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const serialConnectionSchema = z.object({
  type: z
    .literal('serial')
    .describe(
      '`serial` (USB-serial or RS-232), `tcp` (the bridge connects), `tcp-listen` (the lock server connects to the bridge; lock drivers only), `system-queue` and `usb-lp` (receipt printers installed on this computer; ESC/POS only).',
    ),
  path: z
    .string()
    .trim()
    .min(1, 'a serial port path is required (e.g. /dev/ttyUSB0 or COM3)')
    .describe('Serial port: `/dev/ttyUSB0`, `/dev/ttyS0` (Linux; the user needs the dialout group), `COM3` (Windows).'),
  baudRate: z
    .number()
    .int()
    .refine((b) => (BAUD_RATES as readonly number[]).includes(b), {
      message: `must be one of ${BAUD_RATES.join(', ')}`,
    })
    .default(19200)
    .meta({ description: 'Line speed; must match the device (printer self-test page).', allowedValues: [...BAUD_RATES] }),
  dataBits: z
    .union([z.literal(7), z.literal(8)])
    .default(8)
    .describe('Data bits per character.'),
  parity: z.enum(['none', 'even', 'odd']).default('none').describe('Parity bit.'),
  stopBits: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe('Stop bits.'),
  flowControl: z
    .enum(['none', 'rtscts', 'xonxoff'])
    .default('none')
    .describe('Handshake: `rtscts` (hardware) lets a busy printer pause the data; `xonxoff` is software flow control.'),
});

export const tcpConnectionSchema = z.object({
  type: z.literal('tcp'),
  host: z.string().trim().min(1, 'a host name or IP address is required').describe('Host name or IP address the bridge connects to.'),
  port: portNumber.describe('TCP port (ESC/POS printers: usually 9100).'),
});

export const tcpListenConnectionSchema = z.object({
  type: z.literal('tcp-listen'),
  host: z.string().trim().min(1).default('0.0.0.0').describe('Address the bridge listens on for the lock server to connect to (FIAS).'),
  port: portNumber.describe('TCP port the bridge listens on for the lock server (FIAS).'),
  allowedPeers: z
    .array(z.string().trim().refine(isIpAddress, { message: 'must be an IP address such as 192.168.1.20' }))
    .optional()
    .describe(
      'IP addresses the lock server connects from; other peers are refused. Not set: any peer (restrict the port with a firewall then).',
    ),
});

export const systemQueueConnectionSchema = z.object({
  type: z.literal('system-queue'),
  queue: z
    .string()
    .trim()
    .min(1, 'the name of the printer on this computer is required')
    .describe(
      '`system-queue` (ESC/POS only): the OS printer (CUPS queue) the receipt printer is installed as; the bytes go to it as a raw job. The printer gives no status back this way.',
    ),
});

export const usbLpConnectionSchema = z.object({
  type: z.literal('usb-lp'),
  path: z
    .string()
    .trim()
    .regex(/^\/dev\//, 'must be a device path such as /dev/usb/lp0')
    .default('/dev/usb/lp0')
    .describe(
      '`usb-lp` (ESC/POS only, Linux): the USB printer device file, e.g. `/dev/usb/lp0` (the user needs the lp group). No status comes back this way.',
    ),
});

export const connectionSchema = z.discriminatedUnion('type', [serialConnectionSchema, tcpConnectionSchema, tcpListenConnectionSchema]);

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/Prague' },
);

export const escposOptionsSchema = z.object({
  paperWidthDots: z
    .number()
    .int()
    .min(64)
    .max(2048)
    .multipleOf(8)
    .default(576)
    .describe('Printable width in dots: 576 for 80 mm paper at 203 dpi, 384 for 58 mm.'),
  dpi: z.number().int().min(100).max(400).default(203).describe('Printer resolution the PDF is rendered at.'),
  monochrome: z
    .enum(['threshold', 'dither'])
    .default('dither')
    .describe('How grey becomes black and white: `dither` keeps logos and photos readable, `threshold` gives crisper text.'),
  threshold: z
    .number()
    .int()
    .min(1)
    .max(254)
    .default(160)
    .describe('Grey level below which a pixel prints black (with `monochrome: threshold`).'),
  cutter: z.boolean().default(true).describe('Cut the paper after each copy.'),
  maxPages: z.number().int().min(1).max(500).default(50).describe('A PDF with more pages fails the command instead of printing.'),
  maxPdfBytes: z
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024)
    .describe('A larger PDF fails the command instead of printing (bytes).'),
  /** 0 = fail at once when paper is out; otherwise wait this long for staff to refill. */
  paperOutWaitSeconds: z
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(0)
    .describe('0 = a command fails at once when the paper is out; otherwise wait this long for staff to refill.'),
  jobTimeoutSeconds: z.number().int().min(5).max(3600).default(300).describe('A print job that takes longer fails.'),
  orientation: z
    .enum(['auto', 'portrait', 'landscape'])
    .default('auto')
    .describe(
      '`auto`: a page wider than tall is printed turned 90° (along the paper) when its text would otherwise print too small to read; `portrait`: never turned; `landscape`: always turned.',
    ),
  status: z
    .enum(['auto', 'off'])
    .default('auto')
    .describe(
      '`auto`: read the printer\'s real-time status (paper, cover) when it answers; a printer that has never answered is printed to with "status unknown". `off`: never ask (printers and print servers that mishandle status requests).',
    ),
});

const PAPER_NAMES = ['A3', 'A4', 'A5', 'A6', 'Letter', 'Legal'];
const PWG_MEDIA = /^[a-z0-9-]+_[a-z0-9.-]+_[0-9.]+x[0-9.]+(mm|in)$/;

export const systemOptionsSchema = z.object({
  printer: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      "The OS printer: its name as in the computer's printer settings (CUPS queue or Windows printer), or the `ipp://` / `ipps://` address of an IPP Everywhere network printer. Not set: each command's PrinterName from Mews, matched case-insensitively.",
    ),
  media: z
    .string()
    .trim()
    .refine((m) => m === 'auto' || PAPER_NAMES.some((n) => n.toLowerCase() === m.toLowerCase()) || PWG_MEDIA.test(m), {
      message: `must be auto, ${PAPER_NAMES.join(', ')} or a PWG media name such as iso_a4_210x297mm`,
    })
    .default('auto')
    .meta({
      description: "Paper size: `auto` (the printer's default), A4, Letter, … or a PWG media name (IPP `media`).",
      allowedValues: ['auto', ...PAPER_NAMES],
    }),
  printScaling: z
    .enum(['auto', 'auto-fit', 'fit', 'fill', 'none'])
    .default('auto')
    .describe('Fit to page (IPP `print-scaling`): `auto` fits a page that is too big, `fit` always fits, `none` prints at 100 %.'),
  sides: z
    .enum(['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'])
    .default('one-sided')
    .describe('Duplex (IPP `sides`): `one-sided`, `two-sided-long-edge` (book), `two-sided-short-edge` (flip).'),
  mediaSource: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'must be an IPP tray keyword such as auto, main, tray-1, manual')
    .default('auto')
    .describe('Input tray (IPP `media-source`): `auto`, `main`, `tray-1`, `tray-2`, `manual`, … as the printer lists them.'),
  printColorMode: z
    .enum(['auto', 'color', 'monochrome'])
    .default('auto')
    .describe('Colour (IPP `print-color-mode`): `auto`, `color` or `monochrome`.'),
  orientation: z
    .enum(['auto', 'portrait', 'landscape'])
    .default('auto')
    .describe('Page orientation (IPP `orientation-requested`); `auto` follows each page of the document.'),
  attentionWaitSeconds: z
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(120)
    .describe(
      'How long a job waits for staff to fix the printer (paper out, jam, paused) before the command fails and the job is taken off the queue. 0 = fail at once.',
    ),
  jobTimeoutSeconds: z
    .number()
    .int()
    .min(10)
    .max(3600)
    .default(600)
    .describe('A print job that has not finished printing after this long fails.'),
  maxPdfBytes: z
    .number()
    .int()
    .min(1024)
    .default(50 * 1024 * 1024)
    .describe('A larger PDF fails the command instead of printing (bytes).'),
});

export const lockOptionsSchema = z.object({
  /** Encoder address on the lock server; defaults to the command's KeyCutterId. */
  encoder: z.string().optional().describe("Encoder address on the lock server; defaults to the command's KeyCutterId."),
  /** IANA zone of the lock system; defaults to the PC's zone. */
  timeZone: timeZone.optional().describe("IANA time zone of the lock system (e.g. `Europe/Prague`); defaults to the PC's zone."),
  cardWaitSeconds: z.number().int().min(5).max(300).default(30).describe('How long the encoder waits for staff to place a card.'),
  jobTimeoutSeconds: z.number().int().min(5).max(3600).default(90).describe('A key-card job that takes longer fails.'),
});

export const nullOptionsSchema = z.object({
  /** Simulated execution time per job. */
  delayMs: z
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(0)
    .describe('Simulated execution time per job (the `null` driver drives no hardware: tests, benchmarks, demos).'),
  jobTimeoutSeconds: z.number().int().min(1).max(3600).default(30).describe('A job that takes longer fails.'),
});

const deviceBase = {
  id: z
    .string()
    .trim()
    .min(1, 'the Mews device Id is required')
    .regex(MEWS_ID, 'must be the device Id Mews shows, a GUID such as 3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01')
    .describe('The device Id in Mews (Mews Operations → device settings), a GUID.'),
  name: z.string().trim().min(1, 'a name is required').max(100).describe('Name shown in the dashboard and the logs.'),
  enabled: z.boolean().default(true).describe('false: the device is not opened and the bridge does not take its commands.'),
};

export const deviceSchema = z.discriminatedUnion('driver', [
  z.object({
    ...deviceBase,
    driver: z
      .literal('escpos')
      .describe(
        '`escpos` receipt printer; `system` a printer of this computer (CUPS / Windows spooler); `salto` / `fias` key-card encoders; `keycutter` takes the lock protocol from each command; `null` runs nothing (tests).',
      ),
    connection: z.discriminatedUnion('type', [
      serialConnectionSchema,
      tcpConnectionSchema,
      systemQueueConnectionSchema,
      usbLpConnectionSchema,
    ]),
    options: escposOptionsSchema.default(() => escposOptionsSchema.parse({})),
  }),
  z.object({
    ...deviceBase,
    /** salto / fias force the protocol; keycutter picks it from the command's KeyCutterData.Type. */
    driver: z.enum(['salto', 'fias', 'keycutter']),
    /** Optional: without it the lock server address comes from the command's ApiUrl. */
    connection: connectionSchema
      .optional()
      .describe("Optional for `salto` / `fias` / `keycutter`: without it the lock server's address comes from the command's ApiUrl."),
    options: lockOptionsSchema.default(() => lockOptionsSchema.parse({})),
  }),
  z.object({
    ...deviceBase,
    driver: z.literal('system'),
    options: systemOptionsSchema.default(() => systemOptionsSchema.parse({})),
  }),
  z.object({
    ...deviceBase,
    driver: z.literal('null'),
    options: nullOptionsSchema.default(() => nullOptionsSchema.parse({})),
  }),
]);

export const mewsSchema = z
  .object({
    environment: z
      .enum(['demo', 'production', 'custom'])
      .default('demo')
      .describe(
        '`demo`: api.mews-demo.com / ws.mews-demo.com; `production`: api.mews.com / ws.mews.com; `custom`: `apiUrl` and `webSocketUrl`.',
      ),
    apiUrl: z.url().optional().describe('Connector API base address; required (and only used) with `environment: custom`.'),
    webSocketUrl: z
      .url()
      .optional()
      .describe('WebSocket base address; required (and only used) with `environment: custom`; `/ws/connector` is appended.'),
    clientToken: z
      .string()
      .trim()
      .default('')
      .describe('Mews ClientToken. `MEWS_CLIENT_TOKEN` in the environment overrides it (and keeps it off disk).'),
    accessToken: z
      .string()
      .trim()
      .default('')
      .describe('Mews AccessToken of the property. `MEWS_ACCESS_TOKEN` in the environment overrides it.'),
    client: z
      .string()
      .trim()
      .min(1)
      .default('Mews Device Bridge 1.0.0')
      .describe('Client name and version sent to Mews with every request.'),
    /** Client-side budget under Mews's 200 requests / 30 s per AccessToken. */
    maxRequestsPer30s: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(180)
      .describe("Client-side request budget, under Mews's limit of 200 requests per 30 s per AccessToken."),
    requestTimeoutMs: z.number().int().min(500).max(120_000).default(30_000).describe('Timeout of one Connector API request.'),
    maxResponseBytes: z
      .number()
      .int()
      .min(1024 * 1024)
      .max(2 * 1024 * 1024 * 1024)
      .default(128 * 1024 * 1024)
      .describe(
        'Most bytes read from one Connector API answer (default 128 MiB); a larger answer fails with an error naming the operation. A single document over a quarter of it fails its own command with a note, without being read.',
      ),
  })
  .superRefine((m, ctx) => {
    if (m.environment === 'custom') {
      if (!m.apiUrl) ctx.addIssue({ code: 'custom', path: ['apiUrl'], message: 'is required when environment is "custom"' });
      if (!m.webSocketUrl) ctx.addIssue({ code: 'custom', path: ['webSocketUrl'], message: 'is required when environment is "custom"' });
    }
  });

export const dashboardSchema = z.object({
  host: z.string().default('127.0.0.1').describe('Address the dashboard listens on; a non-loopback address also needs `allowRemote`.'),
  port: z.number().int().min(0).max(65535).default(7341).describe('Dashboard port (0 = any free port); `--port` overrides it.'),
  /** Listening on a non-loopback address must be asked for explicitly. */
  allowRemote: z.boolean().default(false).describe('Allow a non-loopback `host` (the dashboard is then reachable from the network).'),
});

export const metricsSchema = z.object({
  public: z
    .boolean()
    .default(false)
    .describe(
      '`GET /metrics` (Prometheus text format) on the dashboard answers without the dashboard token. Off: scrapers send `Authorization: Bearer <dashboard token>`.',
    ),
});

const LOOPBACK_URL = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/;

export const updatesSchema = z.object({
  url: z
    .url()
    .refine((u) => u.startsWith('https://') || LOOPBACK_URL.test(u), { message: 'must be an https:// address' })
    .optional()
    .describe(
      "Desktop app: the hotel group's update server (electron-updater `generic` provider: `latest.yml` and the installers). Not set: no automatic updates. https only (plain http on loopback for tests).",
    ),
  channel: z
    .string()
    .trim()
    .min(1)
    .default('latest')
    .describe('Update channel: the metadata file read is `<channel>.yml` (`<channel>-linux.yml` on Linux).'),
  checkEveryHours: z.number().min(0.25).max(168).default(4).describe('How often the desktop app looks for an update.'),
});

export const privacySchema = z.object({
  guestDataRetentionHours: z
    .number()
    .min(1, 'must be at least 1 hour')
    .max(24 * 366)
    .default(7 * 24)
    .describe(
      'Hours guest data (names, phone numbers, e-mails, documents) is kept after a command is received: then it is removed from the journal and history (ids, device, state, times and notes stay). Minimum 1; default 168 (7 days).',
    ),
});

export const configSchema = z
  .object({
    mews: mewsSchema.default(() => mewsSchema.parse({})),
    devices: z.array(deviceSchema).default([]),
    dataDir: z
      .string()
      .min(1)
      .default('./bridge-data')
      .describe(
        'Journal (`journal.jsonl`), logs (`logs/bridge.log`) and previews. In a config file, relative to the file (default: `bridge-data` next to it); `--data-dir` overrides it.',
      ),
    dashboard: dashboardSchema.default(() => dashboardSchema.parse({})),
    privacy: privacySchema.default(() => privacySchema.parse({})),
    metrics: metricsSchema.default(() => metricsSchema.parse({})),
    updates: updatesSchema.default(() => updatesSchema.parse({})),
    language: z
      .enum(LANGUAGE_SETTINGS)
      .default('auto')
      .describe(
        "Language of the notes the bridge writes to Mews (and of the window): `auto` (the computer's language; English when it is none of these), `en`, `de`, `fr`, `es` or `cs`. Logs stay in English.",
      ),
    log: z
      .object({
        level: z
          .enum(['debug', 'info', 'warn', 'error'])
          .default('info')
          .describe('Least severe level written to stdout and `logs/bridge.log`.'),
      })
      .default({ level: 'info' }),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.devices.forEach((d, i) => {
      const prev = seen.get(d.id.toLowerCase());
      if (prev !== undefined)
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'id'], message: `is already the Id of device "${c.devices[prev]!.name}"` });
      seen.set(d.id.toLowerCase(), i);
    });
  });

export type BridgeConfig = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type DeviceConfig = z.output<typeof deviceSchema>;
export type DeviceInput = z.input<typeof deviceSchema>;
export type ConnectionConfig = z.output<typeof connectionSchema>;
export type SerialConnection = z.output<typeof serialConnectionSchema>;
export type TcpConnection = z.output<typeof tcpConnectionSchema>;
export type TcpListenConnection = z.output<typeof tcpListenConnectionSchema>;
export type SystemQueueConnection = z.output<typeof systemQueueConnectionSchema>;
export type UsbLpConnection = z.output<typeof usbLpConnectionSchema>;
export type EscposOptions = z.output<typeof escposOptionsSchema>;
export type SystemOptions = z.output<typeof systemOptionsSchema>;
export type LockOptions = z.output<typeof lockOptionsSchema>;
export type NullOptions = z.output<typeof nullOptionsSchema>;
export type MewsConfig = z.output<typeof mewsSchema>;
export type PrivacyConfig = z.output<typeof privacySchema>;
export type UpdatesConfig = z.output<typeof updatesSchema>;
export type { Language, LanguageSetting } from '../i18n/languages.js';
