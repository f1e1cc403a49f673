// Checks the pledge handlers share: the member, campaign and pledge a call names exist in this
// chapter; the pledge rules' own errors become `validation` answers on the field they concern;
// rows that must converge on every device get ids derived from what they join (../derived-id.ts).
import { CallError } from '../../../shared/contract/errors.js';
import { CampaignCurrencyError, MoneyError, PledgeInputError } from '../../../shared/pledges/errors.js';
import type { HandlerContext } from '../handler-context.js';
import { findMember } from '../members/member-queries.js';
import { localToday, type CampaignRow, type PledgeListRow } from './pledge-rows.js';
import { findCampaignRow, findPledgeRow } from './pledge-queries.js';


export function todayOr(date: string | undefined): string {
  return date ?? localToday();
}

/** A live member of this chapter, with their name; `validation` on `path` otherwise. */
export async function requireMember(ctx: HandlerContext, id: string, path = 'memberId'): Promise<{ id: string; name: string }> {
  const member = await findMember(ctx.db, ctx.chapterId(), id);
  if (!member || member.erasedAt || member.deletedAt) {
    throw new CallError('validation', `there is no member with id ${id} in this chapter`, [{ path, message: 'not a member of this chapter' }]);
  }
  if (member.mergedInto) {
    throw new CallError('validation', `that member was merged into ${member.mergedInto}; use that id`, [{ path, message: 'merged into another member' }]);
  }
  return { id: member.id, name: `${member.firstName} ${member.lastName}`.trim() };
}

export async function requireCampaign(ctx: HandlerContext, id: string): Promise<CampaignRow> {
  const row = await findCampaignRow(ctx.db, ctx.chapterId(), id);
  if (!row || row.deleted_at) throw new CallError('not_found', `there is no campaign with id ${id} in this chapter`);
  return row;
}

export async function requirePledge(ctx: HandlerContext, id: string): Promise<PledgeListRow> {
  const row = await findPledgeRow(ctx.db, ctx.chapterId(), id);
  if (!row) throw new CallError('not_found', `there is no pledge with id ${id} in this chapter`);
  return row;
}

/** A pledge that can still change: not deleted. */
export async function requireLivePledge(ctx: HandlerContext, id: string): Promise<PledgeListRow> {
  const row = await requirePledge(ctx, id);
  if (row.deleted_at) throw new CallError('conflict', 'this pledge was deleted');
  return row;
}

/** Runs a rule from shared/pledges; its errors (sentences already) become `validation` on `path`. */
export function byRule<T>(path: string, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof MoneyError || error instanceof PledgeInputError || error instanceof CampaignCurrencyError) {
      throw new CallError('validation', error.message, [{ path, message: error.message }]);
    }
    throw error;
  }
}

export function invalid(path: string, message: string): CallError {
  return new CallError('validation', message, [{ path, message }]);
}
