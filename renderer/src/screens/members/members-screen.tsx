/**
 * Members: the roster, searched as you type, filtered by tag and status, exported.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Members"; status text "N members" (locale formatted, e.g. "1,234 members")
 *   searchbox "Search members"          — "/" focuses it; ArrowDown moves into the table
 *   combobox "Tag" (option "All tags"), combobox "Status" (option "Any status")
 *   button "Export" → dialog "Export members": radios "All members", "Members matching the current
 *     search", "Chapterhouse CSV", "Action Network CSV", "NationBuilder CSV"; button "Download CSV"
 *   button "Import", button "Add member"  — "n" opens the new-member form
 *   grid "Members" with role=row rows named by their cells (name, e-mail, phone, tags, status,
 *     city, joined); arrows/Home/End/PageUp/PageDown move, Enter or a click opens the profile
 *   empty: heading "No members yet — add one or import a CSV", buttons "Add member", "Import a CSV"
 *   no results: heading "No members match", button "Clear search"
 *   error: alert with the core's message, button "Try again"
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemberStatus } from '../../../../shared/contract/members';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Kbd } from '../../components/kbd';
import { SearchBox } from '../../components/search-box';
import { errorMessage } from '../../data/call-errors';
import { useDebounced } from '../../data/use-debounced';
import { useMemberPages } from '../../data/use-member-pages';
import { useQuery } from '../../data/use-query';
import { countOf, formatCount } from '../../locale/format';
import { ExportDialog } from './export-dialog';
import { statusOptions } from './member-labels';
import { MemberTable, type MemberTableHandle } from './member-table';
import { useMembersView } from './members-view-state';
import { useListKeys } from '../../components/use-list-keys';

export function MembersScreen() {
  const { navigate } = useRoute();
  const { view, setView, position, store: pages } = useMembersView();
  const [exportOpen, setExportOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<MemberTableHandle>(null);
  const query = useDebounced(view.text, 120);
  const filter = useMemo(() => ({ query, tag: view.tag, status: view.status }), [query, view.tag, view.status]);
  const store = useMemberPages(pages, filter);
  const tags = useQuery('members.tags', {}, { tables: ['members'] });
  const all = useQuery('members.search', { query: '', limit: 1 }, { tables: ['members'] });

  const total = store.total;
  const shown = store.shownFilter;
  const filtered = shown.query.trim() !== '' || shown.tag !== undefined || shown.status !== undefined;
  const empty = total === 0 && !filtered && !store.searching;

  useListKeys(searchRef, () => navigate({ screen: 'new-member' }));

  // Coming back from a profile, the keyboard carries on where it was.
  useEffect(() => {
    if (position.current.scrollOffset > 0 || position.current.activeIndex > 0) tableRef.current?.focus();
  }, [position]);

  function clearSearch() {
    setView(() => ({ text: '', tag: undefined, status: undefined }));
    searchRef.current?.focus();
  }

  return (
    <section className="screen" aria-labelledby="members-title">
      <header className="screen-header">
        <h1 id="members-title" tabIndex={-1} data-screen-title>
          Members
        </h1>
        <span className="muted" role="status">
          {total !== null && !empty ? countOf(total, 'member', 'members') : ''}
        </span>
        {/* An empty roster offers its own two buttons below; one "Add member" on screen, not two.
            Hidden too until the roster's size is known, so the buttons never jump from here to there. */}
        <div className="actions" hidden={empty || total === null}>
          <button type="button" className="btn" onClick={() => setExportOpen(true)}>
            Export
          </button>
          <button type="button" className="btn" onClick={() => navigate({ screen: 'import' })}>
            Import
          </button>
          <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'new-member' })} aria-keyshortcuts="n">
            Add member <Kbd>N</Kbd>
          </button>
        </div>
      </header>
      <div className="toolbar" role="search" hidden={empty}>
        <SearchBox
          ref={searchRef}
          label="Search members"
          placeholder="Search name, e-mail, phone or tag"
          value={view.text}
          onChange={(text) => setView((v) => ({ ...v, text }))}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || (e.key === 'Enter' && total)) {
              e.preventDefault();
              tableRef.current?.focus();
            }
          }}
        />
        <select aria-label="Tag" value={view.tag ?? ''} onChange={(e) => setView((v) => ({ ...v, tag: e.target.value || undefined }))}>
          <option value="">All tags</option>
          {view.tag && !tags.data?.some((t) => t.tag === view.tag) && <option value={view.tag}>{view.tag}</option>}
          {tags.data?.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({formatCount(t.count)})
            </option>
          ))}
        </select>
        <select
          aria-label="Status"
          value={view.status ?? ''}
          onChange={(e) => setView((v) => ({ ...v, status: (e.target.value || undefined) as MemberStatus | undefined }))}
        >
          <option value="">Any status</option>
          {statusOptions.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        {filtered && total !== 0 && (
          <button type="button" className="btn btn-ghost" onClick={clearSearch}>
            Clear search
          </button>
        )}
      </div>
      <div className="screen-body members-body">
        {store.error !== undefined ? (
          <EmptyState title="The members could not be loaded" tone="error" actions={<button className="btn" onClick={() => store.retry()}>Try again</button>}>
            {errorMessage(store.error)}
          </EmptyState>
        ) : total === null ? null : total === 0 && !filtered ? (
          <EmptyState
            title="No members yet"
            actions={
              <>
                <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'new-member' })}>
                  Add member
                </button>
                <button type="button" className="btn" onClick={() => navigate({ screen: 'import' })}>
                  Import a CSV
                </button>
              </>
            }
          >
            Import reads exports from Action Network and NationBuilder, and any spreadsheet saved as CSV.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState title="No members match" actions={<button className="btn" onClick={clearSearch}>Clear search</button>}>
            Nobody matches {shown.query.trim() ? `“${shown.query.trim()}”` : 'these filters'}
            {shown.tag ? ` with the tag “${shown.tag}”` : ''}. Search looks at names, e-mail, phone numbers and tags.
          </EmptyState>
        ) : (
          <MemberTable ref={tableRef} store={store} total={total} position={position} onOpen={(m) => navigate({ screen: 'member', id: m.id })} />
        )}
      </div>
      {exportOpen && (
        <ExportDialog open onClose={() => setExportOpen(false)} view={view} allCount={all.data?.total ?? null} matchingCount={filtered ? total : null} />
      )}
    </section>
  );
}
