/**
 * Headquarters: every chapter's totals, for a device that joined headquarters as a coordinator
 * (the sidebar lists this screen only then). Unlike every other screen this one reads over the
 * network (`hq.chapters` asks the headquarters hub), so it has a loading state, an error state that
 * says what to do, and a Refresh button; the last answer stays on screen while a new one comes.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Headquarters" (level 1); button "Refresh"
 *   table "Chapters": columns "Chapter", "Members", "Last sync"; one row per chapter
 *   status "Asking headquarters…" while the first answer is on its way
 *   heading "No chapters at headquarters yet" when it holds none
 *   alert with heading "Headquarters did not answer" and button "Try again" on an error
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import { EmptyState } from '../../components/empty-state';
import { Pending } from '../../components/pending';
import { errorSentence } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useQuery } from '../../data/use-query';
import { countOf, formatCount, formatMoment } from '../../locale/format';
import { useRoute } from '../../app/routes';

type Chapters = MethodOutput<'hq.chapters'>;

/** One remote read with its own loading and error, refreshed on demand (no `changed` event covers it). */
function useHeadquartersChapters() {
  const api = useApi();
  const [state, setState] = useState<{ data: Chapters | null; error: unknown; busy: boolean; at: Date | null }>({ data: null, error: undefined, busy: true, at: null });
  const latest = useRef(0);
  const refresh = useCallback(() => {
    const seq = ++latest.current;
    setState((s) => ({ ...s, busy: true }));
    api.call('hq.chapters', {}).then(
      (data) => seq === latest.current && setState({ data, error: undefined, busy: false, at: new Date() }),
      (error: unknown) => seq === latest.current && setState((s) => ({ ...s, error, busy: false })),
    );
  }, [api]);
  useEffect(() => {
    refresh();
    // A newer refresh (or leaving the screen) makes an older answer irrelevant.
    return () => void ++latest.current;
  }, [refresh]);
  return { ...state, refresh };
}

export function HeadquartersScreen() {
  const chapters = useHeadquartersChapters();
  const status = useQuery('sync.status', {}, { tables: ['sync'] });
  const { navigate } = useRoute();
  const sorted = chapters.data ? [...chapters.data].sort((a, b) => a.name.localeCompare(b.name)) : null;
  const isCoordinator = status.data?.hubs.some((h) => h.role === 'coordinator') ?? true;
  const advice = isCoordinator ? (
    'Check this computer’s internet connection, then try again.'
  ) : (
    <>
      Join headquarters with a coordinator’s invite on the{' '}
      <a href="#sync" onClick={(e) => { e.preventDefault(); navigate({ screen: 'sync' }); }}>
        Sync screen
      </a>
      .
    </>
  );
  return (
    <section className="screen" aria-labelledby="hq-title">
      <header className="screen-header">
        <h1 id="hq-title" tabIndex={-1} data-screen-title>
          Headquarters
        </h1>
        <div className="actions">
          {chapters.at && !chapters.busy && <span className="muted hq-updated">Updated {formatMoment(chapters.at.toISOString())}</span>}
          <button type="button" className="btn" onClick={chapters.refresh} disabled={chapters.busy}>
            {chapters.busy && chapters.data ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </header>
      <div className="screen-body">
        {chapters.error !== undefined && !sorted && (
          <EmptyState
            title="Headquarters did not answer"
            tone="error"
            actions={
              <button type="button" className="btn" onClick={chapters.refresh} disabled={chapters.busy}>
                Try again
              </button>
            }
          >
            <p>{errorSentence(chapters.error)}</p>
            <p>{advice}</p>
          </EmptyState>
        )}
        {!sorted && chapters.error === undefined && chapters.busy && <Pending label="Asking headquarters…" />}
        {sorted && sorted.length === 0 && (
          <EmptyState title="No chapters at headquarters yet">Chapters appear here once headquarters has created them and their devices have synced.</EmptyState>
        )}
        {sorted && sorted.length > 0 && (
          <div className="page">
            {chapters.error !== undefined && (
              <p className="notice notice-error banner" role="alert">
                Headquarters did not answer the last refresh: {errorSentence(chapters.error)} These figures are from before.
              </p>
            )}
            <table className="plain-table hq-table" aria-label="Chapters">
              <thead>
                <tr>
                  <th scope="col">Chapter</th>
                  <th scope="col" className="num">
                    Members
                  </th>
                  <th scope="col">Last sync</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td className="num">{formatCount(c.memberCount)}</td>
                    <td>{c.lastSyncAt ? <time dateTime={c.lastSyncAt}>{formatMoment(c.lastSyncAt)}</time> : <span className="muted">Never</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted table-note">
              {countOf(sorted.length, 'chapter', 'chapters')}, {countOf(sorted.reduce((n, c) => n + c.memberCount, 0), 'member', 'members')} in all.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
