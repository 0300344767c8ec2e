import type { DeviceStatus } from './device-status.js';
import { StatusBoard, type StatusInput } from './status-board.js';

/**
 * What every driver shares: its status kept on one `StatusBoard` (`this.board`, which the driver sets as often as
 * it likes: identical reports are dropped), read through `status()` and followed through `onStatus()` as the
 * `Driver` contract asks. A driver extends it and passes its status before it reports anything.
 */
export abstract class BoardDriver {
  protected readonly board: StatusBoard;

  protected constructor(initial: StatusInput) {
    this.board = new StatusBoard(initial);
  }

  /** The current status, as kept by the board. */
  status(): DeviceStatus {
    return this.board.current;
  }

  /** Calls `listener` on every change of the status (see `StatusBoard`); returns the function that stops it. */
  onStatus(listener: (status: DeviceStatus) => void): () => void {
    return this.board.subscribe(listener);
  }
}
