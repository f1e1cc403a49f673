// Stores a batch of accepted messages for ONE chapter with the shared apply function, one batch
// per chapter at a time: the in-process queue, and inside the transaction an advisory lock on the
// chapter (so two hub instances on one PostgreSQL cannot race either).
//
// Why the lock matters beyond races: `seq` (a bigserial) is drawn while the lock is held, so
// within a chapter seq order is commit order. A device pulling "after N" can then never miss a
// message that commits later with a smaller seq: the pull cursor relies on this.
import type { Db } from '../../shared/db/db.js';
import { applyMessages } from '../../shared/replication/apply.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import type { ChangesFrame } from '../../shared/sync/protocol.js';
import { lastChapterSeq, readChapterLog } from './change-log-reader.js';
import { ChapterQueue } from './chapter-queue.js';
import { recordChainPlaces } from '../sealing/chain-heads.js';

/** The first key of the two-key advisory lock: "chapter writes", apart from other lock users. */
const CHAPTER_LOCK_SPACE = 7_230_002;

export interface StoredBatch {
  /** New messages now stored, and known ones (a retry): both are safely at the hub. */
  stored: string[];
  /** Ids that another chapter's message already uses: not stored, not acceptable. */
  foreignIds: string[];
  /** The newly stored messages as the hub keeps them, for live updates; null if none were new. */
  live: ChangesFrame | null;
}

export class ChapterWriter {
  private readonly queue = new ChapterQueue();

  constructor(
    private readonly db: Db,
    /** Told of every meeting sealed by a stored message, so its minutes accept no more updates. */
    private readonly onMeetingSealed: (chapter: string, meetingId: string) => void = () => {},
  ) {}

  async store(chapter: string, messages: ChangeMessage[], receivedFrom: string | null): Promise<StoredBatch> {
    const batch = await this.storeBatch(chapter, messages, receivedFrom);
    for (const m of messages) if (m.table === 'meetings' && typeof m.values.sealed_at === 'string') this.onMeetingSealed(chapter, m.row);
    return batch;
  }

  private storeBatch(chapter: string, messages: ChangeMessage[], receivedFrom: string | null): Promise<StoredBatch> {
    return this.queue.run(chapter, () =>
      this.db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [CHAPTER_LOCK_SPACE, chapter]);
        const before = await lastChapterSeq(tx, chapter);
        const { applied } = await applyMessages(tx, messages, receivedFrom);
        const fresh = new Set(applied);
        await recordChainPlaces(tx, chapter, messages.filter((m) => fresh.has(m.id)));
        const known = messages.filter((m) => !fresh.has(m.id)).map((m) => m.id);
        const foreignIds = known.length === 0 ? [] : await idsOfOtherChapters(tx, chapter, known);
        const foreign = new Set(foreignIds);
        const stored = messages.filter((m) => !foreign.has(m.id)).map((m) => m.id);
        let live: ChangesFrame | null = null;
        if (applied.length > 0) {
          // Read back what was stored (an erasure may have scrubbed values on the way in), so a
          // live update carries exactly what a pull would.
          const page = await readChapterLog(tx, chapter, before, applied.length);
          live = { type: 'changes', chapter, messages: page.messages, after: before, cursor: page.cursor, more: false };
        }
        return { stored, foreignIds, live };
      }),
    );
  }

  drain(): Promise<void> {
    return this.queue.drain();
  }
}

async function idsOfOtherChapters(tx: Db, chapter: string, ids: string[]): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>('select id from change_log where id = any($1::text[]) and chapter_id <> $2', [ids, chapter]);
  return rows.map((r) => r.id);
}
