import { msg, type Message, type Note } from '../i18n/note.js';
import { plainErrorWords } from '../i18n/plain-error-note.js';
import { englishNote } from '../i18n/render-note.js';
import { plainProblemText, type PlainProblem } from '../util/plain-error.js';

/** Typed failures of a Connector API call. `requestId` is Mews's, for support; never a token. */
export type MewsFailureKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'request-timeout'
  | 'conflict'
  | 'too-large'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  /** The answer was larger than `mews.maxResponseBytes` and was not read. */
  | 'response-too-large';

const KIND_BY_STATUS: Record<number, MewsFailureKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'request-timeout',
  409: 'conflict',
  413: 'too-large',
  429: 'rate-limited',
};

export class MewsApiError extends Error {
  /** For a `network` failure: what went wrong on the way to Mews (a known kind and its address, or the error's words). */
  problem: PlainProblem | null = null;

  constructor(
    readonly kind: MewsFailureKind,
    message: string,
    readonly status: number | null = null,
    readonly requestId: string | null = null,
    /** Seconds from Retry-After, when Mews sent it. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'MewsApiError';
  }

  /** Mews could not be reached: "Cannot reach Mews: <plain words>" (`plainError`), keeping the problem for other languages. */
  static unreachable(problem: PlainProblem): MewsApiError {
    const err = new MewsApiError('network', `Cannot reach Mews: ${plainProblemText(problem)}`);
    err.problem = problem;
    return err;
  }

  static fromStatus(status: number, message: string, requestId: string | null, retryAfter: number | null): MewsApiError {
    const kind = KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-request');
    return new MewsApiError(kind, message, status, requestId, retryAfter);
  }

  /** Worth trying again later without changing the request. */
  get retryable(): boolean {
    return ['rate-limited', 'server', 'network', 'timeout', 'request-timeout'].includes(this.kind);
  }
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const secs = Number(value);
  if (Number.isFinite(secs) && secs >= 0) return secs;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, (at - now) / 1000);
}

/** Reason phrases of the statuses a Connector API outage usually answers with (RFC 9110), as message keys. */
const STATUS_WORDS: Record<number, Message> = {
  500: msg('mews.http500'),
  502: msg('mews.http502'),
  503: msg('mews.http503'),
  504: msg('mews.http504'),
  429: msg('mews.http429'),
  408: msg('mews.http408'),
};

/**
 * Why reading from Mews fails, in words for the connection screen, e.g. "Mews answers 503 — service
 * unavailable; retrying". Never a token; the operation path is left to the log.
 */
export function mewsTroubleText(err: MewsApiError): string {
  return englishNote(mewsTroubleNote(err));
}

/** `mewsTroubleText` as message keys, for the UI's language (`ConnectionView.reasonNote`). */
export function mewsTroubleNote(err: MewsApiError): Note {
  switch (err.kind) {
    case 'server':
    case 'rate-limited':
    case 'request-timeout':
    case 'bad-request':
    case 'forbidden':
    case 'not-found':
    case 'conflict':
    case 'too-large': {
      const status = err.status === null ? msg('mews.anError') : String(err.status);
      return [msg('mews.answers', { status, words: (err.status && STATUS_WORDS[err.status]) || msg('mews.requestRefused') })];
    }
    case 'timeout':
      return [msg('mews.noAnswerInTime')];
    case 'invalid-response':
      return [msg('mews.unreadableAnswer')];
    case 'network':
    case 'response-too-large':
    case 'unauthorized': {
      // "…switched on; retrying", not "…switched on.; retrying"
      const p = err.problem;
      if (p)
        return [msg('mews.cannotReach'), msg('mews.retryingAfter', { problem: p.kind ? plainErrorWords(p) : p.text.replace(/\.$/, '') })];
      return [`${err.message.replace(/\.$/, '')}; retrying`];
    }
  }
}
