// A recorded decision: the outcome in words, whether it stands, the quorum, who closed the vote and
// when, the full tally it counted (for ranked choice, every round) and its hash, which headquarters
// can recompute to check that nothing was changed.
import { useState } from 'react';
import type { Decision } from '../../../shared/contract/proposals';
import { formatMoment } from '../locale/format';
import { VoteTally } from './vote-tally';
import { methodShortLabels, outcomeInWords } from './vote-words';
import { voteMethods, type VoteMethod } from '../../../shared/proposals/vote-methods';

const standingWords: Record<Decision['standing'], string> = {
  stands: 'Stands',
  conflict: 'In conflict',
  superseded: 'Superseded',
};

function methodName(method: string | null): string {
  if (method === 'motion') return 'Motion counted in the meeting';
  return method && (voteMethods as readonly string[]).includes(method) ? methodShortLabels[method as VoteMethod] : (method ?? 'Vote');
}

export function VoteDecision({ decision, headingLevel = 3, order }: { decision: Decision; headingLevel?: 2 | 3; order?: readonly string[] }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`decision standing-${decision.standing}`} role="region" aria-label="Decision">
      <header className="decision-header">
        <Heading className="decision-outcome">Decided: {outcomeInWords(decision.outcome)}</Heading>
        <span className={`badge badge-standing standing-${decision.standing}`}>{standingWords[decision.standing]}</span>
      </header>
      <p className="decision-meta">
        {methodName(decision.method)} · {decision.quorumMet ? 'quorum met' : 'quorum not met'} · closed by {decision.closedBy ?? 'an organiser'}
        {decision.closedAt ? ` on ${formatMoment(decision.closedAt)}` : ''}
      </p>
      {decision.tally ? <VoteTally tally={decision.tally} {...(order ? { order } : {})} /> : <p className="muted">The tally of this decision could not be read.</p>}
      {decision.hash && <DecisionHash label="Record hash" hash={decision.hash} />}
      {decision.boardHash && <DecisionHash label="Board state hash" hash={decision.boardHash} quiet />}
    </section>
  );
}

function DecisionHash({ label, hash, quiet }: { label: string; hash: string; quiet?: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={`decision-hash ${quiet ? 'is-quiet' : ''}`}>
      <span className="decision-hash-label">{label}</span>
      <code className="hash">
        {hash}
      </code>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`Copy ${label.toLowerCase()}`}
        onClick={() =>
          navigator.clipboard.writeText(hash).then(
            () => {
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            },
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
