// A proposal's status as a small coloured badge ("Voting", "In progress").
import type { ProposalStatus } from '../../../shared/contract/proposals';
import { statusLabels, statusTone } from '../screens/proposals/proposal-words';

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return <span className={`badge badge-status tone-${statusTone(status)}`}>{statusLabels[status]}</span>;
}
