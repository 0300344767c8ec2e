import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.js';
import { useNoteText } from '../i18n/note-text.js';
import type { Notice } from '../use-bridge.js';
import { useNow } from '../use-now.js';

/** The least a notice stays once shown (an older one coming back near the end of its time, one just hovered). */
const MIN_SHOWN_MS = 1_500;

/**
 * Short-lived messages in the free end of the tab bar: the space is always there, so a notice never
 * covers a button and never pushes the screen down. The newest is shown; older ones whose time is not up
 * are counted ("+2", said in words in its tooltip and to screen readers).
 */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const now = useNow(1_000);
  const latest = notices.at(-1);
  const older = notices.slice(0, -1).filter((n) => n.until > now).length;
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions" data-testid="notices">
      {latest && <NoticeItem key={latest.id} notice={latest} older={older} onDismiss={onDismiss} />}
    </div>
  );
}

function NoticeItem({ notice: n, older, onDismiss }: { notice: Notice; older: number; onDismiss: (id: number) => void }) {
  const { t } = useT();
  const noteText = useNoteText();
  const text = noteText(n.note, n.message);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const t = setTimeout(() => onDismiss(n.id), Math.max(n.until - Date.now(), MIN_SHOWN_MS));
    return () => clearTimeout(t);
  }, [n.id, n.until, held, onDismiss]);
  return (
    <div
      className={`notice notice-${n.level}`}
      role={n.level === 'error' ? 'alert' : 'status'}
      title={text}
      data-testid="notice"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="notice-text">
        {text}
        {n.count > 1 && <strong className="notice-count"> ×{n.count}</strong>}
      </span>
      {older > 0 && (
        <span className="notice-more" title={t('notice.older', { count: older })} aria-label={t('notice.older', { count: older })}>
          +{older}
        </span>
      )}
      <button type="button" className="btn btn-quiet notice-close" onClick={() => onDismiss(n.id)} aria-label={t('notice.close')}>
        ✕
      </button>
    </div>
  );
}
