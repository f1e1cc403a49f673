// The layout of a vote board's Yjs document (room `<chapter>/board/<proposalId>`), read and written
// the same way by the core, the CLI and the renderer. Entries are never overwritten: each vote is a
// new key, so two devices voting for the same member while apart both keep their entries, and the
// tally takes the member's latest (one vote each by construction, see tally.ts).
// An anonymous board keeps ballots under random ids and, in a separate map, the roll of who voted:
// nothing links the two.
import * as Y from 'yjs';
import type { AnonymousBallot, BoardVote, RollEntry } from './board-entries.js';

const VOTES = 'votes';
const BALLOTS = 'ballots';
const ROLL = 'roll';

export interface CastVote {
  memberId: string;
  ballot: unknown;
  castAt: string;
  /** The organiser who entered it, when it is a proxy (phone, door). */
  enteredBy?: string;
  proxy?: boolean;
}

export function castVote(doc: Y.Doc, vote: CastVote, anonymous: boolean, entryId: string, ballotId: string): void {
  doc.transact(() => {
    if (anonymous) {
      const roll: RollEntry = { memberId: vote.memberId, castAt: vote.castAt, ...(vote.enteredBy ? { enteredBy: vote.enteredBy } : {}), ...(vote.proxy ? { proxy: true } : {}) };
      doc.getMap<RollEntry>(ROLL).set(`${vote.memberId}/${entryId}`, roll);
      doc.getMap<AnonymousBallot>(BALLOTS).set(ballotId, { ballotId, ballot: vote.ballot, castAt: vote.castAt });
    } else {
      const entry: BoardVote = {
        voterKey: vote.memberId,
        memberId: vote.memberId,
        ballot: vote.ballot,
        castAt: vote.castAt,
        ...(vote.enteredBy ? { enteredBy: vote.enteredBy } : {}),
        ...(vote.proxy ? { proxy: true } : {}),
      };
      doc.getMap<BoardVote>(VOTES).set(`${vote.memberId}/${entryId}`, entry);
    }
  });
}

export function readVotes(doc: Y.Doc): BoardVote[] {
  return [...doc.getMap<BoardVote>(VOTES).values()];
}

export function readAnonymous(doc: Y.Doc): { ballots: AnonymousBallot[]; roll: RollEntry[] } {
  return { ballots: [...doc.getMap<AnonymousBallot>(BALLOTS).values()], roll: [...doc.getMap<RollEntry>(ROLL).values()] };
}

/** Has this member voted already (on either kind of board)? */
export function hasVoted(doc: Y.Doc, memberId: string): boolean {
  const prefix = `${memberId}/`;
  for (const key of doc.getMap(VOTES).keys()) if (key.startsWith(prefix)) return true;
  for (const key of doc.getMap(ROLL).keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/** How many members have voted, for the proposals board's ranking. */
export function voterCount(doc: Y.Doc): number {
  const members = new Set<string>();
  for (const key of doc.getMap(VOTES).keys()) members.add(key.split('/')[0]!);
  for (const key of doc.getMap(ROLL).keys()) members.add(key.split('/')[0]!);
  return members.size;
}
