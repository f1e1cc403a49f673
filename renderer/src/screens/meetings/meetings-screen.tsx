/**
 * Meetings: every meeting of the chapter, the one in progress first, then those coming up, then
 * those closed and sealed; searched by title and place as you type.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Meetings"; status "N meetings"
 *   button "Schedule a meeting" ("n") → dialog "Schedule a meeting": textbox "Title", "Starts"
 *     (datetime-local), textbox "Quorum (% of those present)", textbox "Place", textbox "Online
 *     link", textbox "Agenda" (one item per line); button "Schedule meeting" (opens the meeting)
 *   searchbox "Search meetings" ("/")
 *   list "Meetings": one listitem per meeting, named by its title: link (the title) to its page,
 *     its status ("Scheduled", "In progress", "Closed and sealed"), when, where, "N present"
 *   empty: heading "No meetings yet" with button "Schedule a meeting"
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../../shared/contract/meetings';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Kbd } from '../../components/kbd';
import { SearchBox } from '../../components/search-box';
import { errorMessage } from '../../data/call-errors';
import { useDebounced } from '../../data/use-debounced';
import { useQuery } from '../../data/use-query';
import { countOf, formatMoment } from '../../locale/format';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MeetingStatusBadge } from './meeting-status-badge';
import { useListKeys } from '../../components/use-list-keys';

const LIST_TABLES = ['meetings', 'attendance'];
const statusRank = { open: 0, scheduled: 1, closed: 2 } as const;

export function MeetingsScreen({ view }: { view: { search?: string } }) {
  const { navigate } = useRoute();
  const [scheduling, setScheduling] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const text = view.search ?? '';
  const search = useDebounced(text.trim(), 120);
  const all = useQuery('meetings.list', {}, { tables: LIST_TABLES });
  const matching = useQuery('meetings.list', search ? { search } : null, { tables: LIST_TABLES });
  const list = search ? matching.data : all.data;
  const error = all.error ?? (search ? matching.error : undefined);

  // In progress first, then upcoming soonest first, then the past newest first.
  const ordered = useMemo(() => {
    if (!list) return undefined;
    return [...list].sort((a, b) => {
      const rank = statusRank[a.status] - statusRank[b.status];
      if (rank !== 0) return rank;
      const at = a.startsAt ?? '';
      const bt = b.startsAt ?? '';
      return a.status === 'closed' ? bt.localeCompare(at) : at.localeCompare(bt);
    });
  }, [list]);

  useListKeys(searchRef, () => setScheduling(true));

  const empty = all.data !== undefined && all.data.length === 0;
  const schedule = (
    <button type="button" className="btn btn-primary" onClick={() => setScheduling(true)} aria-keyshortcuts="n">
      Schedule a meeting <Kbd>N</Kbd>
    </button>
  );
  return (
    <section className="screen" aria-labelledby="meetings-title">
      <header className="screen-header">
        <h1 id="meetings-title" tabIndex={-1} data-screen-title>
          Meetings
        </h1>
        <span className="muted" role="status">
          {ordered && !empty ? countOf(ordered.length, 'meeting', 'meetings') : ''}
        </span>
        <div className="actions" hidden={empty}>
          {schedule}
        </div>
      </header>
      <div className="toolbar" role="search" hidden={empty}>
        <SearchBox
          ref={searchRef}
          label="Search meetings"
          placeholder="Search titles and places"
          value={text}
          onChange={(next) => navigate({ screen: 'meetings', ...(next ? { search: next } : {}) }, { replace: true })}
        />
      </div>
      <div className="screen-body">
        {error !== undefined ? (
          <EmptyState title="The meetings could not be loaded" tone="error" actions={<button className="btn" onClick={() => (all.refetch(), matching.refetch())}>Try again</button>}>
            {errorMessage(error)}
          </EmptyState>
        ) : ordered === undefined ? null : empty ? (
          <EmptyState title="No meetings yet" actions={<button type="button" className="btn btn-primary" onClick={() => setScheduling(true)}>Schedule a meeting</button>}>
            Schedule the next meeting with its agenda. On the day, check people in at the door or from their phones, count motions, write the minutes
            together, and close the meeting to seal its record.
          </EmptyState>
        ) : ordered.length === 0 ? (
          <EmptyState title="No meetings match" actions={<button className="btn" onClick={() => navigate({ screen: 'meetings' }, { replace: true })}>Clear search</button>}>
            No meeting’s title or place contains “{search}”.
          </EmptyState>
        ) : (
          <div className="page page-wide">
            <ul className="meeting-list" aria-label="Meetings">
              {ordered.map((m) => (
                <MeetingRow key={m.id} meeting={m} onOpen={() => navigate({ screen: 'meeting', id: m.id })} />
              ))}
            </ul>
          </div>
        )}
      </div>
      <MeetingFormDialog
        open={scheduling}
        onClose={() => setScheduling(false)}
        onSaved={(m) => {
          setScheduling(false);
          navigate({ screen: 'meeting', id: m.id });
        }}
      />
    </section>
  );
}

function MeetingRow({ meeting: m, onOpen }: { meeting: Meeting; onOpen(): void }) {
  const titleId = useId();
  return (
    <li className={`meeting-row status-${m.status}`} aria-labelledby={titleId}>
      <div className="meeting-row-main">
        <a
          id={titleId}
          className="meeting-row-title"
          href={`#meeting-${m.id}`}
          onClick={(e) => {
            // The URL's hash carries the browser host's key: navigate in-app, never through the URL.
            e.preventDefault();
            onOpen();
          }}
        >
          {m.title}
        </a>
        <div className="meeting-row-meta">
          <MeetingStatusBadge status={m.status} />
          {m.startsAt && <span>{formatMoment(m.startsAt)}</span>}
          {m.place && <span>{m.place}</span>}
          {m.onlineLink && <span>Online too</span>}
        </div>
      </div>
      <span className="meeting-row-count">{m.status === 'scheduled' && m.attendanceCount === 0 ? '' : `${m.attendanceCount} present`}</span>
    </li>
  );
}
