// Sync: joining hubs, the Sync screen's status, refused changes, and headquarters reports.
import os from 'node:os';
import { CallError } from '../../../shared/contract/errors.js';
import { headquartersChapterSchema } from '../../../shared/contract/sync.js';
import type { HandlerMap } from '../handler-context.js';
import { saveSessionState } from '../session-state.js';
import { listHubLinks } from '../sync/hub-links.js';
import { joinHub } from '../sync/join-hub.js';
import type { SyncService } from '../sync/sync-service.js';
import type { MeetingHost } from '../sync/meeting-host.js';
import { z } from 'zod';

type SyncMethods =
  | 'sync.status' | 'sync.join' | 'sync.leave' | 'sync.rejections' | 'hq.chapters'
  | 'sync.hostStart' | 'sync.hostInvite' | 'sync.hostStop' | 'sync.hosting';

/** Hub and network failures are the person's to fix (an address, a port in use), not bugs. */
async function asConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CallError) throw error;
    throw new CallError('conflict', (error as Error).message);
  }
}

export function syncHandlers(sync: SyncService, host: MeetingHost): HandlerMap<SyncMethods> {
  return {
    'sync.status': async (_input, ctx) => {
      const hubs = await sync.states();
      const { rows } = await ctx.db.query<{ n: number | string }>('select count(*) as n from sync_rejections');
      // What no hub has yet: a meeting hub that is gone must not keep the frame saying "waiting"
      // once headquarters has everything.
      const syncing = hubs.filter((h) => h.chapterId !== null && h.role !== 'coordinator');
      const pending = syncing.length === 0 ? 0 : Math.min(...syncing.map((h) => h.pending));
      return { hubs, pending, rejected: Number(rows[0]?.n ?? 0) };
    },

    'sync.join': async (input, ctx) => {
      const link = input.linkCurrentChapter ? (ctx.session.currentChapterId ?? undefined) : undefined;
      const deviceName = `${ctx.session.device.organiserName ?? 'organiser'} on ${os.hostname()}`;
      const { link: joined } = await joinHub(ctx.db, { hubUrl: input.hubUrl, invite: input.invite, deviceName, link, allowInsecure: input.allowInsecure });
      if (link && joined.chapterId) {
        ctx.session.currentChapterId = joined.chapterId;
        await saveSessionState(ctx.db, ctx.session);
        // The hub stamped the chapter's name when it was created there; this chapter's own
        // name and country, stamped now, win over it.
        const { rows } = await ctx.db.query<{ name: string; country: string }>('select name, country from chapters where id = $1', [joined.chapterId]);
        if (rows[0]) await ctx.commit([ctx.change('chapters', joined.chapterId, { name: rows[0].name, country: rows[0].country }, joined.chapterId)]);
      }
      await sync.added(joined);
      ctx.touched('sync', 'chapters', 'members');
      const state = (await sync.states()).find((h) => h.id === joined.id);
      if (!state) throw new CallError('internal', 'the hub was joined but is missing from the list');
      return { ...state, deviceId: joined.hubDeviceId, token: joined.token };
    },

    'sync.leave': async (input, ctx) => {
      if (!(await listHubLinks(ctx.db)).some((l) => l.id === input.hubId)) throw new CallError('not_found', 'this computer has not joined that hub');
      await sync.remove(input.hubId);
      ctx.touched('sync');
      return { hubId: input.hubId };
    },

    'sync.hostStart': async (input, ctx) => {
      const { rows } = await ctx.db.query<{ id: string; name: string; country: string }>('select id, name, country from chapters where id = $1', [ctx.chapterId()]);
      const chapter = rows[0]!;
      const info = await asConflict(() => host.start(chapter, `${ctx.session.device.organiserName ?? 'lead'} (meeting host)`, input.port));
      ctx.touched('sync');
      return info;
    },

    'sync.hostInvite': async () => {
      const info = await asConflict(() => host.nextInvite());
      if (!info) throw new CallError('conflict', 'this computer is not hosting a meeting hub');
      return info;
    },

    'sync.hostStop': async (_input, ctx) => {
      const stopped = await host.stop();
      ctx.touched('sync');
      return { stopped };
    },

    'sync.hosting': async () => host.info,

    'sync.rejections': async (_input, ctx) => {
      const { rows } = await ctx.db.query<{ hub_id: string; message_id: string; tbl: string; row_id: string; reason: string; rejected_at: string | Date }>(
        'select hub_id, message_id, tbl, row_id, reason, rejected_at from sync_rejections order by rejected_at desc limit 500',
      );
      return rows.map((r) => ({ hubId: r.hub_id, messageId: r.message_id, table: r.tbl, rowId: r.row_id, reason: r.reason, rejectedAt: new Date(r.rejected_at).toISOString() }));
    },

    'hq.chapters': async (_input, ctx) => {
      const coordinator = (await listHubLinks(ctx.db)).find((l) => l.role === 'coordinator');
      if (!coordinator) throw new CallError('conflict', 'this computer has not joined headquarters as a coordinator');
      let response: Response;
      try {
        response = await fetch(`${coordinator.url}/api/chapters`, { headers: { authorization: `Bearer ${coordinator.token}` } });
      } catch {
        throw new CallError('conflict', `cannot reach headquarters at ${coordinator.url}`);
      }
      if (!response.ok) throw new CallError('conflict', `headquarters answered ${response.status}`);
      return z.array(headquartersChapterSchema).parse(await response.json());
    },
  };
}
