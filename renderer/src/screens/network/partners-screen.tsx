/**
 * Partners: the directory of organisations the chapter works with, searched as you type over names,
 * descriptions, topics, contacts and notes, and narrowed to one topic.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Partners"; status "N partners"; button "New partner" ("n") → dialog "New partner"
 *   searchbox "Search partners" ("/"); group "Topics": toggle buttons, one per topic (aria-pressed)
 *   list "Partners": one listitem per partner, named by it: link to its page, topics, contacts,
 *     what is shared
 *   empty: heading "No partners yet" with button "New partner"; "No partners match"
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Partner } from '../../../../shared/contract/network';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Kbd } from '../../components/kbd';
import { SearchBox } from '../../components/search-box';
import { errorMessage } from '../../data/call-errors';
import { useDebounced } from '../../data/use-debounced';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';
import { PARTNER_TABLES } from './network-tables';
import { PartnerFormDialog } from './partner-form-dialog';
import { useListKeys } from '../../components/use-list-keys';

export function PartnersScreen({ view }: { view: { search?: string; worksOn?: string } }) {
  const { navigate } = useRoute();
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const text = view.search ?? '';
  const search = useDebounced(text.trim(), 120);
  const all = useQuery('partners.list', {}, { tables: PARTNER_TABLES });
  const filtered = search !== '' || view.worksOn !== undefined;
  const matching = useQuery('partners.list', filtered ? { search, ...(view.worksOn ? { worksOn: view.worksOn } : {}) } : null, { tables: PARTNER_TABLES });
  const list = filtered ? matching.data : all.data;
  const topics = useMemo(() => [...new Set((all.data ?? []).flatMap((p) => p.worksOn))].sort((a, b) => a.localeCompare(b)), [all.data]);
  const setView = (next: { search?: string; worksOn?: string }) => {
    const merged = { ...view, ...next };
    navigate({ screen: 'partners', ...(merged.search ? { search: merged.search } : {}), ...(merged.worksOn ? { worksOn: merged.worksOn } : {}) }, { replace: true });
  };

  useListKeys(searchRef, () => setCreating(true));

  const empty = all.data !== undefined && all.data.length === 0;
  const error = all.error ?? (filtered ? matching.error : undefined);
  return (
    <section className="screen" aria-labelledby="partners-title">
      <header className="screen-header">
        <h1 id="partners-title" tabIndex={-1} data-screen-title>
          Partners
        </h1>
        <span className="muted" role="status">
          {list && !empty ? countOf(list.length, 'partner', 'partners') : ''}
        </span>
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
            New partner <Kbd>N</Kbd>
          </button>
        </div>
      </header>
      <div className="toolbar" role="search" hidden={empty}>
        <SearchBox ref={searchRef} label="Search partners" placeholder="Search names, topics, contacts, notes" value={text} onChange={(next) => setView({ search: next || undefined })} />
        {topics.length > 0 && (
          <div className="topic-filter" role="group" aria-label="Topics">
            {topics.map((t) => (
              <button key={t} type="button" className="chip" aria-pressed={view.worksOn === t} onClick={() => setView({ worksOn: view.worksOn === t ? undefined : t })}>
                {t}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="screen-body">
        {error !== undefined && !list ? (
          <EmptyState title="The partners could not be loaded" tone="error" actions={<button className="btn" onClick={() => (all.refetch(), matching.refetch())}>Try again</button>}>
            {errorMessage(error)}
          </EmptyState>
        ) : !list ? null : empty ? (
          <EmptyState title="No partners yet" actions={<button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>New partner</button>}>
            Keep the organisations the chapter works with in one place: who to call there, what they work on, and the campaigns and events you share.
          </EmptyState>
        ) : list.length === 0 ? (
          <EmptyState title="No partners match" actions={<button className="btn" onClick={() => navigate({ screen: 'partners' }, { replace: true })}>Clear search</button>}>
            No partner’s name, topics, contacts or notes contain “{search}”{view.worksOn ? ` among those working on ${view.worksOn}` : ''}.
          </EmptyState>
        ) : (
          <div className="page page-wide">
            <ul className="card-list" aria-label="Partners">
              {list.map((p) => (
                <PartnerRow key={p.id} partner={p} onOpen={() => navigate({ screen: 'partner', id: p.id })} />
              ))}
            </ul>
          </div>
        )}
      </div>
      <PartnerFormDialog
        open={creating}
        topics={topics}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          setCreating(false);
          navigate({ screen: 'partner', id: p.id });
        }}
      />
    </section>
  );
}

function PartnerRow({ partner: p, onOpen }: { partner: Partner; onOpen(): void }) {
  const titleId = useId();
  const shared = p.links.map((l) => l.campaignName ?? l.eventTitle ?? 'a meeting');
  return (
    <li className="card-row" aria-labelledby={titleId}>
      <div>
        <a id={titleId} className="card-row-title" href="#partner" onClick={(e) => (e.preventDefault(), onOpen())}>
          {p.name}
        </a>
        {p.description && <p className="muted">{p.description}</p>}
        {p.worksOn.length > 0 && (
          <p className="tags">
            {p.worksOn.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="card-row-side">
        {p.contacts[0] && <span>{p.contacts.length > 1 ? `${p.contacts[0].name} and ${p.contacts.length - 1} more` : p.contacts[0].name}</span>}
        {shared.length > 0 && <span className="muted">Shared: {shared.join(', ')}</span>}
      </div>
    </li>
  );
}
