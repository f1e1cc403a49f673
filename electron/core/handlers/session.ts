// Session: first-start setup, the chapter switcher and the organiser using this computer.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Session } from '../../../shared/contract/chapters.js';
import type { HandlerContext, HandlerMap } from '../handler-context.js';
import { listChapters, saveSessionState } from '../session-state.js';

export async function describeSession(ctx: HandlerContext): Promise<Session> {
  const chapters = await listChapters(ctx.db);
  const current = chapters.find((c) => c.id === ctx.session.currentChapterId) ?? chapters[0] ?? null;
  return { chapters, current, device: { ...ctx.session.device }, needsSetup: chapters.length === 0 };
}

/** Creates a chapter and makes it current. Used by setup and by the CLI's first write. */
export async function createChapter(ctx: HandlerContext, name: string, country: string): Promise<string> {
  const id = randomUUID();
  await ctx.commit([ctx.change('chapters', id, { name, country }, id)]);
  ctx.session.currentChapterId = id;
  await saveSessionState(ctx.db, ctx.session);
  return id;
}

export const sessionHandlers: HandlerMap<'session.get' | 'session.setup' | 'session.switchChapter' | 'session.setOrganiser'> = {
  'session.get': async (_input, ctx) => describeSession(ctx),

  'session.setup': async (input, ctx) => {
    ctx.session.device.organiserName = input.organiserName;
    await createChapter(ctx, input.chapterName, input.country);
    return describeSession(ctx);
  },

  'session.switchChapter': async (input, ctx) => {
    const chapters = await listChapters(ctx.db);
    if (!chapters.some((c) => c.id === input.chapterId)) throw new CallError('not_found', 'that chapter is not on this computer');
    ctx.session.currentChapterId = input.chapterId;
    await saveSessionState(ctx.db, ctx.session);
    ctx.touched('session');
    return describeSession(ctx);
  },

  'session.setOrganiser': async (input, ctx) => {
    ctx.session.device.organiserName = input.organiserName;
    ctx.session.device.organiserMemberId = input.organiserMemberId;
    await saveSessionState(ctx.db, ctx.session);
    ctx.touched('session');
    return describeSession(ctx);
  },
};
