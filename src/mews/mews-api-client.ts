import type { z } from 'zod';
import type { Logger } from '../util/logger.js';
import { abortableDelay, AbortedError } from '../util/abort.js';
import { backoffDelay } from '../util/backoff-delay.js';
import { MewsApiError, mewsTroubleText, parseRetryAfter } from './errors.js';
import { BodyTooLargeError, oversizedLength, readBoundedJson } from './bounded-body.js';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { httpPost, type PostAgents, type PostAnswer } from './http-post.js';
import { RequestBudget, type RequestPriority } from './request-budget.js';
import { hostOf, plainProblem } from '../util/plain-error.js';
import {
  commandResultSchema,
  commandSchema,
  devicesResultSchema,
  errorBodySchema,
  FINAL_STATES,
  type CommandState,
  type MewsCommand,
  type MewsDevice,
} from './wire.js';

export interface Credentials {
  clientToken: string;
  accessToken: string;
  client: string;
}

export interface ApiClientOptions {
  apiUrl: string;
  credentials: () => Credentials;
  log: Logger;
  /** The local ceiling of the request budget (requests per window) before any 429. Default 180. */
  maxRequestsPer30s?: number;
  /** Length of the budget's sliding window; Mews's is 30 000 ms (tests shorten it). */
  rateWindowMs?: number;
  requestTimeoutMs?: number;
  /** Attempts for retryable failures (429, 5xx, network, timeout) before giving up. */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** Ask for `204 No Content` instead of `{}` (Mews's `Prefer: return=minimal`). Both are accepted either way. */
  preferMinimal?: boolean;
  /**
   * Most bytes read from one response (default 128 MiB, `mews.maxResponseBytes`). A single JSON string longer than
   * a quarter of it (a document's base64) is skipped while it streams and marked oversized (see bounded-body.ts).
   */
  maxResponseBytes?: number;
  /**
   * Where a lasting failure of requests is logged: once per kind (`server`, `network`, `rate-limited`, …) when
   * requests start failing and once, with a count, when one succeeds again (the bridge's `ProblemLog`). Each
   * single retry is logged at debug only, so an outage does not flood the log.
   */
  problems?: ProblemSink;
  /** Told about every HTTP attempt (retries included), for metrics; must not throw. */
  onRequest?: (r: RequestOutcome) => void;
}

/** Logs a problem once when it starts and once when it ends (the bridge's `ProblemLog`). */
export interface ProblemSink {
  failing(key: string, message: string, fields?: Record<string, unknown>): void;
  ok(key: string, message: string, fields?: Record<string, unknown>): void;
}

/** One Connector API attempt: `status` is the HTTP status, or `network` / `timeout` when there was none. */
export interface RequestOutcome {
  operation: string;
  status: number | 'network' | 'timeout';
}

/** Default `maxResponseBytes`: a quarter (32 MiB) holds the base64 of a 20 MiB PDF, the rasteriser's default limit. */
export const DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024;
/** Error answers are short; more than this of one is not read. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export interface CommandUpdate {
  CommandId: string;
  State: CommandState;
  Progress?: number;
  Notes?: string;
}

/** How one update is sent: its place in the budget, and a signal that withdraws it while it still waits there. */
export interface UpdateOptions {
  signal?: AbortSignal;
  /** Default: `final` for Processed/Error/Cancelled, `state` otherwise. */
  priority?: Exclude<RequestPriority, 'progress'>;
  /** Aborting it takes the update back while it waits for the budget (never once it is on the wire). */
  withdraw?: AbortSignal;
}

interface CallOptions {
  signal?: AbortSignal;
  priority: Exclude<RequestPriority, 'progress'>;
  withdraw?: AbortSignal;
  /** Strings longer than this are skipped unread (default a quarter of `maxResponseBytes`). */
  maxStringBytes?: number;
}

/** In a light read of `getAllActive`, strings longer than this (documents) are skipped and read per command. */
const LIGHT_STRING_BYTES = 64 * 1024;

export interface FetchedCommands {
  commands: MewsCommand[];
  /** Items that failed validation, with the reason, so one bad command cannot hide the others. */
  invalid: { id: string | null; reason: string; raw: unknown }[];
}

/**
 * Connector API client: envelope, validation, typed failures, retries, and the one request budget of
 * the AccessToken (priorities, AIMD on 429, Retry-After honoured by every request; see RequestBudget).
 */
export class MewsApiClient {
  readonly budget: RequestBudget;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  /** Requests sent, for the benchmark and diagnostics. */
  requestCount = 0;
  private readonly agents: PostAgents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  /** The last full `getAllActive` was too large: read it light (documents per command) until they fit again. */
  private lightActive = false;
  /** Kinds of failure retried since the last request that succeeded (each an open problem in `opts.problems`). */
  private readonly failingKinds = new Set<MewsApiError['kind']>();

