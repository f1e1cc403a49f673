// How meetings are said on screen: statuses, how someone checked in, a walk-in's result, a motion's
// count in one line. Pure, so the wording is tested without a browser.
import type { CheckInVia, MeetingStatus, SignUpResult } from '../../../../shared/contract/meetings';
import type { Tally } from '../../../../shared/proposals/tally-result';
import { capitalise } from '../../data/call-errors';

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  open: 'In progress',
  closed: 'Closed and sealed',
};

export const meetingStatusTones: Record<MeetingStatus, 'neutral' | 'accent' | 'success'> = {
  scheduled: 'neutral',
  open: 'accent',
  closed: 'success',
};

export const viaLabels: Record<CheckInVia, string> = {
  desk: 'at the desk',
  kiosk: 'at the kiosk',
  phone: 'by phone',
};

/** What the desk says after a walk-in signed up: found again, new, or already here. */
export function signUpInWords(result: SignUpResult): string {
  const name = result.attendee.name;
  if (result.alreadyCheckedIn) return `${name} was already checked in`;
  if (result.newMember) return `${name} added as a new member and checked in`;
  return `${name} was already a member: checked in`;
}

/** "Passes", "Does not pass", "No quorum": what a count says, as the chair would announce it. */
export function motionOutcomeInWords(tally: Pick<Tally, 'outcome'>): string {
  switch (tally.outcome) {
    case 'passed':
      return 'Passes';
    case 'not passed':
      return 'Does not pass';
    case 'no quorum':
      return 'No quorum';
    case 'no votes':
      return 'No votes counted yet';
    default:
      return capitalise(tally.outcome);
  }
}

/** "6 for, 2 against, 1 abstaining (1 by proxy); 9 of 10 present voted". */
export function motionCountInWords(tally: Tally): string {
  const c = tally.counts as Record<string, number>;
  const present = tally.method === 'motion' ? ` of ${tally.present} present` : '';
  const proxies = tally.proxies > 0 ? ` (${tally.proxies} by proxy)` : '';
  return `${c.yes ?? 0} for, ${c.no ?? 0} against, ${c.abstain ?? 0} abstaining${proxies}; ${tally.voters}${present} voted`;
}

/** The first characters of a hash, for where the whole one does not fit (it is in the title). */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 12)}…` : hash;
}
