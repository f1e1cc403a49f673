// The two views of one member, side by side under their name: the profile (who they are, to edit)
// and their member page (pledges, thermometer, recruits).
import { useRoute } from '../../app/routes';

export function MemberTabs({ id, current }: { id: string; current: 'profile' | 'page' }) {
  const { navigate } = useRoute();
  const tab = (which: 'profile' | 'page', label: string) => (
    <a
      href={`#${which === 'profile' ? 'member' : 'member-page'}`}
      className={`member-tab ${current === which ? 'is-current' : ''}`}
      aria-current={current === which ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        if (current !== which) navigate(which === 'profile' ? { screen: 'member', id } : { screen: 'member-page', id });
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="member-tabs no-print" aria-label="Member views">
      {tab('profile', 'Profile')}
      {tab('page', 'Member page')}
    </nav>
  );
}
