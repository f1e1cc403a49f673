/**
 * Affinity groups inside the chapter (a reading group, a neighbourhood team), each with its members
 * and its own totals.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Affinity groups"; button "New group" ("n") → dialog "New group" (textbox "Name",
 *   "Description"; button "Create group", which opens the group)
 *   list "Affinity groups": one listitem per group, named by it: link to its page, "N members",
 *     its totals (one line per unit)
 *   empty: heading "No groups yet" with button "New group"
 */
import { useEffect, useId, useState } from 'react';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { hasMod, isTyping, Kbd } from '../../components/kbd';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';
import { PLEDGE_TABLES } from '../pledges/pledge-tables';
import { GroupFormDialog } from './group-form-dialog';

export function GroupsScreen() {
  const { navigate } = useRoute();
  const overview = useQuery('thermometers.overview', {}, { tables: PLEDGE_TABLES });
  const groups = useQuery('groups.list', {}, { tables: PLEDGE_TABLES });
  const [creating, setCreating] = useState(false);
  const totals = new Map((overview.data?.groups ?? []).map((g) => [g.id, g.thermometers]));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasMod(event) || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'n') {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const list = groups.data;
  return (
    <section className="screen" aria-labelledby="groups-title">
      <header className="screen-header">
        <h1 id="groups-title" tabIndex={-1} data-screen-title>
          Affinity groups
        </h1>
        <span className="muted" role="status">
          {list && list.length > 0 ? countOf(list.length, 'group', 'groups') : ''}
        </span>
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
            New group <Kbd>N</Kbd>
          </button>
        </div>
      </header>
      <div className="screen-body">
        {groups.error !== undefined && !list ? (
          <EmptyState title="The groups could not be loaded" tone="error" actions={<button className="btn" onClick={groups.refetch}>Try again</button>}>
            {errorMessage(groups.error)}
          </EmptyState>
        ) : !list ? null : list.length === 0 ? (
          <EmptyState title="No groups yet" actions={<button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>New group</button>}>
            Affinity groups are the chapter’s smaller circles: a reading group, a neighbourhood team, a committee. Each shows its members and what they
            pledged together.
          </EmptyState>
        ) : (
          <div className="page page-wide">
            <ul className="card-list" aria-label="Affinity groups">
              {list.map((g) => (
                <GroupRow key={g.id} name={g.name} description={g.description} memberCount={g.memberCount} totals={(totals.get(g.id) ?? []).map((t) => t.label)} onOpen={() => navigate({ screen: 'group', id: g.id })} />
              ))}
            </ul>
          </div>
        )}
      </div>
      <GroupFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(g) => {
          setCreating(false);
          navigate({ screen: 'group', id: g.id });
        }}
      />
    </section>
  );
}

function GroupRow({ name, description, memberCount, totals, onOpen }: { name: string; description: string | null; memberCount: number; totals: string[]; onOpen(): void }) {
  const titleId = useId();
  return (
    <li className="card-row" aria-labelledby={titleId}>
      <div>
        <a id={titleId} className="card-row-title" href="#group" onClick={(e) => (e.preventDefault(), onOpen())}>
          {name}
        </a>
        {description && <p className="muted">{description}</p>}
      </div>
      <div className="card-row-side">
        <span>{countOf(memberCount, 'member', 'members')}</span>
        {totals.length === 0 ? <span className="muted">Nothing pledged yet</span> : totals.map((t) => <span key={t} className="muted">{t}</span>)}
      </div>
    </li>
  );
}
