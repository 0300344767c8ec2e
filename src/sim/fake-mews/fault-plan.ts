/** Faults a test can inject into the fake Mews. Each is consumed as requests arrive. */
export interface HttpFault {
  status: number;
  /** Seconds, sent as Retry-After (429). */
  retryAfter?: number;
  /** Only for this operation path, e.g. "commands/update"; any when omitted. */
  path?: string;
  /** How many requests it applies to. */
  times: number;
}

export class FaultPlan {
  private readonly http: HttpFault[] = [];
  /** Added to every answer, in ms. */
  latencyMs = 0;
  /** Requests that never get an answer (client sees a timeout). */
  hangNext = 0;
  /** WebSocket events are silently lost while set (like a flaky proxy). */
  dropEvents = false;

  failNext(f: Omit<HttpFault, 'times'> & { times?: number }): void {
    this.http.push({ times: 1, ...f });
  }

  takeHttpFault(path: string): HttpFault | null {
    const i = this.http.findIndex((f) => !f.path || f.path === path);
    if (i < 0) return null;
    const f = this.http[i]!;
    if (--f.times <= 0) this.http.splice(i, 1);
    return f;
  }

  clear(): void {
    this.http.length = 0;
    this.latencyMs = 0;
    this.hangNext = 0;
    this.dropEvents = false;
  }
}
