// All of this device's hub connections. The core starts it (the app and the browser host keep
// connections open; the CLI's `sync --once` syncs and returns) and tells it about every local
// commit, so changes reach the hubs as they are made.
import type { Db } from '../../../shared/db/db.js';
import type { HybridClock } from '../../../shared/hlc.js';
import type { WriteQueue } from '../write-queue.js';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocService } from '../docs/doc-service.js';
import { exchangeDoc } from './doc-exchange.js';
import { HubConnection, type SyncDeps } from './hub-connection.js';
import { LiveDocs } from './live-docs.js';
import { countPending, getHubLink, listHubLinks, type HubLink } from './hub-links.js';

export interface HubState {
  id: string;
  url: string;
  role: HubLink['role'];
  chapterId: string | null;
  connected: boolean;
  pending: number;
  lastSyncAt: string | null;
  lastError: string | null;
  clockWarning: string | null;
  online: string[];
}

/** Sync could not finish with some hub: the message names each and why (for the CLI's one line). */
export class SyncIncompleteError extends Error {
  override name = 'SyncIncompleteError';
}

export class SyncService {
  private readonly connections = new Map<string, HubConnection>();
  private readonly liveDocs = new LiveDocs();
  private links: HubLink[] = [];
  private docs: DocService | null = null;
  private live = false;
  private readonly deps: SyncDeps;

  constructor(deps: { db: Db; queue: WriteQueue; clock: HybridClock; onApplied(tables: string[]): void; onStatus(): void; log: SyncDeps['log'] }) {
    this.deps = deps;
  }

  /** The core's documents, synced with the hubs too (their rooms hang off the rows). */
  attachDocs(docs: DocService): void {
    this.docs = docs;
  }

  /** Opens a connection to every hub that syncs rows, and keeps them open. */
  async start(): Promise<void> {
    this.live = true;
    this.links = await listHubLinks(this.deps.db);
    for (const link of this.links) this.connectionFor(link).start();
  }

  /** A document was opened in the core: while live, keep it in sync with the hubs. */
  docOpened(room: string, doc: Y.Doc, awareness: Awareness): void {
    if (this.live) this.liveDocs.attach(room, doc, awareness, this.links);
  }

  /** A hub was joined while running: connect to it too. */
  async added(link: HubLink): Promise<void> {
    this.connections.get(link.id)?.stop();
    this.connections.delete(link.id);
    this.links = await listHubLinks(this.deps.db);
    const connection = this.connectionFor(link);
    if (this.live) connection.start();
  }

  /** Stops syncing with a hub and forgets it (the data it brought stays). */
  async remove(linkId: string): Promise<void> {
    this.liveDocs.detachHub(linkId);
    await this.connections.get(linkId)?.stop();
    this.connections.delete(linkId);
    await this.deps.db.query('delete from sync_hubs where id = $1', [linkId]);
    await this.deps.db.query('delete from sync_rejections where hub_id = $1', [linkId]);
    this.links = await listHubLinks(this.deps.db);
  }

  notifyLocalChange(): void {
    for (const connection of this.connections.values()) connection.notifyLocalChange();
  }

  /**
   * Syncs every joined hub, both directions, until none has anything left to send: what one hub
   * brought (a meeting hub's walk-ins) goes on to the others (headquarters) in the same call.
   * Throws with the hubs that could not be reached.
   */
  async syncOnce(): Promise<void> {
    const links = (await listHubLinks(this.deps.db)).filter(syncsRows);
    if (links.length === 0) throw new SyncIncompleteError('this data dir has joined no hub yet; join one with: join --hub URL --invite CODE');
    const failures = new Map<string, string>();
    for (let round = 0; round < 5; round++) {
      for (const link of links) {
        if (failures.has(link.id)) continue;
        try {
          await new HubConnection((await getHubLink(this.deps.db, link.id)) ?? link, this.deps).syncOnce();
        } catch (error) {
          failures.set(link.id, `${link.url}: ${(error as Error).message}`);
        }
      }
      const reachable = (await listHubLinks(this.deps.db)).filter((l) => syncsRows(l) && !failures.has(l.id));
      const waiting = await Promise.all(reachable.map((l) => countPending(this.deps.db, l)));
      if (waiting.every((n) => n === 0)) break;
    }
    for (const link of links) {
      if (failures.has(link.id)) continue;
      try {
        await this.exchangeDocs(link);
      } catch (error) {
        failures.set(link.id, `${link.url}: ${(error as Error).message}`);
      }
    }
    if (failures.size > 0) throw new SyncIncompleteError(`sync did not complete with ${[...failures.values()].join('; ')}`);
  }

  /** Every document of the link's chapter, once each way (after the rows, which name them). */
  private async exchangeDocs(link: HubLink): Promise<void> {
    const docs = this.docs;
    if (!docs || !link.chapterId) return;
    const { rows } = await this.deps.db.query<{ id: string }>('select id from proposals where chapter_id = $1', [link.chapterId]);
    const rooms = new Set([...rows.flatMap((r) => [`${link.chapterId}/proposal/${r.id}`, `${link.chapterId}/board/${r.id}`]), ...(await docs.storedRooms(`${link.chapterId}/`))]);
    for (const room of rooms) await exchangeDoc(link.url, link.token, room, await docs.open(room), { kind: 'hub', hubId: link.id });
    await docs.flush();
  }

  async states(): Promise<HubState[]> {
    const links = await listHubLinks(this.deps.db);
    return Promise.all(
      links.map(async (link) => {
        const connection = this.connections.get(link.id);
        return {
          id: link.id,
          url: link.url,
          role: link.role,
          chapterId: link.chapterId,
          connected: connection?.status.connected ?? false,
          // From the stored marks, not a connection's copy of them.
          pending: await countPending(this.deps.db, link),
          lastSyncAt: link.lastSyncAt,
          lastError: connection?.status.lastError ?? null,
          clockWarning: connection?.status.clockWarning ?? null,
          online: connection?.status.online ?? [],
        };
      }),
    );
  }

  async stop(): Promise<void> {
    this.live = false;
    this.liveDocs.close();
    await Promise.all([...this.connections.values()].map((c) => c.stop()));
    this.connections.clear();
  }

  private connectionFor(link: HubLink): HubConnection {
    let connection = this.connections.get(link.id);
    if (!connection && syncsRows(link)) {
      connection = new HubConnection(link, this.deps);
      this.connections.set(link.id, connection);
    }
    return connection ?? new HubConnection(link, this.deps);
  }
}

/** Coordinators read headquarters reports; only chapter devices sync rows. */
function syncsRows(link: HubLink): boolean {
  return link.chapterId !== null && link.role !== 'coordinator';
}
