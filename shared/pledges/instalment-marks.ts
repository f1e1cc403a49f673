// The statuses recorded against instalments (paid, missed, waived), grouped by pledge and keyed by
// due day, so the totals can look each instalment up as they walk a schedule. Statuses arrive as
// replicated rows from every device; one row per instalment id is the sync layer's promise, and a
// second row for the same id would make a total depend on the order rows were read, so it is refused.
import { dayNumberAt, type IsoDate } from './calendar-date.js';
import { PledgeInputError } from './errors.js';
import type { InstalmentStatus } from './pledge.js';

const UNDERSCORE = 95;

/** Pledge id → due day (day number) → that instalment's status. */
export type InstalmentMarks = ReadonlyMap<string, ReadonlyMap<number, InstalmentStatus>>;

export function indexInstalmentStatuses(statuses: Iterable<InstalmentStatus>): InstalmentMarks {
  const byPledge = new Map<string, Map<number, InstalmentStatus>>();
  for (const status of statuses) {
    // `<pledgeId>_<YYYY-MM-DD>` (instalmentId in schedule.ts), read in place: this runs per status.
    const id = status.instalmentId;
    const day = id.length > 11 && id.charCodeAt(id.length - 11) === UNDERSCORE ? dayNumberAt(id, id.length - 10) : NaN;
    if (Number.isNaN(day)) {
      throw new PledgeInputError(`'${id}' is not an instalment id like pledge1_2025-03-31`);
    }
    const pledgeId = id.slice(0, -11);
    let marks = byPledge.get(pledgeId);
    if (!marks) byPledge.set(pledgeId, (marks = new Map()));
    if (marks.has(day)) {
      throw new PledgeInputError(`the instalment ${status.instalmentId} has two statuses; keep only the latest`);
    }
    marks.set(day, status);
  }
  return byPledge;
}

/** Paid, and (when the payment date is known) paid on or before `asOf`. */
export function isPaidBy(status: InstalmentStatus | undefined, asOf: IsoDate): boolean {
  return status?.status === 'paid' && (status.paidOn === undefined || status.paidOn <= asOf);
}

/**
 * What the totals accept: the statuses themselves, or their index built once with
 * indexInstalmentStatuses when several totals (chapter, campaign, groups) read the same statuses.
 */
export type StatusesInput = Iterable<InstalmentStatus> | InstalmentMarks;

export function marksOf(statuses: StatusesInput): InstalmentMarks {
  return statuses instanceof Map ? (statuses as InstalmentMarks) : indexInstalmentStatuses(statuses as Iterable<InstalmentStatus>);
}
