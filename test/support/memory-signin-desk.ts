// A sign-in desk in memory, for the tests of the sign-in page and the rally helper: it finds a person
// again by e-mail or phone and records each check-in once, as the meetings core must. It is a stand-in
// for the HTTP side only; the real desk is tested with the core.
import type { SignInDesk } from '../../electron/core/meetings/signin-server.js';
import type { SignInResult, SignInSubmission } from '../../shared/meetings/signin-form.js';

export class MemorySignInDesk implements SignInDesk {
  readonly members: { id: string; submission: SignInSubmission }[] = [];
  /** meetingId → member ids checked in, in order. */
  readonly checkIns = new Map<string, string[]>();
  readonly openMeetings = new Set<string>();
  /** Replaces signIn's answer, to test the desk's errors. */
  failWith: Error | null = null;
  /** Awaited at the start of each signIn, to hold a sign-in in flight. */
  hold: Promise<void> | null = null;
  calls = 0;

  constructor(...openMeetings: string[]) {
    for (const id of openMeetings) this.openMeetings.add(id);
  }

  async isOpen(meetingId: string): Promise<boolean> {
    return this.openMeetings.has(meetingId);
  }

  async signIn(meetingId: string, submission: SignInSubmission): Promise<SignInResult> {
    this.calls++;
    if (this.hold) await this.hold;
    if (this.failWith) throw this.failWith;
    if (!this.openMeetings.has(meetingId)) throw new Error(`meeting ${meetingId} is not open`);
    let member = this.members.find(
      (m) => (submission.email && m.submission.email === submission.email) || (submission.phone && m.submission.phone === submission.phone),
    );
    const newMember = !member;
    if (!member) {
      member = { id: `m${this.members.length + 1}`, submission };
      this.members.push(member);
    }
    const checkedIn = this.checkIns.get(meetingId) ?? [];
    this.checkIns.set(meetingId, checkedIn);
    const alreadyCheckedIn = checkedIn.includes(member.id);
    if (!alreadyCheckedIn) checkedIn.push(member.id);
    return { memberId: member.id, newMember, alreadyCheckedIn, displayName: member.submission.name };
  }
}
