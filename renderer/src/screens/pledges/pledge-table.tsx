// A table of pledges: who, to what, how much and how often, where it stands, and what it has come
// to so far. Each row opens the pledge (its instalments, pause, cancel). Used by a campaign's page,
// "All pledges" and a member's page; the columns a page does not need are left out.
import type { PledgeView } from '../../../../shared/contract/pledges';
import { useRoute } from '../../app/routes';
import { formatAmount } from '../../locale/amounts';
import { formatDay } from '../../locale/format';
import { pledgeAmountText, pledgeTarget, statusLabels } from './pledge-words';

interface PledgeTableProps {
  pledges: PledgeView[];
  caption: string;
  /** Leave out the member column (a member's own page). */
  hideMember?: boolean;
  /** Leave out the campaign column (a campaign's page). */
  hideCampaign?: boolean;
  className?: string;
}

export function PledgeTable({ pledges, caption, hideMember, hideCampaign, className }: PledgeTableProps) {
  const { navigate } = useRoute();
  return (
    <div className={`table-scroll ${className ?? ''}`}>
      <table className="plain-table pledge-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {!hideMember && <th scope="col">Member</th>}
            {!hideCampaign && <th scope="col">To</th>}
            <th scope="col">Pledge</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Pledged so far
            </th>
            <th scope="col" className="num">
              Fulfilled
            </th>
            <th scope="col">Next due</th>
          </tr>
        </thead>
        <tbody>
          {pledges.map((p) => {
            const unit = { kind: p.kind, currency: p.currency };
            const open = (e: { preventDefault(): void }) => {
              // The URL's hash carries the browser host's key: navigate in-app, never through the URL.
              e.preventDefault();
              navigate({ screen: 'pledge', id: p.id });
            };
            return (
              <tr key={p.id}>
                {!hideMember && <td>{p.member?.name ?? 'A member no longer here'}</td>}
                {!hideCampaign && <td>{pledgeTarget(p)}</td>}
                <td>
                  <a href={`#pledge-${p.id}`} onClick={open}>
                    {pledgeAmountText(p)}
                  </a>
                  <span className="muted"> from {formatDay(p.startOn)}</span>
                </td>
                <td>
                  <span className={`badge pledge-status-${p.status}`}>{statusLabels[p.status]}</span>
                </td>
                <td className="num">{formatAmount(p.pledged, unit)}</td>
                <td className="num">{formatAmount(p.fulfilled, unit)}</td>
                <td>{p.nextDueOn ? formatDay(p.nextDueOn) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
