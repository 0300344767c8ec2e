import { useState, type FormEvent } from 'react';
import type { BridgeApi, CommandView } from '../../../src/bridge/api.js';
import { CommandRow } from '../components/CommandRow.js';
import { shownWordMatch } from '../shown-word-match.js';
import { useT } from '../i18n/i18n.js';

export function HistorySearch({ api, now }: { api: BridgeApi; now: number }) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CommandView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The core matches summaries as this UI shows them (its language), besides English, ids, devices and notes;
      // the state words are this UI's own, so it says which states its words match.
      setResults(await api.searchHistory(query.trim(), 100, lang, shownWordMatch(query, lang)));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="history-search" aria-labelledby="history-title">
      <h3 id="history-title">{t('historySearch.title')}</h3>
      <form className="search" role="search" onSubmit={search}>
        <label htmlFor="history-query" className="sr-only">
          {t('historySearch.label')}
        </label>
        <input
          id="history-query"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('historySearch.placeholder')}
          data-testid="history-query"
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('historySearch.search')}
        </button>
      </form>
      <div aria-live="polite">
        {error && <p className="field-error">{error}</p>}
        {results &&
          (results.length === 0 ? (
            <p className="empty-inline" data-testid="history-empty">
              {t('historySearch.none', { query })}
            </p>
          ) : (
            <>
              <p className="muted">{t('historySearch.found', { count: results.length })}</p>
              <ul className="command-list" data-testid="history-list">
                {results.map((c) => (
                  <CommandRow key={c.id} command={c} now={now} />
                ))}
              </ul>
            </>
          ))}
      </div>
    </section>
  );
}
