import type { FetchedCommands, MewsApiClient } from '../mews/mews-api-client.js';
import { MewsApiError } from '../mews/errors.js';
import type { MewsCommand } from '../mews/wire.js';

type Waiter = { resolve: (c: MewsCommand | null) => void; reject: (e: unknown) => void };

/**
 * Coalesces requests for commands by id into `getAllByIds` calls of up to 1000 ids: a burst of
 * WebSocket events or queue re-reads costs one request, not one each. An answer too large to read
 * (`response-too-large`) is asked again one id at a time, so one command's size never hides the others.
 */
export class CommandFetcher {
  private pending = new Map<string, Waiter[]>();
  private timer: NodeJS.Timeout | null = null;
  /** Settles when every answer asked for so far has been handed to its waiters. */
  private handedOut: Promise<void> = Promise.resolve();
  /** Called with the items Mews returned that failed validation. */
  onInvalid: (invalid: FetchedCommands['invalid']) => void = () => undefined;

  constructor(
    private readonly api: MewsApiClient,
    private readonly windowMs = 10,
  ) {}

  /** Resolves with the command as Mews has it now, or null if Mews does not know the id. */
  fetch(id: string): Promise<MewsCommand | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(id) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(id, waiters);
      if (this.pending.size >= 1000) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += 1000) this.request(ids.slice(i, i + 1000), batch);
  }

  private request(chunk: string[], batch: Map<string, Waiter[]>): void {
    const answer = this.api.getAllByIds(chunk);
    // Answers are handed out in the order the reads were asked, so a read that overtakes an earlier one
    // cannot put later commands in a device's queue before earlier ones.
    this.handedOut = this.handedOut.then(() =>
      answer.then(
        (res) => {
          if (res.invalid.length) this.onInvalid(res.invalid);
          const byId = new Map(res.commands.map((c) => [c.Id, c]));
          const invalidIds = new Set(res.invalid.map((x) => x.id));
          for (const id of chunk)
            for (const w of batch.get(id)!)
              if (invalidIds.has(id)) w.reject(new Error(res.invalid.find((x) => x.id === id)!.reason));
              else w.resolve(byId.get(id) ?? null);
        },
        (err) => {
          if (err instanceof MewsApiError && err.kind === 'response-too-large' && chunk.length > 1)
            for (const id of chunk) this.request([id], batch);
          else for (const id of chunk) for (const w of batch.get(id)!) w.reject(err);
        },
      ),
    );
  }
}
