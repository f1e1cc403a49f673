/**
 * Proposals: the board of every proposal in the chapter, ranked by support and then by votes (the
 * core orders them), so the most supported ideas and their advocates rise. Searched as you type
 * (titles, summaries and the proposals' text), filtered by status and tag.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Proposals"; status text "N proposals"
 *   button "New proposal" ("n") → dialog "New proposal": textbox "Title", textbox "Summary",
 *     combobox "Tags" (Enter adds), combobox "Advocate" (member picker), textbox "Body";
 *     button "Create proposal" (opens the new proposal's page), button "Cancel"
 *   searchbox "Search proposals" ("/"), combobox "Status" (option "Any status"), combobox "Tag"
 *     (option "All tags"), button "Clear filters"
 *   list "Proposals": one listitem per proposal, named by its title, holding: its rank, link (the
 *     title) to its page, status, tags, "Advocate: NAME", button "Support" (aria-pressed; with no
 *     member linked to this computer it opens dialog "Who supports “TITLE”?" with combobox
 *     "Supporting member" and button "Support"), "N supporters", "N votes"
 *   empty: heading "No proposals yet" with button "New proposal" (the header's is hidden then)
 *   no match: heading "No proposals match" with button "Clear filters"
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Proposal, ProposalStatus } from '../../../../shared/contract/proposals';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Kbd } from '../../components/kbd';
import { SearchBox } from '../../components/search-box';
import { ProposalStatusBadge } from '../../components/proposal-status-badge';
import { errorMessage } from '../../data/call-errors';
import { useDebounced } from '../../data/use-debounced';
import { useQuery } from '../../data/use-query';
import { countOf, formatCount } from '../../locale/format';
import { NewProposalDialog } from './new-proposal-dialog';
import { statusLabels, statusOrder } from './proposal-words';
import { SupportToggle } from './support-toggle';
import { useListKeys } from '../../components/use-list-keys';

/** What the board shows, kept in the route so Back returns to the same search. */
export interface ProposalsView {
  search?: string;
  status?: string;
  tag?: string;
}

const BOARD_TABLES = ['proposals', 'proposal_text', 'proposal_supports', 'members', 'decisions'];
/** Rows drawn at first; more on request (each row reads who supports it). */
const PAGE = 50;

