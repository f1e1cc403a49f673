// The line under a profile's title: status, when they joined, who recruited them, consent at a glance.
import type { Member } from '../../../../shared/contract/members';
import { useRoute } from '../../app/routes';
import { memberName } from '../../components/member-name';
import { useQuery } from '../../data/use-query';
import { formatDay } from '../../locale/format';
import { statusLabels } from './member-labels';

export function ProfileSummary({ member }: { member: Member }) {
  const { navigate } = useRoute();
  const recruiter = useQuery('members.get', member.recruitedBy ? { id: member.recruitedBy } : null, { tables: ['members'] });
  const consent = (label: string, value: boolean | null) => (value === null ? null : <span>{`${label}: ${value ? 'opted in' : 'opted out'}`}</span>);
  return (
    <p className="profile-summary muted">
      <span className={`badge badge-${member.status}`}>{statusLabels[member.status]}</span>
      {member.joinedOn && <span>Joined {formatDay(member.joinedOn)}</span>}
      {recruiter.data && (
        <span>
          Recruited by{' '}
          <a href="#member" onClick={(e) => { e.preventDefault(); navigate({ screen: 'member', id: recruiter.data!.id }); }}>
            {memberName(recruiter.data)}
          </a>
        </span>
      )}
      {consent('E-mail', member.emailConsent)}
      {consent('SMS', member.smsConsent)}
    </p>
  );
}
