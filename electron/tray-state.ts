import type { Snapshot } from '../src/bridge/api.js';
import type { MessageKey } from '../src/i18n/catalogs/en.js';
import type { Language } from '../src/i18n/languages.js';
import { msg, type MessageParam } from '../src/i18n/note.js';
import { renderMessage, renderNoteOr } from '../src/i18n/render-note.js';

export type TrayState = 'ok' | 'attention' | 'offline';

export interface TrayLook {
  state: TrayState;
  /** "Mews Device Bridge — " and the state in words, in the language asked for. */
  tooltip: string;
}

const PRODUCT = 'Mews Device Bridge';

/**
 * The longest tooltip, in UTF-16 code units: Windows keeps a tray icon's tip in `NOTIFYICONDATAW.szTip`, 128
 * WCHARs including the terminating null (Microsoft's Shell_NotifyIcon documentation); a longer one is cut
 * or refused there. Used on every system, so that the tooltip reads the same everywhere.
 */
export const TOOLTIP_MAX = 127;

/** `text` cut to TOOLTIP_MAX with "…" at the end, never inside a surrogate pair. */
function clip(text: string): string {
  if (text.length <= TOOLTIP_MAX) return text;
  let end = TOOLTIP_MAX - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The tray's colour and tooltip for a snapshot (null: the bridge is still starting), the tooltip in `language`
 * (the core's `tray.tip.*` messages). offline/unauthorized/stopped → offline; Mews not answering (degraded),
 * a device needing attention, a failed command, connecting or paused → attention.
 * The connection reason and device details come in the same language when the core sent them as notes
 * (`reasonNote`, `detailNote`), else as the core worded them.
 */
export function trayLook(s: Snapshot | null, language: Language): TrayLook {
  const t = (key: MessageKey, params?: Record<string, MessageParam>) => renderMessage(language, msg(key, params));
  const look = (state: TrayState, text: string): TrayLook => ({ state, tooltip: clip(`${PRODUCT} — ${text}`) });
  if (!s) return look('offline', t('tray.tip.starting'));
  const c = s.connection;
  if (c.status === 'offline' || c.status === 'unauthorized' || c.status === 'stopped') {
    const reason =
      c.reason !== null
        ? renderNoteOr(language, c.reasonNote, c.reason)
        : t(c.status === 'unauthorized' ? 'tray.tip.tokensRejected' : 'tray.tip.notConnected');
    return look('offline', t('tray.tip.offline', { reason }));
  }
  const problems: string[] = [];
  // Failed commands first: the tooltip may be cut (TOOLTIP_MAX), and they are what staff act on.
  const failed = s.commands.filter((x) => x.phase === 'failed' && !x.dismissed).length;
  if (failed) problems.push(t('tray.tip.failedCommands', { count: failed }));
  if (c.status === 'degraded')
    problems.push(c.reason !== null ? renderNoteOr(language, c.reasonNote, c.reason) : t('tray.tip.mewsNotAnswering'));
  for (const d of s.devices)
    if (d.enabled && (d.health === 'attention' || d.health === 'offline')) {
      const detail =
        d.detail !== null
          ? renderNoteOr(language, d.detailNote, d.detail)
          : t(d.health === 'offline' ? 'tray.tip.deviceOffline' : 'tray.tip.deviceAttention');
      // "Printer "Bar" is out of paper." names its device already; other details get the name in front.
      problems.push(detail.includes(d.name) ? detail : t('tray.tip.device', { device: d.name, detail }));
    }
  const whilePaused = (text: string) => (c.paused ? t('tray.tip.whilePaused', { text }) : text);
  if (problems.length) return look('attention', whilePaused(t('tray.tip.needsAttention', { problems: problems.join('; ') })));
  if (c.status === 'connecting') return look('attention', whilePaused(t('tray.tip.connecting')));
  if (c.paused) return look('attention', t('tray.tip.paused'));
  return look('ok', t('tray.tip.allWell'));
}
