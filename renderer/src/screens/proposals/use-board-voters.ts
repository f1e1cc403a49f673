// Who has voted on a board, live, read from the board's own document (the votes are keyed by
// member; an anonymous board keeps a roll of who voted apart from the ballots). Who has voted is
// never secret, only what an anonymous voter chose.
import { useEffect, useState } from 'react';
import { readAnonymous, readVotes } from '../../../../shared/proposals/board-doc';
import { useDocReplica } from './use-doc-replica';

export function useBoardVoters(room: string | null): ReadonlySet<string> {
  const replica = useDocReplica(room);
  const [voted, setVoted] = useState<ReadonlySet<string>>(new Set());
  const doc = replica.kind === 'ready' ? replica.replica.doc : null;
  useEffect(() => {
    if (!doc) return;
    const read = () => {
      const ids = new Set<string>();
      for (const v of readVotes(doc)) if (typeof v?.memberId === 'string') ids.add(v.memberId);
      for (const r of readAnonymous(doc).roll) if (typeof r?.memberId === 'string') ids.add(r.memberId);
      setVoted(ids);
    };
    read();
    doc.on('update', read);
    return () => doc.off('update', read);
  }, [doc]);
  return voted;
}
