// How member values read on screen. Wording only: the rules about them live in shared/.
import { memberStatuses, type MemberStatus } from '../../../../shared/contract/members';

export const statusLabels: Record<MemberStatus, string> = {
  member: 'Member',
  supporter: 'Supporter',
  lapsed: 'Lapsed',
};

export const statusOptions = memberStatuses.map((status) => ({ value: status, label: statusLabels[status] }));
