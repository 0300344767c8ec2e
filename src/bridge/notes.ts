/** Notes a receptionist reads in Mews when a command fails. Plain words, an action where there is one. */

export const INTERRUPTED_NOTE =
  'Interrupted — the bridge stopped while this was running. Check the device (was it printed / was the key encoded?) before retrying.';

export function timeoutNote(device: string, seconds: number, reachedDevice: boolean): string {
  return reachedDevice
    ? `${device} did not finish within ${seconds} s. Check the device before retrying.`
    : `${device} did not start within ${seconds} s. Check that it is switched on and connected.`;
}

export function unexpectedNote(device: string, err: unknown, reachedDevice: boolean): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `Unexpected error on ${device}: ${msg}.${reachedDevice ? ' Check the device before retrying.' : ''}`;
}
