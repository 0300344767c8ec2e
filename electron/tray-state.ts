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
 * The tray's colour and tooltip for a snapshot (null: the bridge is still starting), the tooltip in `language`
 * (the core's `tray.tip.*` messages). offline/unauthorized/stopped → offline; Mews not answering (degraded),
 * a device needing attention, a failed command, connecting or paused → attention.
 * The connection reason and device details come in the same language when the core sent them as notes
 * (`reasonNote`, `detailNote`), else as the core worded them.
 */
export function trayLook(s: Snapshot | null, language: Language): TrayLook {
  const t = (key: MessageKey, params?: Record<string, MessageParam>) => renderMessage(language, msg(key, params));
  const look = (state: TrayState, text: string): TrayLook => ({ state, tooltip: `${PRODUCT} — ${text}` });
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
  if (c.status === 'degraded')
    problems.push(c.reason !== null ? renderNoteOr(language, c.reasonNote, c.reason) : t('tray.tip.mewsNotAnswering'));
  for (const d of s.devices)
    if (d.enabled && (d.health === 'attention' || d.health === 'offline')) {
      const detail =
        d.detail !== null
          ? renderNoteOr(language, d.detailNote, d.detail)
          : t(d.health === 'offline' ? 'tray.tip.deviceOffline' : 'tray.tip.deviceAttention');
      problems.push(t('tray.tip.device', { device: d.name, detail }));
    }
  const failed = s.commands.filter((x) => x.phase === 'failed' && !x.dismissed).length;
  if (failed) problems.push(t('tray.tip.failedCommands', { count: failed }));
  const whilePaused = (text: string) => (c.paused ? t('tray.tip.whilePaused', { text }) : text);
  if (problems.length) return look('attention', whilePaused(t('tray.tip.needsAttention', { problems: problems.join('; ') })));
  if (c.status === 'connecting') return look('attention', whilePaused(t('tray.tip.connecting')));
  if (c.paused) return look('attention', t('tray.tip.paused'));
  return look('ok', t('tray.tip.allWell'));
}
