// The phone sign-in pages this core is serving, one per open meeting at most. Each page's desk is
// the core's own contract (`attendance.signUp`, via 'phone'), so a phone's sign-in goes through
// the same checks and the same write queue as the lead's; a page closes when its meeting does,
// here or on another device whose seal arrives by sync.
import type { SignInPage } from '../../../shared/contract/meetings.js';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import type { SignInResult, SignInSubmission } from '../../../shared/meetings/signin-form.js';
import { startSignInServer, type RunningSignIn, type SignInDesk } from './signin-server.js';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export class SignInPages {
  private readonly running = new Map<string, { server: RunningSignIn; page: SignInPage }>();
  private call: Call | null = null;

  constructor(
    /** Whether a minutes room is sealed (kept in memory: asked on every request). */
    private readonly isSealed: (minutesRoom: string) => boolean,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The core's contract, once the dispatcher exists. */
  attach(call: Call): void {
    this.call = call;
  }

  async start(meeting: { id: string; title: string; chapterName: string; minutesRoom: string }, port = 0): Promise<SignInPage> {
    const existing = this.running.get(meeting.id);
    if (existing) return existing.page;
    const call = this.call;
    if (!call) throw new Error('sign-in pages started before the core was ready');
    const desk: SignInDesk = {
      isOpen: async (meetingId) => meetingId === meeting.id && !this.isSealed(meeting.minutesRoom),
      signIn: async (meetingId: string, s: SignInSubmission): Promise<SignInResult> => {
        const result = await call('attendance.signUp', {
          meetingId,
          name: s.name,
          consent: s.consent,
          via: 'phone',
          ...(s.email ? { email: s.email } : {}),
          ...(s.phone ? { phone: s.phone } : {}),
          ...(s.pledge ? { pledge: s.pledge } : {}),
        });
        return { memberId: result.attendee.memberId, newMember: result.newMember, alreadyCheckedIn: result.alreadyCheckedIn, displayName: result.attendee.name };
      },
    };
    const server = await startSignInServer({ meeting: { id: meeting.id, title: meeting.title, chapterName: meeting.chapterName }, desk, port, log: this.log });
    const page: SignInPage = { meetingId: meeting.id, urls: server.urls, shortAddress: server.shortAddress, qrSvg: server.qrSvg };
    this.running.set(meeting.id, { server, page });
    return page;
  }

  page(meetingId: string): SignInPage | null {
    return this.running.get(meetingId)?.page ?? null;
  }

  async stop(meetingId: string): Promise<boolean> {
    const entry = this.running.get(meetingId);
    if (!entry) return false;
    this.running.delete(meetingId);
    await entry.server.close();
    return true;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id)));
  }
}
