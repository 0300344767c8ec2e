import { z } from 'zod';

/** Runtime schemas of what Mews sends us. Lenient where the docs are (extra fields pass through). */

export const COMMAND_STATES = ['Pending', 'Received', 'Processing', 'Processed', 'Cancelled', 'Error'] as const;
export const FINAL_STATES: ReadonlySet<CommandState> = new Set(['Processed', 'Cancelled', 'Error']);
export const commandStateSchema = z.enum(COMMAND_STATES);
export type CommandState = z.infer<typeof commandStateSchema>;

export const deviceSchema = z.looseObject({
  Id: z.string().min(1),
  Name: z.string(),
  /** Kept as a string: unknown device types must fail one command, not the whole response. */
  Type: z.string(),
  Identifier: z.string().nullish(),
});
export type MewsDevice = z.infer<typeof deviceSchema>;

export const commandSchema = z.looseObject({
  Id: z.string().min(1),
  State: commandStateSchema,
  CreatedUtc: z.string(),
  Creator: z.looseObject({ FirstName: z.string().nullish(), LastName: z.string().nullish() }).nullish(),
  Device: deviceSchema,
  /** Validated per device type by the bridge, so one bad command cannot poison a batch. */
  Data: z.unknown(),
});
export type MewsCommand = z.infer<typeof commandSchema>;

/** Commands are validated one by one: a malformed item is reported, the rest are kept. */
export const commandResultSchema = z.looseObject({
  Commands: z.array(z.unknown()),
  Cursor: z.string().nullish(),
});

export const devicesResultSchema = z.looseObject({ Devices: z.array(deviceSchema) });

export const errorBodySchema = z.looseObject({
  Message: z.string().nullish(),
  RequestId: z.string().nullish(),
  Details: z.unknown().optional(),
});

export const printerDataSchema = z.looseObject({
  CopyCount: z.number().int().min(1).max(100),
  FileType: z.string(),
  FileData: z.string().min(1),
  PrinterName: z.string().nullish(),
  PrinterDriverName: z.string().nullish(),
  PrinterPortName: z.string().nullish(),
});

export const keyCutterDataSchema = z.looseObject({
  KeyCutterId: z.string().nullish(),
  ApiUrl: z.string().nullish(),
  KeyCutterData: z.string().nullish(),
  KeyCount: z.number().int().min(1).max(20),
  LockIds: z.array(z.string().min(1)).min(1),
  StartUtc: z.iso.datetime({ offset: true }),
  EndUtc: z.iso.datetime({ offset: true }),
  FirstName: z.string().nullish(),
  LastName: z.string(),
  NormalizedFirstName: z.string().nullish(),
  NormalizedLastName: z.string().nullish(),
  Telephone: z.string().nullish(),
  Email: z.string().nullish(),
  ReservationId: z.string().nullish(),
  ReservationNumber: z.string().nullish(),
});

/** One WebSocket frame. Events are validated one at a time. */
export const frameSchema = z.looseObject({ Events: z.array(z.unknown()) });
export const deviceCommandEventSchema = z.looseObject({
  Type: z.literal('DeviceCommand'),
  Id: z.string().min(1),
  State: z.string().optional(),
});
