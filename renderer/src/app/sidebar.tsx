// The left column: the chapter (a switcher when this computer holds several), "Go to…", and the
// screens that exist today. Only screens that work are listed: Headquarters only for a device that
// joined headquarters as a coordinator.
import type { MouseEvent, ReactNode } from 'react';
import { Kbd, modKey } from '../components/kbd';
import { errorMessage } from '../data/call-errors';
import { useMutation } from '../data/use-mutation';
import { useQuery } from '../data/use-query';
import { formatCount } from '../locale/format';
import { useToasts } from '../components/toasts';
import { DecisionsIcon, GroupsIcon, HeadquartersIcon, ImportIcon, MeetingsIcon, PartnersIcon, PeopleIcon, PledgesIcon, SearchIcon, SettingsIcon, SyncIcon } from './icons';
import { ProposalsIcon } from '../components/proposal-icon';
import { useRoute, type Route } from './routes';
import { useSession } from './session-context';

export function Sidebar({ onOpenPalette }: { onOpenPalette(): void }) {
  const session = useSession();
  const { route } = useRoute();
  const all = useQuery('members.search', { query: '', limit: 1 }, { tables: ['members'] });
  const sync = useQuery('sync.status', {}, { tables: ['sync', 'members', 'chapters'] });
  // Headquarters reports answer only a device that joined headquarters as a coordinator.
  const coordinator = sync.data?.hubs.some((h) => h.role === 'coordinator') ?? false;
  const section = sectionOf(route);
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <ChapterSwitcher />
      <button type="button" className="goto-button" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
        <span>
          <SearchIcon /> Go to…
        </span>
        <Kbd>{`${modKey()} K`}</Kbd>
      </button>
      <nav className="nav" aria-label="Main">
        <ul>
          <NavLink to={{ screen: 'members' }} current={section === 'members'} icon={<PeopleIcon />}>
            Members
            {all.data && <span className="nav-count" aria-hidden="true">{formatCount(all.data.total)}</span>}
          </NavLink>
          <NavLink to={{ screen: 'duplicates' }} current={section === 'duplicates'} sub>
            Duplicates
          </NavLink>
          <NavLink to={{ screen: 'leaderboard' }} current={section === 'leaderboard'} sub>
            Leaderboard
          </NavLink>
          <NavLink to={{ screen: 'proposals' }} current={section === 'proposals'} icon={<ProposalsIcon />}>
            Proposals
          </NavLink>
          <NavLink to={{ screen: 'meetings' }} current={section === 'meetings'} icon={<MeetingsIcon />}>
            Meetings
          </NavLink>
          <NavLink to={{ screen: 'decisions' }} current={section === 'decisions'} icon={<DecisionsIcon />}>
            Decisions
          </NavLink>
          <NavLink to={{ screen: 'pledges' }} current={section === 'pledges'} icon={<PledgesIcon />}>
            Pledges
          </NavLink>
          <NavLink to={{ screen: 'pledges-due' }} current={section === 'pledges-due'} sub>
            Due this week
          </NavLink>
          <NavLink to={{ screen: 'pledges-list' }} current={section === 'pledges-list'} sub>
            All pledges
          </NavLink>
          <NavLink to={{ screen: 'groups' }} current={section === 'groups'} icon={<GroupsIcon />}>
            Groups
          </NavLink>
          <NavLink to={{ screen: 'partners' }} current={section === 'partners'} icon={<PartnersIcon />}>
            Partners
          </NavLink>
          <NavLink to={{ screen: 'import' }} current={section === 'import'} icon={<ImportIcon />}>
            Import
          </NavLink>
          <NavLink to={{ screen: 'sync' }} current={section === 'sync'} icon={<SyncIcon />}>
            Sync
          </NavLink>
          {coordinator && (
            <NavLink to={{ screen: 'headquarters' }} current={section === 'headquarters'} icon={<HeadquartersIcon />}>
              Headquarters
            </NavLink>
          )}
          <NavLink to={{ screen: 'settings' }} current={section === 'settings'} icon={<SettingsIcon />}>
            Settings
          </NavLink>
        </ul>
      </nav>
      <p className="sidebar-foot faint">{session.device.organiserName ? `Using as ${session.device.organiserName}` : ''}</p>
    </aside>
  );
}

/** The sidebar entry a screen belongs to: a member's profile under Members, a meeting under Meetings. */
function sectionOf(route: Route): string {
  switch (route.screen) {
    case 'member':
    case 'new-member':
    case 'member-page':
      return 'members';
    case 'campaign':
      return 'pledges';
    case 'pledge':
    case 'pledges-import':
      return 'pledges-list';
    case 'group':
      return 'groups';
    case 'partner':
      return 'partners';
    case 'proposal':
      return 'proposals';
    case 'meeting':
      return 'meetings';
    default:
      return route.screen;
  }
}

function NavLink({ to, current, icon, sub, children }: { to: Route; current: boolean; icon?: ReactNode; sub?: boolean; children: ReactNode }) {
  const { navigate } = useRoute();
  return (
    <li>
      <a
        href={`#${to.screen}`}
        className={sub ? 'nav-sub' : undefined}
        aria-current={current ? 'page' : undefined}
        onClick={(event: MouseEvent) => {
          // The URL's hash carries the browser host's key: navigate in-app, never through the URL.
          event.preventDefault();
          navigate(to);
        }}
      >
        {icon}
        {children}
      </a>
    </li>
  );
}

function ChapterSwitcher() {
  const session = useSession();
  const toasts = useToasts();
  const switchChapter = useMutation('session.switchChapter');
  const { navigate } = useRoute();
  const current = session.current!;
  const mark = current.name.trim().charAt(0).toUpperCase() || 'C';
  if (session.chapters.length < 2) {
    return (
      <div className="chapter-switch">
        <span className="chapter-mark" aria-hidden="true">
          {mark}
        </span>
        <span className="chapter-name" title={current.name}>
          {current.name}
        </span>
      </div>
    );
  }
  return (
    <div className="chapter-switch">
      <span className="chapter-mark" aria-hidden="true">
        {mark}
      </span>
      <select
        aria-label="Chapter"
        value={current.id}
        onChange={(e) =>
          switchChapter.run({ chapterId: e.target.value }).then(
            () => navigate({ screen: 'members' }),
            (error) => toasts.error(errorMessage(error)),
          )
        }
      >
        {session.chapters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
