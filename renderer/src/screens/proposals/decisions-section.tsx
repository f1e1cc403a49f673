// Every decision taken on the proposal, with its standing: the one that stands, one taken apart at
// the same time (a conflict to settle with a new decision), and those a later decision superseded.
// Shown only when there is more than the one decision the vote panel already shows.
import type { ProposalDetail } from '../../../../shared/contract/proposals';
import { VoteDecision } from '../../components/vote-decision';

export function DecisionsSection({ proposal }: { proposal: ProposalDetail }) {
  if (proposal.decisions.length < 2) return null;
  return (
    <section className="panel decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Decisions</h2>
      {proposal.decisions.some((d) => d.standing === 'conflict') && (
        <p className="notice notice-warning">Two decisions were taken apart; settle it with a new decision.</p>
      )}
      {proposal.decisions.map((d) => (
        <VoteDecision key={d.id} decision={d} {...(proposal.board ? { order: proposal.board.options } : {})} />
      ))}
    </section>
  );
}