  private get maxResponseBytes(): number {
    return this.opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  constructor(private readonly opts: ApiClientOptions) {
    this.budget = new RequestBudget({ limit: opts.maxRequestsPer30s ?? 180, windowMs: opts.rateWindowMs ?? 30_000 });
    this.timeoutMs = opts.requestTimeoutMs ?? 30_000;
    this.maxAttempts = opts.maxAttempts ?? 6;
  }

  /** Closes the kept-alive connections to Mews (when the bridge stops). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** Requests the budget still allows in its current window: its ceiling (lower after 429s) minus those started. */
  budgetLeft(): number {
    return Math.max(0, this.budget.ceiling - this.budget.used);
  }

  /**
   * Every Pending and Received command. When the answer is too large for `maxResponseBytes` (many large documents
   * waiting at once), it is read again without its documents, and each command that had one is read alone with
   * `getAllByIds`, so nothing waiting is hidden. Later calls stay light until the documents fit again.
   */
  async getAllActive(signal?: AbortSignal): Promise<FetchedCommands> {
    if (!this.lightActive) {
      try {
        return parseCommands(await this.call('commands/getAllActive', {}, commandResultSchema, { signal, priority: 'read' }));
      } catch (err) {
        if (!(err instanceof MewsApiError && err.kind === 'response-too-large')) throw err;
        this.opts.log.warn(
          { limitBytes: this.maxResponseBytes },
          'Too many large documents for one answer from Mews: reading them one command at a time',
        );
      }
    }
    const light = parseCommands(
      await this.call('commands/getAllActive', {}, commandResultSchema, { signal, priority: 'read', maxStringBytes: LIGHT_STRING_BYTES }),
    );
    const out: FetchedCommands = { commands: [], invalid: light.invalid };
    let skippedBytes = 0;
    for (const cmd of light.commands) {
      const skipped = skippedStringBytes(cmd.Data);
      if (skipped === 0) {
        out.commands.push(cmd);
        continue;
      }
      skippedBytes += skipped;
      const alone = await this.getAllByIds([cmd.Id], signal);
      out.commands.push(...alone.commands);
      out.invalid.push(...alone.invalid);
    }
    this.lightActive = skippedBytes > this.maxResponseBytes / 2; // back to one request once the documents fit easily
    return out;
  }

  async getAllByIds(ids: string[], signal?: AbortSignal): Promise<FetchedCommands> {
    if (ids.length === 0) return { commands: [], invalid: [] };
    if (ids.length > 1000) throw new RangeError('getAllByIds takes at most 1000 ids');
    const body = { CommandIds: ids, Limitation: { Count: 1000 } };
    return parseCommands(await this.call('commands/getAllByIds', body, commandResultSchema, { signal, priority: 'read' }));
  }

  /** Sends a state update, waiting for the budget (and retrying) as its priority allows. */
  async update(u: CommandUpdate, opts: UpdateOptions = {}): Promise<void> {
    const priority = opts.priority ?? (FINAL_STATES.has(u.State) ? 'final' : 'state');
    await this.call('commands/update', updateBody(u), null, { signal: opts.signal, priority, withdraw: opts.withdraw });
  }

  /**
   * A Progress update, sent only if the budget has room for Progress right now: false when it was
   * dropped (nothing sent). Not retried; a 429 still pauses the budget.
   */
  async progressIfRoom(u: CommandUpdate, signal?: AbortSignal): Promise<boolean> {
    if (!this.budget.tryTake('progress')) return false;
    try {
      await this.once('commands/update', updateBody(u), null, signal);
    } catch (err) {
      if (err instanceof MewsApiError && err.kind === 'rate-limited')
        this.budget.rateLimited(err.retryAfterSeconds !== null ? err.retryAfterSeconds * 1000 : (this.opts.backoffBaseMs ?? 500));
      throw err;
    }
    return true;
  }

  async getDevices(signal?: AbortSignal): Promise<MewsDevice[]> {
    return (await this.call('devices/getAll', {}, devicesResultSchema, { signal, priority: 'state' })).Devices;
  }

  private async call<S extends z.ZodType>(
    path: string,
    body: Record<string, unknown>,
    schema: S | null,
    opts: CallOptions,
  ): Promise<z.output<S>> {
    const signal = opts.signal;
    const queueSignal = opts.withdraw ? (signal ? AbortSignal.any([signal, opts.withdraw]) : opts.withdraw) : signal;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.budget.take(opts.priority, queueSignal);
        const result = await this.once(path, body, schema, signal, opts.maxStringBytes);
        this.requestsWork();
        return result;
      } catch (err) {
        if (err instanceof AbortedError || signal?.aborted) throw err;
        const e = err instanceof MewsApiError ? err : new MewsApiError('network', String(err));
        if (!e.retryable || attempt + 1 >= this.maxAttempts) throw e;
        const wait =
          e.retryAfterSeconds !== null
            ? e.retryAfterSeconds * 1000
            : backoffDelay(attempt, this.opts.backoffBaseMs ?? 500, this.opts.backoffCapMs ?? 30_000);
        if (e.kind === 'rate-limited') this.budget.rateLimited(wait);
        this.opts.log.debug(
          { path, kind: e.kind, status: e.status, requestId: e.requestId, retryInMs: wait, attempt: attempt + 1 },
          'Mews request failed; retrying',
        );
        this.failingKinds.add(e.kind);
        this.opts.problems?.failing(`mews-api:${e.kind}`, 'Mews requests fail; retrying', {
          kind: e.kind,
          status: e.status,
          path,
          requestId: e.requestId,
          reason: mewsTroubleText(e),
        });
        await abortableDelay(wait, signal);
      }
    }
  }

