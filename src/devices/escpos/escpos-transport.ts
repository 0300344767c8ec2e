import type { DeviceConfig } from '../../config/schema.js';
import { createTransport, type ByteTransport, type TcpOptions } from '../../transport/index.js';
import { UsbLpTransport } from '../../transport/usb-lp-transport.js';
import { printBackend } from '../system/index.js';
import { SystemQueueTransport } from '../system/system-queue-transport.js';

export type EscposConnection = Extract<DeviceConfig, { driver: 'escpos' }>['connection'];

/**
 * The byte path to a receipt printer: serial or TCP (both answer status requests), or a path that
 * answers nothing: a receipt printer installed as an OS printer (`system-queue`, raw jobs through
 * CUPS) or the Linux USB printer device file (`usb-lp`).
 */
export function createEscposTransport(conn: EscposConnection, opts: TcpOptions = {}): ByteTransport {
  if (conn.type === 'system-queue') return new SystemQueueTransport(conn.queue, printBackend());
  if (conn.type === 'usb-lp') return new UsbLpTransport(conn, opts);
  return createTransport(conn, opts);
}
