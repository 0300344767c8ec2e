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

/** Reason phrases of the statuses a Connector API outage usually answers with (RFC 9110). */
const STATUS_WORDS: Record<number, string> = {
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
  429: 'too many requests',
  408: 'request timeout',
};

/**
 * Why reading from Mews fails, in words for the connection screen, e.g. "Mews answers 503 — service
 * unavailable; retrying". Never a token; the operation path is left to the log.
 */
export function mewsTroubleText(err: MewsApiError): string {
  switch (err.kind) {
    case 'server':
    case 'rate-limited':
    case 'request-timeout':
    case 'bad-request':
    case 'forbidden':
    case 'not-found':
    case 'conflict':
    case 'too-large':
      return `Mews answers ${err.status ?? 'an error'} — ${(err.status && STATUS_WORDS[err.status]) ?? 'the request was refused'}; retrying`;
    case 'timeout':
      return 'Mews does not answer in time; retrying';
    case 'invalid-response':
      return 'Mews answers in a form this bridge cannot read; retrying';
    case 'network':
    case 'response-too-large':
    case 'unauthorized':
      return `${err.message.replace(/\.$/, '')}; retrying`; // "…switched on; retrying", not "…switched on.; retrying"
  }
}