  /** A request succeeded: each kind of failure seen since is over (one line each, with how often it happened). */
  private requestsWork(): void {
    for (const kind of this.failingKinds) this.opts.problems?.ok(`mews-api:${kind}`, 'Mews requests work again', { kind });
    this.failingKinds.clear();
  }

  private async once<S extends z.ZodType>(
    path: string,
    body: Record<string, unknown>,
    schema: S | null,
    signal?: AbortSignal,
    maxStringBytes?: number,
  ): Promise<z.output<S>> {
    const creds = this.opts.credentials();
    // An empty token is refused here, not by Mews: nothing is sent (the core does not connect without tokens).
    if (!creds.clientToken.trim() || !creds.accessToken.trim())
      throw new MewsApiError('unauthorized', `${path}: no Mews tokens set; nothing was sent`);
    const envelope = { ClientToken: creds.clientToken, AccessToken: creds.accessToken, Client: creds.client, ...body };
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    this.requestCount++;
    let res: PostAnswer;
    try {
      res = await httpPost(
        `${this.opts.apiUrl}/api/connector/v1/${path}`,
        { 'Content-Type': 'application/json', ...(this.opts.preferMinimal ? { Prefer: 'return=minimal' } : {}) },
        JSON.stringify(envelope),
        combined,
        this.agents,
      );
    } catch (err) {
      if (signal?.aborted) throw new AbortedError(signal.reason);
      this.opts.onRequest?.({ operation: path, status: timeout.aborted ? 'timeout' : 'network' });
      if (timeout.aborted) throw new MewsApiError('timeout', `Mews did not answer ${path} within ${this.timeoutMs} ms`);
      throw MewsApiError.unreachable(plainProblem(err, hostOf(this.opts.apiUrl)));
    }
    this.opts.onRequest?.({ operation: path, status: res.status });
    const requestId = res.header('Request-Id');
    const text = await this.readBody(res, path, signal, timeout, maxStringBytes);
    if (!res.ok) {
      const parsed = errorBodySchema.safeParse(safeJson(text));
      const msg = parsed.success && parsed.data.Message ? parsed.data.Message : `HTTP ${res.status}`;
      const rid = (parsed.success && parsed.data.RequestId) || requestId;
      throw MewsApiError.fromStatus(res.status, `${path}: ${msg}`, rid ?? null, parseRetryAfter(res.header('Retry-After')));
    }
    if (schema === null) return undefined as z.output<S>;
    const json = res.status === 204 ? {} : safeJson(text);
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new MewsApiError(
        'invalid-response',
        `${path}: unexpected response from Mews (${parsed.error.issues[0]?.message})`,
        res.status,
        requestId,
      );
    return parsed.data;
  }

