import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, BridgeEvent, CommandView, Note, Snapshot } from '../../src/bridge/api.js';

export interface Notice {
  id: number;
  level: 'info' | 'warn' | 'error';
  /** English words, shown when there is no `note` (or it cannot be rendered here). */
  message: string;
  /** The same as message keys (an action result's `messageNote`, a notice's), shown in the UI's language. */
  note?: Note;
  at: string;
  /** How many times this same message arrived (shown as ×N instead of a pile of copies). */
  count: number;
  /** When it closes by itself (ms since 1970, this browser's clock): its time runs from when it arrived, shown or not. */
  until: number;
}

/** How long a notice stays before it closes by itself (kept open while the pointer or focus is on it). */
export const NOTICE_MS: Record<Notice['level'], number> = { info: 5_000, warn: 10_000, error: 15_000 };

/** Shows a notice: English `message`, and `note` (an action result's `messageNote`) for the UI's language. */
export type Notify = (level: Notice['level'], message: string, note?: Note) => void;

/** Adds a notice; a repeat of one still shown is counted on it instead, and at most 5 stay. `now`: ms, this browser's clock. */
export function pushNotice(list: Notice[], level: Notice['level'], message: string, at: string, note?: Note, now = Date.now()): Notice[] {
  const until = now + NOTICE_MS[level];
  const same = list.find((n) => n.level === level && n.message === message);
  if (same) return [...list.filter((n) => n !== same), { ...same, count: same.count + 1, at, until }];
  return [...list.slice(-4), { id: ++noticeSeq, level, message, ...(note ? { note } : {}), at, count: 1, until }];
}

/**
 * Closes notice `id` and every other whose time is up: only the newest is shown, so an older one that outlived
 * its time while hidden ("Paused" under "Resumed") must not come back when the newest closes.
 */
export function dropNotice(list: Notice[], id: number, now = Date.now()): Notice[] {
  return list.filter((n) => n.id !== id && n.until > now);
}

const MAX_COMMANDS = 500;
let noticeSeq = 0;

function upsert<T extends { id: string }>(list: T[], item: T, front: boolean): T[] {
  const at = list.findIndex((x) => x.id === item.id);
  if (at >= 0) return list.map((x, i) => (i === at ? item : x));
  return front ? [item, ...list] : [...list, item];
}

/** Applies one pushed event to the snapshot the UI holds. */
export function applyEvent(s: Snapshot, e: BridgeEvent): Snapshot {
  switch (e.type) {
    case 'snapshot':
      return e.snapshot;
    case 'connection':
      return { ...s, connection: e.connection };
    case 'device':
      return { ...s, devices: upsert(s.devices, e.device, false) };
    case 'command': {
      const commands = upsert(s.commands, e.command, true)
        .sort((a, b) => b.createdUtc.localeCompare(a.createdUtc))
        .slice(0, MAX_COMMANDS);
      return {
        ...s,
        commands,
        counts: { ...recount(commands), doneToday: s.counts.doneToday + (becameDone(s.commands, e.command) ? 1 : 0) },
      };
    }
    default:
      return s;
  }
}

function becameDone(before: CommandView[], c: CommandView): boolean {
  return c.phase === 'done' && before.find((x) => x.id === c.id)?.phase !== 'done';
}

function recount(commands: CommandView[]) {
  return {
    queued: commands.filter((c) => c.phase === 'queued' || c.phase === 'waiting').length,
    running: commands.filter((c) => c.phase === 'running').length,
    failed: commands.filter((c) => c.phase === 'failed' && !c.dismissed).length,
  };
}

/** Live snapshot plus transient notices. Subscribes before the first read so no event falls in between. */
export function useBridge(api: BridgeApi) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const early: BridgeEvent[] = [];
    let ready = false;
    const unsubscribe = api.subscribe((e) => {
      if (!live) return;
      if (e.type === 'notice') {
        setNotices((list) => pushNotice(list, e.level, e.message, e.at, e.messageNote));
        return;
      }
      if (!ready) early.push(e);
      else setSnapshot((s) => (s ? applyEvent(s, e) : e.type === 'snapshot' ? e.snapshot : s));
    });
    const load = () =>
      api.getSnapshot().then(
        (snap) => {
          if (!live) return;
          ready = true;
          setLoadError(null);
          setSnapshot(early.splice(0).reduce(applyEvent, snap));
        },
        (err: unknown) => {
          if (!live) return;
          setLoadError(err instanceof Error ? err.message : String(err));
          setTimeout(() => void load(), 2000);
        },
      );
    void load();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  const dismissNotice = useCallback((id: number) => setNotices((list) => dropNotice(list, id)), []);
  const addNotice = useCallback(
    (level: Notice['level'], message: string, note?: Note) =>
      setNotices((list) => pushNotice(list, level, message, new Date().toISOString(), note)),
    [],
  );

  return { snapshot, notices, loadError, dismissNotice, addNotice };
}