export function ProposalsScreen({ view }: { view: ProposalsView }) {
  const { navigate } = useRoute();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const searchRef = useRef<HTMLInputElement>(null);
  const text = view.search ?? '';
  const search = useDebounced(text.trim(), 120);
  const status = statusOrder.includes(view.status as ProposalStatus) ? (view.status as ProposalStatus) : undefined;
  const filtered = search !== '' || status !== undefined || view.tag !== undefined;

  const all = useQuery('proposals.list', {}, { tables: BOARD_TABLES });
  const matching = useQuery('proposals.list', filtered ? { search, ...(status ? { status } : {}), ...(view.tag ? { tag: view.tag } : {}) } : null, { tables: BOARD_TABLES });
  const list = filtered ? matching.data : all.data;
  const error = all.error ?? (filtered ? matching.error : undefined);

  const tags = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of all.data ?? []) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [all.data]);

  function setView(next: ProposalsView) {
    navigate({ screen: 'proposals', ...next }, { replace: true });
  }

  useEffect(() => setShown(PAGE), [search, status, view.tag]);

  useListKeys(searchRef, () => setCreating(true));

  function clearFilters() {
    setView({});
    searchRef.current?.focus();
  }

  const empty = all.data !== undefined && all.data.length === 0;
  return (
    <section className="screen" aria-labelledby="proposals-title">
      <header className="screen-header">
        <h1 id="proposals-title" tabIndex={-1} data-screen-title>
          Proposals
        </h1>
        <span className="muted" role="status">
          {list && !empty ? countOf(list.length, 'proposal', 'proposals') : ''}
        </span>
        <div className="actions" hidden={empty}>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
            New proposal <Kbd>N</Kbd>
          </button>
        </div>
      </header>
      <div className="toolbar" role="search" hidden={empty}>
        <SearchBox
          ref={searchRef}
          label="Search proposals"
          placeholder="Search titles, summaries and text"
          value={text}
          onChange={(search) => setView({ ...view, search: search || undefined })}
        />
        <select aria-label="Status" value={status ?? ''} onChange={(e) => setView({ ...view, status: e.target.value || undefined })}>
          <option value="">Any status</option>
          {statusOrder.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        <select aria-label="Tag" value={view.tag ?? ''} onChange={(e) => setView({ ...view, tag: e.target.value || undefined })}>
          <option value="">All tags</option>
          {view.tag && !tags.some(([t]) => t === view.tag) && <option value={view.tag}>{view.tag}</option>}
          {tags.map(([t, n]) => (
            <option key={t} value={t}>
              {t} ({formatCount(n)})
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
        {error !== undefined ? (
          <EmptyState title="The proposals could not be loaded" tone="error" actions={<button className="btn" onClick={() => (all.refetch(), matching.refetch())}>Try again</button>}>
            {errorMessage(error)}
          </EmptyState>
        ) : list === undefined ? null : empty ? (
          <EmptyState
            title="No proposals yet"
            actions={
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                New proposal
              </button>
            }
          >
            Anyone in the chapter can propose an idea. Others support it, co-edit it and vote on it; the most supported rise to the top.
          </EmptyState>
        ) : list.length === 0 ? (
          <EmptyState title="No proposals match" actions={<button className="btn" onClick={clearFilters}>Clear filters</button>}>
            Nothing matches {search ? `“${search}”` : 'these filters'}
            {status ? ` with the status ${statusLabels[status].toLowerCase()}` : ''}
            {view.tag ? ` tagged “${view.tag}”` : ''}. Search looks at titles, summaries and the proposals’ text.
          </EmptyState>
        ) : (
          <div className="page page-wide">
            <ol className="proposal-board" aria-label="Proposals">
              {list.slice(0, shown).map((p, i) => (
                <ProposalRow key={p.id} proposal={p} rank={i + 1} onOpen={() => navigate({ screen: 'proposal', id: p.id })} />
              ))}
            </ol>
            {list.length > shown && (
              <button type="button" className="btn show-more" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, list.length - shown)} more of {list.length - shown}
              </button>
            )}
          </div>
        )}
      </div>
      <NewProposalDialog
        open={creating}
        onClose={() => setCreating(false)}
        tagSuggestions={tags.map(([t]) => t)}
        onCreated={(p) => {
          setCreating(false);
          navigate({ screen: 'proposal', id: p.id });
        }}
      />
    </section>
  );
}

function ProposalRow({ proposal: p, rank, onOpen }: { proposal: Proposal; rank: number; onOpen(): void }) {
  const titleId = useId();
  return (
    <li className="proposal-row" aria-labelledby={titleId}>
      <span className="proposal-rank">
        <span className="visually-hidden">Rank </span>
        {rank}
      </span>
      <div className="proposal-main">
        <a
          id={titleId}
          className="proposal-title"
          href={`#proposal-${p.id}`}
          onClick={(e) => {
            // The URL's hash carries the browser host's key: navigate in-app, never through the URL.
            e.preventDefault();
            onOpen();
          }}
        >
          {p.title}
        </a>
        {p.summary && <p className="proposal-summary">{p.summary}</p>}
        <div className="proposal-meta">
          <ProposalStatusBadge status={p.status} />
          {p.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
          {p.advocate && (
            <span className="proposal-advocate">
              Advocate: <strong>{p.advocate.name}</strong>
            </span>
          )}
        </div>
      </div>
      <div className="proposal-numbers">
        <SupportToggle proposalId={p.id} title={p.title} count={p.supportCount} />
        <span className="vote-count">{countOf(p.voteCount, 'vote', 'votes')}</span>
      </div>
    </li>
  );
}
