// A vote's tally at a glance: one bar per option or choice with its numbers in words, then the
// facts that decide whether it counts (voters, quorum, time left) and anything the chair should
// know (late, ineligible or refused votes, proxies, more ballots than voters). Used live while a
// board is open and, inside a decision, for the count that was recorded.
import type { ReactNode } from 'react';
import type { Tally } from '../../../shared/proposals/tally-result';
import { VoteRoundsTable } from './vote-rounds-table';
import { tallyBars, parseRounds } from './vote-tally-view';
import { quorumInWords, votesInWords } from './vote-words';

interface VoteTallyProps {
  tally: Tally;
  /** Shown above the bars: "Leading: C" while open; nothing in a decision (it has its outcome). */
  headline?: ReactNode;
  /** Extra facts at the end of the list (time left, who has not voted). */
  facts?: ReactNode;
  /** The board's options, in the order they were listed. */
  order?: readonly string[];
}

export function VoteTally({ tally, headline, facts, order }: VoteTallyProps) {
  const bars = tallyBars(tally, order);
  const rounds = tally.method === 'ranked' ? parseRounds(tally.rounds) : [];
  return (
    <div className="tally">
      {headline && <p className="tally-headline">{headline}</p>}
      <ul className="tally-bars" aria-label="Counts">
        {bars.map((bar) => (
          <li key={bar.key} className={`tally-bar tone-${bar.tone} ${bar.leading ? 'is-leading' : ''}`}>
            <div className="tally-bar-label">
              <span className="tally-option">{bar.label}</span>
              <span className="tally-detail">{bar.detail}</span>
            </div>
            <div className="tally-track" aria-hidden="true">
              {bar.parts ? (
                <>
                  <span className="tally-fill part-yes" style={{ width: `${bar.parts.yes * 100}%` }} />
                  <span className="tally-fill part-maybe" style={{ width: `${bar.parts.maybe * 100}%` }} />
                  <span className="tally-fill part-no" style={{ width: `${bar.parts.no * 100}%` }} />
                </>
              ) : (
                <span className="tally-fill" style={{ width: `${bar.share * 100}%` }} />
              )}
            </div>
          </li>
        ))}
      </ul>
      {rounds.length > 0 && <VoteRoundsTable rounds={rounds} winner={tally.standing.winner} {...(order ? { order } : {})} />}
      <ul className="tally-facts">
        <li>
          {votesInWords(tally.voters, 'member voted', 'members voted')}
          {tally.proxies > 0 ? ` (${tally.proxies} by proxy)` : ''}
        </li>
        <li className={tally.quorum && !tally.quorumMet ? 'fact-warning' : undefined}>{quorumInWords(tally)}</li>
        {facts}
      </ul>
      <TallyNotes tally={tally} />
    </div>
  );
}

/** What was left out of the count and why, so the chair can check it. */
function TallyNotes({ tally }: { tally: Tally }) {
  const excess = tally.ballotsExceedRoll;
  const left: ReactNode[] = [];
  if (tally.late > 0) left.push(<li key="late">{votesInWords(tally.late)} cast after the closing time, not counted</li>);
  if (tally.ineligible > 0) left.push(<li key="inel">{votesInWords(tally.ineligible)} from members who may not vote on this board, not counted</li>);
  for (const invalid of tally.invalid) left.push(<li key={`inv-${invalid.voterKey}`}>A vote was refused: {invalid.reason}</li>);
  if (!excess && left.length === 0) return null;
  return (
    <div className="tally-notes">
      {excess && (
        <p className="notice notice-error" role="alert">
          {excess.ballots} ballots for {excess.roll} voters: someone voted on two devices while apart. The chair must resolve it before the count can stand.
        </p>
      )}
      {left.length > 0 && <ul className="muted">{left}</ul>}
    </div>
  );
}
