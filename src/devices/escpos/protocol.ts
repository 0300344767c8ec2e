/** ESC/POS bytes and status bit layouts shared by the driver and the simulator (hardware-protocols.md §1). */
export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;
export const EOT = 0x04;
export const XON = 0x11;
export const XOFF = 0x13;

export const INIT = Uint8Array.of(ESC, 0x40);
export const PARTIAL_CUT = Uint8Array.of(GS, 0x56, 0x01);
export const dleEot = (n: 1 | 2 | 3 | 4) => Uint8Array.of(DLE, EOT, n);

/** Bits of the DLE EOT replies. Every reply matches 0xx1xx10: bits 1 and 4 set, bits 0 and 7 clear. */
export const STATUS_FIXED = 0x12;
export const STATUS_FIXED_MASK = 0x93;
export const PRINTER = { drawerHigh: 0x04, offline: 0x08, waitingRecovery: 0x20, feedButton: 0x40 } as const;
export const OFFLINE_CAUSE = { coverOpen: 0x04, feedingByButton: 0x08, paperEndStop: 0x20, error: 0x40 } as const;
export const ERROR_CAUSE = { recoverable: 0x04, autocutter: 0x08, unrecoverable: 0x20, autoRecoverable: 0x40 } as const;
export const PAPER = { nearEnd: 0x0c, end: 0x60 } as const;

export const isStatusReply = (b: number) => (b & STATUS_FIXED_MASK) === STATUS_FIXED;
/** First byte of a 4-byte Automatic Status Back frame: 0xx1xx00. */
export const isAsbHeader = (b: number) => (b & STATUS_FIXED_MASK) === 0x10;

/** Real-time DLE EOT sequences inside a buffer (the printer answers them even inside image data). */
export function countDleEot(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === DLE && bytes[i + 1] === EOT && bytes[i + 2]! >= 1 && bytes[i + 2]! <= 4) n++;
  }
  return n;
}
