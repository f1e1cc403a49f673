// The hubs this computer has joined, one card each: where it is, whether it is connected right now
// (a dot and the words, never colour alone), what waits to be sent to it, when it last synced, which
// chapter it carries, and its last problem in words. With no hub, two sentences on what a hub is.
import { useId, useState } from 'react';
import type { HubState, MeetingHub } from '../../../../shared/contract/sync';
import { useRoute } from '../../app/routes';
import { useSession } from '../../app/session-context';
import { useToasts } from '../../components/toasts';
import { capitalise, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { countOf, formatMoment } from '../../locale/format';
import { LeaveHubDialog } from './leave-hub-dialog';
import { isOwnMeetingHub, roleLabel } from './sync-words';

interface HubListProps {
  hubs: HubState[];
  hosting: MeetingHub | null;
  /** Moves focus to the join form / the hosting panel (the empty state points there). */
  onJoin(): void;
  onHost(): void;
}

export function HubList({ hubs, hosting, onJoin, onHost }: HubListProps) {
  const [leaving, setLeaving] = useState<HubState | null>(null);
  return (
    <section className="section" aria-labelledby="hubs-title">
      <h2 id="hubs-title">Hubs</h2>
      {hubs.length === 0 ? (
        <div className="sync-empty">
          <h3>No hub yet</h3>
          <p className="section-text">
            A hub is where the copies of a chapter meet and merge: headquarters runs one on the internet, and a chapter lead can run one on the meeting
            room’s Wi-Fi. To sync this computer, join a hub with the address and invite code its organiser gives you, or host one here for this meeting.
          </p>
          <p className="sync-empty-links">
            <a href="#join-hub" onClick={(e) => { e.preventDefault(); onJoin(); }}>
              Join a hub
            </a>
            <a href="#host-meeting" onClick={(e) => { e.preventDefault(); onHost(); }}>
              Host one for this meeting
            </a>
          </p>
        </div>
      ) : (
        <ul className="hub-list" aria-label="Hubs">
          {hubs.map((hub) => (
            <HubCard key={hub.id} hub={hub} own={isOwnMeetingHub(hub.url, hosting)} onLeave={() => setLeaving(hub)} />
          ))}
        </ul>
      )}
      {leaving && <LeaveHubDialog hub={leaving} onClose={() => setLeaving(null)} />}
    </section>
  );
}

function HubCard({ hub, own, onLeave }: { hub: HubState; own: boolean; onLeave(): void }) {
  const titleId = useId();
  const coordinator = hub.role === 'coordinator';
  return (
    <li className="hub-card" aria-labelledby={titleId}>
      <div className="hub-head">
        <h3 id={titleId} className="hub-address">
          {hub.url}
        </h3>
        <span className="badge">{roleLabel(hub.role)}</span>
        {own && <span className="badge badge-accent">This computer’s meeting hub</span>}
        <span className="spacer" />
        {!own && (
          <button type="button" className="btn btn-small" aria-label={`Leave ${hub.url}`} onClick={onLeave}>
            Leave
          </button>
        )}
      </div>
      <p className={`hub-connection ${hub.connected ? 'is-up' : 'is-down'}`}>
        <span className="status-dot" aria-hidden="true" />
        {hub.connected ? 'Connected' : coordinator ? 'Not connected — headquarters reports are read when you open them' : 'Not connected'}
      </p>
      <dl className="hub-facts">
        {!coordinator && (
          <div>
            <dt>Waiting to be sent</dt>
            <dd>{hub.pending > 0 ? countOf(hub.pending, 'change', 'changes') : 'Nothing'}</dd>
          </div>
        )}
        {!coordinator && hub.connected && (
          <div>
            <dt>Also online</dt>
            <dd>{hub.online.length > 0 ? hub.online.join(', ') : 'Nobody else right now'}</dd>
          </div>
        )}
        <div>
          <dt>Last synced</dt>
          <dd>{hub.lastSyncAt ? <time dateTime={hub.lastSyncAt}>{formatMoment(hub.lastSyncAt)}</time> : 'Not yet'}</dd>
        </div>
        <div>
          <dt>{coordinator ? 'Reads' : 'Chapter'}</dt>
          <dd>{coordinator ? <HeadquartersLink /> : <HubChapter chapterId={hub.chapterId} />}</dd>
        </div>
      </dl>
      {hub.lastError && (
        <p className="notice notice-error hub-notice">
          <strong>Last problem:</strong> {capitalise(hub.lastError)}
        </p>
      )}
      {hub.clockWarning && (
        <p className="notice notice-warning hub-notice" role="alert">
          <strong>Clock:</strong> {capitalise(hub.clockWarning)}
        </p>
      )}
    </li>
  );
}

function HeadquartersLink() {
  const { navigate } = useRoute();
  return (
    <a href="#headquarters" onClick={(e) => { e.preventDefault(); navigate({ screen: 'headquarters' }); }}>
      Every chapter’s reports (Headquarters)
    </a>
  );
}

/** The chapter a hub carries: the current one, another here (offer to switch), or not here yet. */
function HubChapter({ chapterId }: { chapterId: string | null }) {
  const session = useSession();
  const toasts = useToasts();
  const switchChapter = useMutation('session.switchChapter');
  const chapter = session.chapters.find((c) => c.id === chapterId);
  if (!chapter) return <span className="muted">Arrives with the first sync</span>;
  if (chapter.id === session.current?.id) return <span>{chapter.name} (the chapter you are working on)</span>;
  return (
    <span className="hub-chapter-switch">
      {chapter.name}
      <button
        type="button"
        className="btn btn-small"
        disabled={switchChapter.pending}
        onClick={() => switchChapter.run({ chapterId: chapter.id }).catch((error) => toasts.error(errorMessage(error)))}
      >
        Work on {chapter.name}
      </button>
    </span>
  );
}
