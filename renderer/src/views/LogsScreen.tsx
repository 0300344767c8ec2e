import { useCallback, useEffect, useState } from 'react';
import type { BridgeApi, LogLineView } from '../../../src/bridge/api.js';
import type { Notify } from '../use-bridge.js';
import { formatDateTime } from '../format.js';
import { useT } from '../i18n/i18n.js';

const REFRESH_MS = 5_000;

/** The recent log for an admin: newest first, a filter, and the diagnostics bundle for support. */
export function LogsScreen({ api, notify }: { api: BridgeApi; notify: Notify }) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [lines, setLines] = useState<LogLineView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    api.getLog(query.trim(), 300).then(
      (l) => {
        setLines(l);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [api, query]);
  useEffect(() => {
    load();
    const t = setInterval(load, REFRESH_MS);
    return () => clearInterval(t);
  }, [load]);

  const save = async () => {
    setSaving(true);
    try {
      const r = await api.exportDiagnostics();
      notify(r.ok ? 'info' : 'error', r.message, r.messageNote);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="screen">
      <section className="panel" aria-labelledby="logs-title">
        <div className="panel-head">
          <h2 id="logs-title">{t('logs.title')}</h2>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving} data-testid="save-diagnostics">
            {saving ? t('logs.preparing') : t('logs.saveDiagnostics')}
          </button>
        </div>
        <div className="search" role="search">
          <label htmlFor="log-filter" className="sr-only">
            {t('logs.filterLabel')}
          </label>
          <input
            id="log-filter"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('logs.filterPlaceholder')}
            data-testid="log-filter"
          />
        </div>
        {error && <p className="field-error">{error}</p>}
        {lines && lines.length === 0 && (
          <p className="empty-inline" data-testid="log-empty">
            {query.trim() ? t('logs.noMatch', { query: query.trim() }) : t('logs.nothing')}
          </p>
        )}
        {lines && lines.length > 0 && (
          <ol className="log-lines" data-testid="log-lines">
            {lines.map((l, i) => (
              <li key={`${l.time}-${i}`} className={`log-line log-${l.level}`} data-testid="log-line" data-level={l.level}>
                <time dateTime={l.time}>{formatDateTime(l.time, lang)}</time>
                <span className="log-level">{l.level}</span>
                <span className="log-message">{l.message}</span>
                {l.details && <span className="log-details">{l.details}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
