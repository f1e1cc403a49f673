// The whole contract between the renderer and the core: each domain's file, merged here once.
// Adding a domain means adding one file and one line below.
import type { z } from 'zod';
import { backupContract } from './backup.js';
import { chaptersContract } from './chapters.js';
import { membersContract } from './members.js';
import { syncContract } from './sync.js';
import { proposalsContract } from './proposals.js';
import { pledgesContract } from './pledges.js';
import { networkContract } from './network.js';
import { meetingsContract } from './meetings.js';

export const contract = {
  ...chaptersContract,
  ...membersContract,
  ...backupContract,
  ...syncContract,
  ...proposalsContract,
  ...pledgesContract,
  ...networkContract,
  ...meetingsContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors.js';
export * from './events.js';
export type { Chapter, DeviceProfile, Session } from './chapters.js';
export type * from './members.js';
export type { BackupInfo } from './backup.js';
export type { HubState, SyncStatus } from './sync.js';
export type { Decision, Proposal, ProposalDetail, ProposalStatus } from './proposals.js';
export type { Campaign, DueItem, InstalmentView, MemberRef, PledgeDetail, PledgeStatus, PledgeView, UnitTotals } from './pledges.js';
export type { Group, Partner, PartnerLink, RecruitNode } from './network.js';
export type { AgendaItem, Attendee, CheckInCandidate, Meeting, MeetingDetail, MeetingRecord, Motion, RegisterEntry, SignInPage, SignUpResult, VerifyReport } from './meetings.js';