  /** The body, bounded; a body over the cap is a clear `too-large` failure naming the operation. */
  private async readBody(
    res: PostAnswer,
    path: string,
    signal: AbortSignal | undefined,
    timeout: AbortSignal,
    maxStringBytes?: number,
  ): Promise<string> {
    const max = this.maxResponseBytes;
    const limits = res.ok
      ? { maxBytes: max, maxStringBytes: maxStringBytes ?? Math.floor(max / 4) }
      : { maxBytes: MAX_ERROR_BODY_BYTES, maxStringBytes: MAX_ERROR_BODY_BYTES };
    try {
      return await readBoundedJson(res.body, limits);
    } catch (err) {
      if (!res.ok) return ''; // the status says enough
      if (err instanceof BodyTooLargeError) {
        throw new MewsApiError(
          'response-too-large',
          `Mews's answer to ${path} is larger than ${mib(max)} (mews.maxResponseBytes); it was not read`,
          res.status,
          res.header('Request-Id'),
        );
      }
      if (signal?.aborted) throw new AbortedError(signal.reason);
      if (timeout.aborted) throw new MewsApiError('timeout', `Mews did not finish answering ${path} within ${this.timeoutMs} ms`);
      throw new MewsApiError('network', `Mews's answer to ${path} broke off: ${errorText(err)}`);
    }
  }
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/** The update's body as the docs define it: Progress only with Processing, Notes only with a final state. */
function updateBody(u: CommandUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = { CommandId: u.CommandId, State: u.State };
  if (u.State === 'Processing' && u.Progress !== undefined) body.Progress = u.Progress;
  if (FINAL_STATES.has(u.State) && u.Notes) body.Notes = u.Notes;
  return body;
}

/** Bytes of the strings skipped unread anywhere in a command's Data (0 when none was). */
function skippedStringBytes(data: unknown): number {
  if (typeof data === 'string') return oversizedLength(data) ?? 0;
  if (data === null || typeof data !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(data)) n += skippedStringBytes(v);
  return n;
}

function parseCommands(result: z.output<typeof commandResultSchema>): FetchedCommands {
  const out: FetchedCommands = { commands: [], invalid: [] };
  for (const raw of result.Commands) {
    const r = commandSchema.safeParse(raw);
    if (r.success) out.commands.push(r.data);
    else {
      const id = typeof (raw as { Id?: unknown })?.Id === 'string' ? (raw as { Id: string }).Id : null;
      const issue = r.error.issues[0];
      out.invalid.push({ id, reason: `${issue?.path.join('.') || 'command'}: ${issue?.message}`, raw });
    }
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function errorText(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}
