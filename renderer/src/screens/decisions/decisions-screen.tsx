/**
 * Decisions: the register of every decision the chapter has made, at a meeting (a motion, or a
 * proposal's vote closed there) or by a vote board, newest first. Searched as you type, filtered by
 * meeting, tag and the proposal's status; each shows where it was taken, its count, the proposal it
 * decided and how carrying it out is going, and its hash. "Verify records" checks every sealed
 * record and chain on this computer, and the chain heads the hubs recorded.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Decisions"; status "N decisions"; button "Verify records" → region "Verification"
 *   searchbox "Search decisions" ("/"), comboboxes "Meeting" ("All meetings"), "Tag" ("All
 *   tags"), "Status" ("Any status"), button "Clear filters"
 *   list "Decisions": one listitem per decision, named by what was decided (the motion or the
 *   proposal): "Decided: OUTCOME", where and when, link "Proposal: TITLE", its status, progressbar
 *   "Progress of TITLE", tags, "Hash" in monospace
 *   empty: heading "No decisions yet"; no match: heading "No decisions match"
 */
import { useMemo, useRef } from 'react';
import type { ProposalStatus } from '../../../../shared/contract/proposals';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { SearchBox } from '../../components/search-box';
import { errorMessage } from '../../data/call-errors';
import { useDebounced } from '../../data/use-debounced';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';
import { REGISTER_TABLES } from '../meetings/meeting-tables';
import { statusLabels, statusOrder } from '../proposals/proposal-words';
import { DecisionRow } from './decision-row';
import { VerifyRecords } from './verify-records';
import { useListKeys } from '../../components/use-list-keys';

export interface DecisionsView {
  search?: string;
  meetingId?: string;
  tag?: string;
  status?: string;
}

export function DecisionsScreen({ view }: { view: DecisionsView }) {
  const { navigate } = useRoute();
  const searchRef = useRef<HTMLInputElement>(null);
  const text = view.search ?? '';
  const search = useDebounced(text.trim(), 120);
  const status = statusOrder.includes(view.status as ProposalStatus) ? view.status : undefined;
  const filtered = search !== '' || status !== undefined || view.tag !== undefined || view.meetingId !== undefined;

  const all = useQuery('decisions.list', {}, { tables: REGISTER_TABLES });
  const matching = useQuery(
    'decisions.list',
    filtered ? { search, ...(status ? { status } : {}), ...(view.tag ? { tag: view.tag } : {}), ...(view.meetingId ? { meetingId: view.meetingId } : {}) } : null,
    { tables: REGISTER_TABLES },
  );
  const meetings = useQuery('meetings.list', {}, { tables: ['meetings'] });
  const list = filtered ? matching.data : all.data;
  const error = all.error ?? (filtered ? matching.error : undefined);

  const tags = useMemo(() => [...new Set((all.data ?? []).flatMap((d) => d.tags))].sort((a, b) => a.localeCompare(b)), [all.data]);
  // Only meetings that took decisions are worth filtering by.
  const meetingsWithDecisions = useMemo(() => {
    const ids = new Set((all.data ?? []).map((d) => d.meetingId).filter(Boolean));
    return (meetings.data ?? []).filter((m) => ids.has(m.id) || m.id === view.meetingId);
  }, [all.data, meetings.data, view.meetingId]);

  function setView(next: DecisionsView) {
    navigate({ screen: 'decisions', ...next }, { replace: true });
  }

  useListKeys(searchRef);

  function clearFilters() {
    setView({});
    searchRef.current?.focus();
  }

  const empty = all.data !== undefined && all.data.length === 0;
  return (
    <section className="screen" aria-labelledby="decisions-title">
      <header className="screen-header">
        <h1 id="decisions-title" tabIndex={-1} data-screen-title>
          Decisions
        </h1>
        <span className="muted" role="status">
          {list && !empty ? countOf(list.length, 'decision', 'decisions') : ''}
        </span>
      </header>
      <div className="toolbar" role="search" hidden={empty}>
        <SearchBox
          ref={searchRef}
          label="Search decisions"
          placeholder="Search motions, proposals, meetings, outcomes and hashes"
          value={text}
          onChange={(next) => setView({ ...view, search: next || undefined })}
        />
        <select aria-label="Meeting" value={view.meetingId ?? ''} onChange={(e) => setView({ ...view, meetingId: e.target.value || undefined })}>
          <option value="">All meetings</option>
          {meetingsWithDecisions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
        <select aria-label="Tag" value={view.tag ?? ''} onChange={(e) => setView({ ...view, tag: e.target.value || undefined })}>
          <option value="">All tags</option>
          {view.tag && !tags.includes(view.tag) && <option value={view.tag}>{view.tag}</option>}
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <select aria-label="Status" value={status ?? ''} onChange={(e) => setView({ ...view, status: e.target.value || undefined })}>
          <option value="">Any status</option>
          {statusOrder.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        {filtered && (
          <button type="button" className="btn btn-ghost" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      <div className="screen-body">
        <div className="page page-wide">
          <VerifyRecords />
          {error !== undefined ? (
            <EmptyState title="The decisions could not be loaded" tone="error" actions={<button className="btn" onClick={() => (all.refetch(), matching.refetch())}>Try again</button>}>
              {errorMessage(error)}
            </EmptyState>
          ) : list === undefined ? null : empty ? (
            <EmptyState title="No decisions yet">
              Every decision lands here: motions closed at a meeting and votes closed on proposals, each with its count and a hash that shows it was not changed
              afterwards.
            </EmptyState>
          ) : list.length === 0 ? (
            <EmptyState title="No decisions match" actions={<button className="btn" onClick={clearFilters}>Clear filters</button>}>
              Nothing matches {search ? `“${search}”` : 'these filters'}
              {status ? ` with a proposal ${statusLabels[status as ProposalStatus].toLowerCase()}` : ''}
              {view.tag ? ` tagged “${view.tag}”` : ''}.
            </EmptyState>
          ) : (
            <ol className="decision-register" aria-label="Decisions">
              {list.map((d) => (
                <DecisionRow key={d.id} entry={d} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
