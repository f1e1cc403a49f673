// The one meeting hub this core may be running, and this device's link to it.
import type { Db } from '../../../shared/db/db.js';
import { joinHub } from './join-hub.js';
import { meetingInvite, startMeetingHub, stopMeetingHub, type MeetingHubInfo, type RunningMeetingHub } from './meeting-hub.js';
import type { SyncService } from './sync-service.js';

export class MeetingHost {
  private running: { hub: RunningMeetingHub; linkId: string; info: MeetingHubInfo } | null = null;

  constructor(
    private readonly db: Db,
    private readonly sync: SyncService,
  ) {}

  get info(): MeetingHubInfo | null {
    return this.running?.info ?? null;
  }

  async start(chapter: { id: string; name: string; country: string }, deviceName: string, port: number): Promise<MeetingHubInfo> {
    if (this.running) return this.running.info;
    const { running, selfInvite } = await startMeetingHub(chapter, port);
    try {
      const { link } = await joinHub(this.db, { hubUrl: `http://127.0.0.1:${running.hub.port}`, invite: selfInvite, deviceName });
      await this.sync.added(link);
      const info = await meetingInvite(running);
      this.running = { hub: running, linkId: link.id, info };
      return info;
    } catch (error) {
      await stopMeetingHub(running);
      throw error;
    }
  }

  async nextInvite(): Promise<MeetingHubInfo | null> {
    if (!this.running) return null;
    this.running.info = await meetingInvite(this.running.hub);
    return this.running.info;
  }

  async stop(): Promise<boolean> {
    if (!this.running) return false;
    const { hub, linkId } = this.running;
    this.running = null;
    await this.sync.remove(linkId);
    await stopMeetingHub(hub);
    return true;
  }
}
