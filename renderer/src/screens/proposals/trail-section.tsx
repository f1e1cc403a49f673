// The public trail of a proposal: every change to it, its milestones and its decisions, with who
// made it and when, newest first, as a timeline. Read from the change log, so nothing is left out.
import type { ProposalDetail } from '../../../../shared/contract/proposals';
import { formatMoment } from '../../locale/format';

export function TrailSection({ proposal }: { proposal: ProposalDetail }) {
  const entries = [...proposal.trail].reverse();
  return (
    <section className="panel trail" aria-labelledby="trail-heading">
      <h2 id="trail-heading">Trail</h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing has changed yet.</p>
      ) : (
        <ol className="timeline" aria-label="Changes, newest first">
          {entries.map((t, i) => (
            <li key={`${t.at}-${i}`} className="timeline-item">
              <span className="timeline-dot" aria-hidden="true" />
              <span className="timeline-what">{capitalise(t.what)}</span>
              <span className="timeline-meta faint">
                {t.who ?? 'someone'} · <time dateTime={t.at}>{formatMoment(t.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
