import type { ActionResult, ApiMethod, BridgeApi, BridgeEvent } from '../../src/bridge/api.js';
import { apiFromCalls } from './api-from-calls.js';
import { tr } from './i18n/i18n.js';

type Listener = (event: BridgeEvent) => void;
type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> };
type ServerMessage = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { event: BridgeEvent };

const CALL_TIMEOUT_MS = 120_000;

export interface WsBridgeApi extends BridgeApi {
  close(): void;
}

/**
 * `BridgeApi` over the dashboard's `/api/ws` socket. Calls made while the socket is down wait for
 * it; after a reconnect listeners get a fresh snapshot so nothing missed stays stale.
 */
export function createWsBridgeApi(url: string): WsBridgeApi {
  const listeners = new Set<Listener>();
  const pending = new Map<number, Pending>();
  const outbox: string[] = [];
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 500;
  let closed = false;
  let everOpen = false;
  let lostNoticeShown = false;

  const emit = (e: BridgeEvent) => listeners.forEach((l) => l(e));
  const notice = (level: 'info' | 'error', message: string) => emit({ type: 'notice', level, message, at: new Date().toISOString() });

  function open() {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 500;
      for (const frame of outbox.splice(0)) ws.send(frame);
      if (everOpen) {
        if (lostNoticeShown) notice('info', tr('socket.back'));
        void api.getSnapshot().then(
          (snapshot) => emit({ type: 'snapshot', snapshot }),
          () => {},
        );
      }
      everOpen = true;
      lostNoticeShown = false;
    };
    ws.onmessage = (m) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(m.data)) as ServerMessage;
      } catch {
        return;
      }
      if ('event' in msg) return emit(msg.event);
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    };
    ws.onclose = () => {
      socket = null;
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.reject(new Error(tr('socket.lostCall')));
        pending.delete(id);
      }
      if (closed) return;
      if (!lostNoticeShown) notice('error', tr('socket.lost'));
      lostNoticeShown = true;
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  function call(method: ApiMethod, args: unknown[]): Promise<unknown> {
    const id = nextId++;
    const frame = JSON.stringify({ id, method, args });
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(tr('socket.timeout')));
      }, CALL_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      if (socket?.readyState === WebSocket.OPEN) socket.send(frame);
      else outbox.push(frame);
    });
  }

  const subscribe: BridgeApi['subscribe'] = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const api: WsBridgeApi = {
    ...apiFromCalls(call, subscribe),
    // In a browser the bundle is downloaded, not left on the bridge's disk where the user may not be.
    exportDiagnostics: () => downloadDiagnostics(url),
    close() {
      closed = true;
      socket?.close();
    },
  };
  open();
  return api;
}

/** Fetches `GET /api/diagnostics` with the dashboard token and hands the zip to the browser as a download. */
async function downloadDiagnostics(wsUrl: string): Promise<ActionResult> {
  const u = new URL(wsUrl);
  const res = await fetch(`${u.protocol === 'wss:' ? 'https:' : 'http:'}//${u.host}/api/diagnostics`, {
    headers: { authorization: `Bearer ${u.searchParams.get('token') ?? ''}` },
  });
  if (!res.ok) return { ok: false, message: tr('socket.diagnosticsFailed', { status: res.status }) };
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'diagnostics.zip';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return { ok: true, message: tr('socket.diagnosticsSaved', { name }) };
}

/** Reads the dashboard token from `#token=` or `?token=`, keeps it for reloads, and hides it from the address bar. */
export function takeDashboardToken(loc: Location = window.location): string | null {
  const fromHash = new URLSearchParams(loc.hash.replace(/^#/, '')).get('token');
  const fromQuery = new URLSearchParams(loc.search).get('token');
  const token = fromHash ?? fromQuery;
  if (token) {
    sessionStorage.setItem('bridge-token', token);
    history.replaceState(null, '', loc.pathname);
    return token;
  }
  return sessionStorage.getItem('bridge-token');
}
