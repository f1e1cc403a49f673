// Devices (cores on their own temp data dirs) joined to a test hub, and the clean-up after each
// test: every core closed and removed, the hub stopped. For the sync tests of every domain.
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';
import { closeAndRemove, tempDir } from './core-fixture.js';

export class HubDevices {
  private readonly cores: Core[] = [];
  private current: TestHub | undefined;

  get hub(): TestHub {
    if (!this.current) throw new Error('start the hub first');
    return this.current;
  }

  async startHub(): Promise<TestHub> {
    this.current = await startTestHub();
    return this.current;
  }

  /** A fresh device (or one on `dataDir`) joined as an organiser, synced once, on the chapter. */
  async joined(chapterId: string, options: { dataDir?: string; live?: boolean } = {}): Promise<Core> {
    const core = await this.device(options);
    await core.call('sync.join', { hubUrl: this.hub.hub.url, invite: await this.hub.invite('organiser', chapterId) });
    await core.syncOnce();
    core.useChapter(chapterId);
    return core;
  }

  /** A core whose clean-up this set owns. */
  async device(options: { dataDir?: string; live?: boolean } = {}): Promise<Core> {
    const core = await startCore({ dataDir: options.dataDir ?? tempDir(), liveSync: options.live ?? false, log: () => {} });
    this.cores.push(core);
    return core;
  }

  /** Closes a core without removing its data dir (to open it again, or to tamper with it). */
  async closeKeeping(core: Core): Promise<void> {
    this.cores.splice(this.cores.indexOf(core), 1);
    await core.close();
  }

  async cleanUp(): Promise<void> {
    for (const core of this.cores.splice(0)) await closeAndRemove(core);
    await this.current?.stop();
    this.current = undefined;
  }
}
