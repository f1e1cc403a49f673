// Sync: joining hubs, the Sync screen's status, refused changes, and headquarters reports.
import os from 'node:os';
import { CallError } from '../../../shared/contract/errors.js';
import { headquartersChapterSchema } from '../../../shared/contract/sync.js';
import type { HandlerMap } from '../handler-context.js';
import { saveSessionState } from '../session-state.js';
import { listHubLinks } from '../sync/hub-links.js';
import { joinHub } from '../sync/join-hub.js';
import type { SyncService } from '../sync/sync-service.js';
import { z } from 'zod';

export function syncHandlers(sync: SyncService): HandlerMap<'sync.status' | 'sync.join' | 'sync.rejections' | 'hq.chapters'> {
  return {
    'sync.status': async (_input, ctx) => {
      const hubs = await sync.states();
      const { rows } = await ctx.db.query<{ n: number | string }>('select count(*) as n from sync_rejections');
      return { hubs, pending: Math.max(0, ...hubs.map((h) => h.pending)), rejected: Number(rows[0]?.n ?? 0) };
    },

    'sync.join': async (input, ctx) => {
      const link = input.linkCurrentChapter ? (ctx.session.currentChapterId ?? undefined) : undefined;
      const deviceName = `${ctx.session.device.organiserName ?? 'organiser'} on ${os.hostname()}`;
      const { link: joined } = await joinHub(ctx.db, { hubUrl: input.hubUrl, invite: input.invite, deviceName, link, allowInsecure: input.allowInsecure });
      if (link && joined.chapterId) {
        ctx.session.currentChapterId = joined.chapterId;
        await saveSessionState(ctx.db, ctx.session);
      }
      await sync.added(joined);
      ctx.touched('sync', 'chapters', 'members');
      const state = (await sync.states()).find((h) => h.id === joined.id);
      if (!state) throw new CallError('internal', 'the hub was joined but is missing from the list');
      return { ...state, deviceId: joined.hubDeviceId, token: joined.token };
    },

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
