import { EventEmitter } from 'node:events';
import WebSocket from 'ws';
import type { Logger } from '../util/logger.js';
import { backoffDelay } from '../util/backoff-delay.js';
import type { Credentials } from './mews-api-client.js';
import { deviceCommandEventSchema, frameSchema } from './wire.js';
import { hostOf } from '../util/plain-error.js';
import { asNote, msg, type Note, type NotePart } from '../i18n/note.js';
import { plainErrorNote } from '../i18n/plain-error-note.js';
import { englishNote } from '../i18n/render-note.js';
import { wsText } from '../util/ws-text.js';

export type SocketStatus = 'connecting' | 'online' | 'offline' | 'unauthorized' | 'stopped';

export interface SocketState {
  status: SocketStatus;
  /** Why it is not online, in English words for staff and logs (null when there is nothing to say). */
  reason: string | null;
  /** `reason` as message keys, for the UI's language. */
  reasonNote?: Note;
}

export interface CommandEvent {
  id: string;
  state: string | null;
}

export interface SocketOptions {
  url: string;
  credentials: () => Credentials;
  log: Logger;
  /** A ping is sent this often while no pong is awaited (default 5 s). */
  pingIntervalMs?: number;
  /** A ping unanswered this long means the connection is dead (half-open); it is dropped and replaced (default 5 s). */
  pongTimeoutMs?: number;
  reconnectBaseMs?: number;
  reconnectCapMs?: number;
  /** Largest frame accepted (ws `maxPayload`, default 1 MiB); a larger one closes the socket (1009) and reconnects. */
  maxFrameBytes?: number;
}

/** Mews frames are short event lists; a megabyte is thousands of events. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

export interface MewsSocketEvents {
  state: [SocketState];
  commands: [CommandEvent[]];
}

/**
 * The Mews WebSocket: cookie auth, liveness by ping/pong, reconnect with capped jittered backoff.
 * Emits `state` on every change and `commands` with the DeviceCommand events of each frame.
 */
export class MewsSocket extends EventEmitter<MewsSocketEvents> {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private pongTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  state: SocketState = { status: 'stopped', reason: null };
  framesReceived = 0;
  badFrames = 0;
  /** Frames over `maxFrameBytes`, each of which cost a reconnect (and the re-sync that follows it). */
  oversizedFrames = 0;

  constructor(private readonly opts: SocketOptions) {
    super();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /** Drop the connection and connect again at once (Mews needs this after device changes). */
  reconnect(): void {
    if (this.stopped) return this.start();
    this.attempt = 0;
    this.clearTimers();
    const old = this.ws;
    this.ws = null;
    old?.removeAllListeners();
    old?.on('error', () => undefined);
    old?.terminate();
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    const old = this.ws;
    this.ws = null;
    old?.removeAllListeners();
    old?.on('error', () => undefined);
    old?.close();
    old?.terminate();
    this.setState('stopped', null);
  }

  private connect(): void {
    const c = this.opts.credentials();
    this.setState('connecting', null);
    const ws = new WebSocket(this.opts.url, {
      headers: { Cookie: `ClientToken=${c.clientToken}; AccessToken=${c.accessToken}` },
      handshakeTimeout: 15_000,
      maxPayload: this.opts.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
    });
    this.ws = ws;
    let unauthorized = false;

    ws.on('unexpected-response', (_req, res) => {
      unauthorized = res.statusCode === 401 || res.statusCode === 403;
      const status = String(res.statusCode);
      const reason = unauthorized ? msg('mews.tokensRejected', { status }) : msg('mews.socketRefused', { status });
      res.resume();
      this.lost(ws, unauthorized ? 'unauthorized' : 'offline', reason);
    });
    ws.on('open', () => {
      if (this.ws !== ws) return;
      this.attempt = 0;
      this.setState('online', null);
      this.schedulePing(ws);
    });
    ws.on('pong', () => {
      if (this.pongTimer) clearTimeout(this.pongTimer);
      this.pongTimer = null;
    });
    ws.on('message', (data, isBinary) => this.onFrame(isBinary ? null : wsText(data)));
    ws.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        this.oversizedFrames++;
        const limit = this.opts.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
        const reason = msg('mews.frameTooLarge', { limit: String(limit) });
        this.opts.log.warn({ limitBytes: limit }, 'Closed the Mews WebSocket: a message was too large');
        return this.lost(ws, 'offline', reason, false); // ws already sent Close 1009; let the handshake finish
      }
      this.lost(ws, 'offline', [msg('mews.cannotReach'), plainErrorNote(err, hostOf(this.opts.url))]);
    });
    ws.on('close', (code, reason) =>
      this.lost(ws, 'offline', msg('mews.connectionClosed', { code: `${code}${reason.length ? ` ${reason.toString()}` : ''}` })),
    );
  }

  private onFrame(text: string | null): void {
    this.framesReceived++;
    let json: unknown;
    try {
      json = text === null ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const frame = frameSchema.safeParse(json);
    if (!frame.success) {
      this.badFrames++;
      this.opts.log.warn({ length: text?.length ?? null }, 'Ignored a malformed WebSocket frame from Mews');
      return;
    }
    const events: CommandEvent[] = [];
    for (const e of frame.data.Events) {
      const ev = deviceCommandEventSchema.safeParse(e);
      if (ev.success) events.push({ id: ev.data.Id, state: ev.data.State ?? null });
      else if ((e as { Type?: unknown })?.Type === 'DeviceCommand') this.opts.log.warn('Ignored a DeviceCommand event without an Id');
    }
    if (events.length) this.emit('commands', events);
  }

  private schedulePing(ws: WebSocket): void {
    const interval = this.opts.pingIntervalMs ?? 5_000;
    this.pingTimer = setInterval(() => {
      if (this.ws !== ws || ws.readyState !== WebSocket.OPEN) return;
      if (this.pongTimer) return;
      this.pongTimer = setTimeout(() => {
        this.pongTimer = null;
        this.opts.log.warn('Mews WebSocket did not answer a ping; reconnecting');
        this.lost(ws, 'offline', msg('mews.noPong'));
        ws.terminate();
      }, this.opts.pongTimeoutMs ?? 5_000);
      ws.ping();
    }, interval);
  }

  private lost(ws: WebSocket, status: 'offline' | 'unauthorized', why: Note | NotePart, terminate = true): void {
    if (this.ws !== ws) return;
    this.ws = null;
    ws.removeAllListeners();
    ws.on('error', () => undefined);
    if (terminate) ws.terminate();
    this.clearTimers();
    if (this.stopped) return;
    const reasonNote = asNote(why);
    const reason = englishNote(reasonNote);
    this.setState(status, reason, reasonNote);
    const base = status === 'unauthorized' ? 30_000 : (this.opts.reconnectBaseMs ?? 1_000);
    const delay = backoffDelay(this.attempt++, base, Math.max(base, this.opts.reconnectCapMs ?? 60_000));
    this.opts.log.debug({ status, reason, retryInMs: delay }, 'Mews WebSocket down'); // the bridge logs the outage once
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.stopped) this.connect();
    }, delay);
  }

  private clearTimers(): void {
    for (const t of [this.reconnectTimer, this.pongTimer]) if (t) clearTimeout(t);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.reconnectTimer = this.pingTimer = this.pongTimer = null;
  }

  private setState(status: SocketStatus, reason: string | null, reasonNote?: Note): void {
    if (this.state.status === status && this.state.reason === reason) return;
    this.state = reasonNote ? { status, reason, reasonNote } : { status, reason };
    this.emit('state', this.state);
  }
}
