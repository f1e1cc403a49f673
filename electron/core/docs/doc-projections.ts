// What other screens need from a document, kept as rows: a proposal body's plain text (so the
// proposals list finds it by full-text search). Written in the transaction that stores the update,
// and skipped when nothing changed (most keystrokes change the text, a cursor move does not).
import type * as Y from 'yjs';
import type { Db } from '../../../shared/db/db.js';
import { plainText } from '../../../shared/docs/plain-text.js';
import { voterCount } from '../../../shared/proposals/board-doc.js';

export async function projectDocument(tx: Db, room: string, doc: Y.Doc): Promise<string[]> {
  const [, kind, id] = room.split('/');
  if (kind === 'proposal') {
    const text = plainText(doc);
    const { rows } = await tx.query('update proposals set body_text = $2 where id = $1 and body_text is distinct from $2 returning id', [id, text]);
    // Its own name: a keystroke must not make every view of proposals refetch, only search.
    return rows.length > 0 ? ['proposal_text'] : [];
  }
  if (kind === 'board') {
    // The board of proposals ranks by votes without opening every board.
    const { rows } = await tx.query('update proposals set vote_count = $2 where id = $1 and vote_count <> $2 returning id', [id, voterCount(doc)]);
    return rows.length > 0 ? ['proposals', 'boards'] : ['boards'];
  }
  return [];
}
