// The vote board on a proposal page, in its three states. No board: what a vote is and "Open a
// vote". Open: the tally at a glance (a bar per option, voters, quorum in words, time left, who
// has not voted, the standing as "Leading: …"), the voting form, and "Close the vote". Closed: the
// decision that stands, with a clear banner when two decisions were taken apart.
import { useState } from 'react';
import type { Decision, ProposalDetail } from '../../../../shared/contract/proposals';
import type { Board } from '../../../../shared/proposals/board';
import { useChapter } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { VoteDecision } from '../../components/vote-decision';
import { VoteTally } from '../../components/vote-tally';
import { methodShortLabels, outcomeInWords, quorumInWords, standingInWords, timeLeftInWords, votesInWords } from '../../components/vote-words';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { CastVoteForm } from './cast-vote-form';
import { OpenVoteDialog } from './open-vote-dialog';
import { useBoardVoters } from './use-board-voters';
import { useMemberDirectory, type MemberDirectory } from './use-member-directory';
import { useNow } from './use-now';

export function VotePanel({ proposal }: { proposal: ProposalDetail }) {
  const [opening, setOpening] = useState(false);
  const directory = useMemberDirectory();
  const board = proposal.board;
  const live = proposal.decisions.filter((d) => d.standing !== 'superseded');

  return (
    <section className="panel vote-panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">Vote</h2>
      {!board ? (
        <div className="vote-empty">
          <p className="muted">
            No vote yet. Open one when the proposal is ready: by consent, a simple majority, ranked choice, scores, dots, or a time poll. The rules are fixed
            before anyone votes.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => setOpening(true)}>
            Open a vote
          </button>
          <OpenVoteDialog proposalId={proposal.id} open={opening} onClose={() => setOpening(false)} nameOf={directory.nameOf} />
        </div>
      ) : live.length > 0 ? (
        <ClosedBoard decisions={live} order={board.options} />
      ) : (
        <OpenBoard proposal={proposal} board={board} directory={directory} />
      )}
    </section>
  );
}

function ClosedBoard({ decisions, order }: { decisions: Decision[]; order: readonly string[] }) {
  const standing = decisions.find((d) => d.standing === 'stands') ?? decisions[0]!;
  const conflicts = decisions.filter((d) => d.standing === 'conflict');
  return (
    <div className="vote-closed">
      {conflicts.length > 0 && (
        <div className="notice notice-warning conflict-banner" role="alert">
          <strong>Two decisions were taken apart; settle it with a new decision.</strong> The vote was closed on two devices while they were not in touch. The
          earlier one stands below; the other ({conflicts.map((c) => outcomeInWords(c.outcome)).join('; ')}) is listed under Decisions.
        </div>
      )}
      <VoteDecision decision={standing} order={order} />
    </div>
  );
}

function OpenBoard({ proposal, board, directory }: { proposal: ProposalDetail; board: Board; directory: MemberDirectory }) {
  const chapter = useChapter();
  const toasts = useToasts();
  const now = useNow(30_000);
  const [closing, setClosing] = useState(false);
  const tally = useQuery('proposals.tally', { id: proposal.id }, { tables: ['boards', 'proposals', 'decisions', 'members'] });
  const voted = useBoardVoters(`${chapter.id}/board/${proposal.id}`);
  const close = useMutation('proposals.close');

  const eligible = board.eligible === 'all' ? directory.allIds : board.eligible;
  const notVoted = eligible?.filter((id) => !voted.has(id)) ?? null;
  const voters = tally.data?.voters ?? voted.size;

  async function closeVote() {
    setClosing(false);
    try {
      const decision = await close.run({ id: proposal.id });
      toasts.success(`Decision recorded: ${outcomeInWords(decision.outcome)}`);
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  const facts = (
    <>
      <li>{timeLeftInWords(board.closesAt, now)}</li>
      <NotVoted notVoted={notVoted} nameOf={directory.nameOf} total={board.eligible === 'all' ? directory.total : board.eligible.length} voters={voters} />
    </>
  );

  return (
    <div className="vote-open">
      <p className="vote-rules">
        {methodShortLabels[board.method]}
        {board.method === 'dot' ? ` · ${board.dotsPerVoter} dots each` : ''}
        {board.eligible === 'all' ? ' · all members may vote' : ` · ${votesInWords(board.eligible.length, 'named member', 'named members')} may vote`}
        {board.anonymous ? ' · anonymous' : ''}
        {board.hideResultsUntilClosed ? ' · results hidden until it closes' : ''}
      </p>
      <section className="tally-region" role="region" aria-label="Tally">
        {tally.data?.hidden ? (
          <div className="tally">
            <p className="tally-headline">Results hidden until the board closes</p>
            <ul className="tally-facts">
              <li>{votesInWords(tally.data.voters, 'member has voted', 'members have voted')}</li>
              {facts}
            </ul>
          </div>
        ) : tally.data?.tally ? (
          <VoteTally tally={tally.data.tally} headline={standingInWords(tally.data.tally)} facts={facts} order={board.options} />
        ) : tally.error ? (
          <p className="notice notice-error">{errorMessage(tally.error)}</p>
        ) : null}
      </section>
      <CastVoteForm proposalId={proposal.id} board={board} voted={voted} nameOf={directory.nameOf} />
      <div className="vote-close">
        <button type="button" className="btn" onClick={() => setClosing(true)} disabled={close.pending}>
          Close the vote
        </button>
        <span className="muted">Counts the votes now and records the decision for good.</span>
      </div>
      <Dialog open={closing} title="Close the vote?" onClose={() => setClosing(false)} alert>
        <p>
          The votes are counted now and the decision is recorded with its tally and a hash; no more votes are taken after this, and a decision is never edited.
        </p>
        {tally.data?.tally && <p className="muted close-quorum">{quorumInWords(tally.data.tally)}.</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setClosing(false)}>
            Keep it open
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void closeVote()}>
            Close and record the decision
          </button>
        </div>
      </Dialog>
    </div>
  );
}

const SHOWN_NAMES = 8;

function NotVoted({ notVoted, nameOf, total, voters }: { notVoted: string[] | null; nameOf(id: string): string; total: number | null; voters: number }) {
  if (notVoted === null) {
    return total !== null ? <li>{votesInWords(Math.max(0, total - voters), 'member has', 'members have')} not voted yet</li> : null;
  }
  if (notVoted.length === 0) return <li>Everyone who may vote has voted</li>;
  const names = notVoted.map(nameOf).sort((a, b) => a.localeCompare(b));
  const shown = names.slice(0, SHOWN_NAMES);
  return (
    <li className="not-voted">
      Not voted yet ({notVoted.length}): {shown.join(', ')}
      {names.length > shown.length ? ` and ${names.length - shown.length} more` : ''}
    </li>
  );
}
