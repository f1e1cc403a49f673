// One entry of the decisions register: what was decided and the outcome, where (meeting and agenda
// item) and when, the count in one line, the proposal it decided with how carrying it out is going,
// and the hash that seals it.
import { useId } from 'react';
import type { RegisterEntry } from '../../../../shared/contract/meetings';
import type { ProposalStatus } from '../../../../shared/contract/proposals';
import { tallyLine } from '../../../../shared/meetings/minutes-export';
import { useRoute } from '../../app/routes';
import { ProgressBar } from '../../components/progress-bar';
import { ProposalStatusBadge } from '../../components/proposal-status-badge';
import { outcomeInWords } from '../../components/vote-words';
import { formatMoment } from '../../locale/format';
import { statusOrder } from '../proposals/proposal-words';

const standingWords = { stands: null, conflict: 'In conflict: settle it with a new decision', superseded: 'Superseded by a later decision' } as const;

export function DecisionRow({ entry: d }: { entry: RegisterEntry }) {
  const { navigate } = useRoute();
  const titleId = useId();
  const title = d.motionText ?? d.proposalTitle ?? 'A decision';
  const where = [d.meetingTitle, d.agendaItemTitle].filter(Boolean).join(' · ');
  const how = d.method === 'motion' ? 'Motion' : d.method ? 'Vote board' : null;
  const status = d.proposalStatus && statusOrder.includes(d.proposalStatus as ProposalStatus) ? (d.proposalStatus as ProposalStatus) : null;
  return (
    <li className={`register-row standing-${d.standing}`} aria-labelledby={titleId}>
      <div className="register-head">
        <h2 id={titleId} className="register-title">
          {title}
        </h2>
        <span className={`badge outcome-badge outcome-${(d.outcome ?? 'none').replace(/\s+/g, '-')}`}>Decided: {outcomeInWords(d.outcome)}</span>
        {standingWords[d.standing] && <span className="badge badge-lapsed">{standingWords[d.standing]}</span>}
      </div>
      <p className="muted register-meta">
        {[how, where || null, d.closedAt ? formatMoment(d.closedAt) : null, d.closedBy ? `closed by ${d.closedBy}` : null].filter(Boolean).join(' · ')}
      </p>
      {d.tally && <p className="register-count">{tallyLine(d.tally)}</p>}
      {d.proposalId && (
        <div className="register-proposal">
          <a
            href={`#proposal-${d.proposalId}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'proposal', id: d.proposalId! });
            }}
          >
            Proposal: {d.proposalTitle ?? 'untitled'}
          </a>
          {status && <ProposalStatusBadge status={status} />}
          {d.progress !== null && (
            <span className="register-progress">
              <ProgressBar label={`Progress of ${d.proposalTitle ?? 'the proposal'}`} done={d.progress} total={100} valueText={`${d.progress}% done`} />
              <span className="muted">{d.progress}% done</span>
            </span>
          )}
          {d.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </div>
      )}
      {d.hash && (
        <p className="register-hash">
          <span className="decision-hash-label">Hash</span> <code className="hash">{d.hash}</code>
        </p>
      )}
    </li>
  );
}
