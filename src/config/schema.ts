import { z } from 'zod';

/** One place for the settings schema: the headless config file and the app's stored settings. */

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400] as const;

const portNumber = z.number().int().min(1).max(65535);

export const serialConnectionSchema = z.object({
  type: z.literal('serial'),
  path: z.string().trim().min(1, 'a serial port path is required (e.g. /dev/ttyUSB0 or COM3)'),
  baudRate: z
    .number()
    .int()
    .refine((b) => (BAUD_RATES as readonly number[]).includes(b), {
      message: `must be one of ${BAUD_RATES.join(', ')}`,
    })
    .default(19200),
  dataBits: z.union([z.literal(7), z.literal(8)]).default(8),
  parity: z.enum(['none', 'even', 'odd']).default('none'),
  stopBits: z.union([z.literal(1), z.literal(2)]).default(1),
  flowControl: z.enum(['none', 'rtscts', 'xonxoff']).default('none'),
});

export const tcpConnectionSchema = z.object({
  type: z.literal('tcp'),
  host: z.string().trim().min(1, 'a host name or IP address is required'),
  port: portNumber,
});

export const tcpListenConnectionSchema = z.object({
  type: z.literal('tcp-listen'),
  host: z.string().trim().min(1).default('0.0.0.0'),
  port: portNumber,
});

export const connectionSchema = z.discriminatedUnion('type', [
  serialConnectionSchema,
  tcpConnectionSchema,
  tcpListenConnectionSchema,
]);

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
  paperWidthDots: z.number().int().min(64).max(2048).multipleOf(8).default(576),
  dpi: z.number().int().min(100).max(400).default(203),
  monochrome: z.enum(['threshold', 'dither']).default('dither'),
  threshold: z.number().int().min(1).max(254).default(160),
  cutter: z.boolean().default(true),
  maxPages: z.number().int().min(1).max(500).default(50),
  maxPdfBytes: z.number().int().min(1024).default(20 * 1024 * 1024),
  /** 0 = fail at once when paper is out; otherwise wait this long for staff to refill. */
  paperOutWaitSeconds: z.number().int().min(0).max(3600).default(0),
  jobTimeoutSeconds: z.number().int().min(5).max(3600).default(300),
});

export const lockOptionsSchema = z.object({
  /** Encoder address on the lock server; defaults to the command's KeyCutterId. */
  encoder: z.string().optional(),
  /** IANA zone of the lock system; defaults to the PC's zone. */
  timeZone: timeZone.optional(),
  cardWaitSeconds: z.number().int().min(5).max(300).default(30),
  jobTimeoutSeconds: z.number().int().min(5).max(3600).default(90),
});

export const nullOptionsSchema = z.object({
  /** Simulated execution time per job. */
  delayMs: z.number().int().min(0).max(600_000).default(0),
  jobTimeoutSeconds: z.number().int().min(1).max(3600).default(30),
});

const deviceBase = {
  id: z.string().trim().min(1, 'the Mews device Id is required'),
  name: z.string().trim().min(1, 'a name is required').max(100),
  enabled: z.boolean().default(true),
};

export const deviceSchema = z.discriminatedUnion('driver', [
  z.object({
    ...deviceBase,
    driver: z.literal('escpos'),
    connection: z.discriminatedUnion('type', [serialConnectionSchema, tcpConnectionSchema]),
    options: escposOptionsSchema.default(() => escposOptionsSchema.parse({})),
  }),
  z.object({
    ...deviceBase,
    /** salto / fias force the protocol; keycutter picks it from the command's KeyCutterData.Type. */
    driver: z.enum(['salto', 'fias', 'keycutter']),
    /** Optional: without it the lock server address comes from the command's ApiUrl. */
    connection: connectionSchema.optional(),
    options: lockOptionsSchema.default(() => lockOptionsSchema.parse({})),
  }),
  z.object({
    ...deviceBase,
    driver: z.literal('null'),
    options: nullOptionsSchema.default(() => nullOptionsSchema.parse({})),
  }),
]);

export const mewsSchema = z
  .object({
    environment: z.enum(['demo', 'production', 'custom']).default('demo'),
    apiUrl: z.url().optional(),
    webSocketUrl: z.url().optional(),
    clientToken: z.string().trim().default(''),
    accessToken: z.string().trim().default(''),
    client: z.string().trim().min(1).default('Mews Device Bridge 1.0.0'),
    /** Client-side budget under Mews's 200 requests / 30 s per AccessToken. */
    maxRequestsPer30s: z.number().int().min(1).max(100_000).default(180),
    requestTimeoutMs: z.number().int().min(500).max(120_000).default(30_000),
  })
  .superRefine((m, ctx) => {
    if (m.environment === 'custom') {
      if (!m.apiUrl) ctx.addIssue({ code: 'custom', path: ['apiUrl'], message: 'is required when environment is "custom"' });
      if (!m.webSocketUrl)
        ctx.addIssue({ code: 'custom', path: ['webSocketUrl'], message: 'is required when environment is "custom"' });
    }
  });

export const dashboardSchema = z.object({
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(7341),
  /** Listening on a non-loopback address must be asked for explicitly. */
  allowRemote: z.boolean().default(false),
});

export const configSchema = z
  .object({
    mews: mewsSchema.default(() => mewsSchema.parse({})),
    devices: z.array(deviceSchema).default([]),
    dataDir: z.string().min(1).default('./bridge-data'),
    dashboard: dashboardSchema.default(() => dashboardSchema.parse({})),
    log: z.object({ level: z.enum(['debug', 'info', 'warn', 'error']).default('info') }).default({ level: 'info' }),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.devices.forEach((d, i) => {
      const prev = seen.get(d.id.toLowerCase());
      if (prev !== undefined)
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'id'], message: `duplicates devices[${prev}].id` });
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
export type EscposOptions = z.output<typeof escposOptionsSchema>;
export type LockOptions = z.output<typeof lockOptionsSchema>;
export type NullOptions = z.output<typeof nullOptionsSchema>;
export type MewsConfig = z.output<typeof mewsSchema>;
