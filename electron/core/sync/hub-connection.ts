// One device's live sync session with one hub. On connect it pulls everything after its cursor,
// then pushes everything after its "pushed up to" mark; afterwards it pushes each local change as
// it is committed and applies the changes the hub sends unasked. It reconnects by itself with
// backoff. Incoming frames are handled one at a time, in order, and every database write goes
// through the core's write queue, so sync never races a person's edit.
import WebSocket from 'ws';
import type { Db } from '../../../shared/db/db.js';
import { ClockDriftError, type HybridClock } from '../../../shared/hlc.js';
import { applyMessages } from '../../../shared/replication/apply.js';
import { removeAndRebuild } from '../../../shared/replication/rebuild.js';
import { hubFrameSchema, MAX_PUSH, type AckFrame, type ChangesFrame, type DeviceFrame } from '../../../shared/sync/protocol.js';
import type { WriteQueue } from '../write-queue.js';
import { getHubLink, markPulled, markPushed, type HubLink } from './hub-links.js';
import { nextOutboxBatch } from './outbox.js';
import { webSocketUrl } from './transport-policy.js';

export interface SyncDeps {
  db: Db;
  queue: WriteQueue;
  clock: HybridClock;
  /** Called after sync committed changes to these tables (the renderer's live views refetch). */
  onApplied(tables: string[]): void;
  /** Called when the connection's state changes (for the Sync screen). */
  onStatus(): void;
  log(message: string, error?: unknown): void;
}

export interface HubStatus {
  connected: boolean;
  lastError: string | null;
  clockWarning: string | null;
  /** The other devices syncing this chapter through the hub right now. */
  online: string[];
}

const BACKOFF_MS = [250, 500, 1000, 2000, 5000, 10000, 30000];

export class HubConnection {
  readonly status: HubStatus = { connected: false, lastError: null, clockWarning: null, online: [] };
  private socket: WebSocket | null = null;
  private stopped = true;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private frames: Promise<void> = Promise.resolve();
  private pushing = false;
  private pushAgain = false;
  private pendingAck: { ref: number; resolve: (ack: AckFrame) => void; reject: (e: Error) => void } | null = null;
  private nextRef = 1;
  private caughtUp = false;
  private pullWaiters: (() => void)[] = [];

  constructor(
    private link: HubLink,
    private readonly deps: SyncDeps,
  ) {}

  get hubId(): string {
    return this.link.id;
  }

  /** Keeps a connection open, reconnecting with backoff, until `stop`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = null;
    await this.frames.catch(() => {});
  }

  /** Connects once, pulls and pushes until both directions are complete, then disconnects. */
  async syncOnce(timeoutMs = 60_000): Promise<void> {
    this.stopped = false;
    try {
      await withTimeout(this.open(), timeoutMs, `the hub at ${this.link.url} did not answer`);
      await withTimeout(this.waitCaughtUp(), timeoutMs, `the hub at ${this.link.url} stopped answering`);
      await withTimeout(this.pushAll(), timeoutMs, `the hub at ${this.link.url} stopped answering`);
    } finally {
      this.stopped = true;
      this.socket?.close();
      await this.frames.catch(() => {});
    }
  }

  /** A local change was committed: push it (coalesced with any push already running). */
  notifyLocalChange(): void {
    if (this.socket?.readyState === WebSocket.OPEN && this.caughtUp) void this.pushAll().catch((e) => this.deps.log('push failed', e));
  }

  private connect(): void {
    this.open().then(
      () => {
        this.attempt = 0;
        void this.waitCaughtUp()
          .then(() => this.pushAll())
          .catch((e) => this.deps.log('sync after connect failed', e));
      },
      () => this.scheduleRetry(),
    );
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    const delay = BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)]!;
    this.retryTimer = setTimeout(() => this.connect(), delay * (0.75 + Math.random() * 0.5));
    this.retryTimer.unref?.();
  }

  private open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const url = `${webSocketUrl(this.link.url, '/sync')}?token=${encodeURIComponent(this.link.token)}`;
      const socket = new WebSocket(url, { handshakeTimeout: 10_000 });
      this.socket = socket;
      this.caughtUp = false;
      socket.on('open', async () => {
        this.status.connected = true;
        this.status.lastError = null;
        this.deps.onStatus();
        // Reload the marks: another connection or a rebuild may have moved them.
        this.link = (await getHubLink(this.deps.db, this.link.id)) ?? this.link;
        this.pull();
        resolve();
      });
      socket.on('message', (data) => {
        this.frames = this.frames.then(() => this.handle(data.toString())).catch((e) => this.deps.log('sync frame failed', e));
      });
      socket.on('unexpected-response', (_req, res) => {
        this.status.lastError = res.statusCode === 401 ? 'the hub refused this device (its access was revoked or the token is wrong)' : `the hub answered ${res.statusCode}`;
        res.resume();
      });
      socket.on('error', (error) => {
        this.status.lastError ??= `cannot reach the hub at ${this.link.url} (${(error as NodeJS.ErrnoException).code ?? error.message})`;
      });
      socket.on('close', () => {
        const wasOpen = this.status.connected;
        this.status.connected = false;
        this.status.online = [];
        this.caughtUp = false;
        this.pendingAck?.reject(new Error('the connection to the hub closed'));
        this.pendingAck = null;
        this.deps.onStatus();
        if (!wasOpen) reject(new Error(this.status.lastError ?? `cannot reach the hub at ${this.link.url}`));
        else this.scheduleRetry();
      });
    });
  }

  private send(frame: DeviceFrame): void {
    this.socket?.send(JSON.stringify(frame));
  }

  private async handle(raw: string): Promise<void> {
    const parsed = hubFrameSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return this.deps.log('the hub sent a frame this device cannot read', parsed.error);
    const frame = parsed.data;
    if (frame.type === 'ack') {
      if (this.pendingAck?.ref === frame.ref) this.pendingAck.resolve(frame);
      return;
    }
    if (frame.type === 'error') {
      this.status.lastError = frame.message;
      this.deps.onStatus();
      return;
    }
    if (frame.type === 'presence') {
      this.status.online = frame.devices.filter((d) => d.deviceId !== this.link.hubDeviceId).map((d) => d.name ?? 'another device');
      this.deps.onStatus();
      return;
    }
    await this.applyChanges(frame);
  }

  /**
   * A pull answer, or changes the hub sent unasked. Frames say which stretch of the chapter's
   * sequence they hold (`after` < seq <= `cursor`): when it continues from this device's cursor the
   * cursor moves; otherwise the messages are applied (idempotent) and a pull fills the gap.
   */
  private async applyChanges(frame: ChangesFrame): Promise<void> {
    const contiguous = frame.after <= this.link.pullCursor;
    for (const message of frame.messages) {
      try {
        this.deps.clock.receive(message.hlc);
      } catch (error) {
        if (!(error instanceof ClockDriftError)) throw error;
        this.status.clockWarning = 'changes from other devices are stamped ahead of this computer’s clock: check its date and time';
      }
    }
    const tables = await this.deps.queue.run(() =>
      this.deps.db.transaction(async (tx) => {
        const result = await applyMessages(tx, frame.messages, this.link.id);
        if (contiguous) await markPulled(tx, this.link.id, frame.cursor);
        return result.tables;
      }),
    );
    // A first sync brings thousands of rows: refresh the planner's statistics (PGlite runs no
    // autovacuum) once caught up, not after every page.
    this.appliedSinceAnalyze += frame.messages.length;
    if (!frame.more && this.appliedSinceAnalyze >= 1000) {
      this.appliedSinceAnalyze = 0;
      // …and vacuum: the support-count trigger leaves dead proposal rows behind (no autovacuum).
      await this.deps.queue.run(() => this.deps.db.exec('vacuum analyze'));
    }
    if (contiguous) this.link.pullCursor = Math.max(this.link.pullCursor, frame.cursor);
    if (tables.length > 0) this.deps.onApplied(tables);
    if (frame.more || !contiguous) {
      this.pull();
    } else if (this.awaitingPull) {
      this.awaitingPull = false;
      this.caughtUp = true;
      this.pullWaiters.splice(0).forEach((w) => w());
    }
  }

  private awaitingPull = false;
  private appliedSinceAnalyze = 0;

  private pull(): void {
    this.awaitingPull = true;
    this.send({ type: 'pull', chapter: this.link.chapterId ?? '', after: this.link.pullCursor });
  }

  private waitCaughtUp(): Promise<void> {
    if (!this.link.chapterId || this.link.role === 'coordinator') return Promise.resolve();
    if (this.caughtUp) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.pullWaiters.push(resolve);
      this.socket?.once('close', () => reject(new Error('the connection to the hub closed')));
    });
  }

  /** Pushes until the outbox is empty; a second call during a push makes it go round again. */
  private async pushAll(): Promise<void> {
    if (this.pushing) {
      this.pushAgain = true;
      return;
    }
    this.pushing = true;
    try {
      do {
        this.pushAgain = false;
        for (;;) {
          this.link = (await getHubLink(this.deps.db, this.link.id)) ?? this.link;
          const batch = await nextOutboxBatch(this.deps.db, this.link, MAX_PUSH);
          if (!batch) break;
          const ack = batch.messages.length > 0 ? await this.exchange(batch.messages) : null;
          await this.deps.queue.run(async () => {
            if (ack && ack.rejected.length > 0) await this.recordRejections(ack, batch.messages);
            await markPushed(this.deps.db, this.link.id, batch.upTo);
          });
          this.link.pushedUpTo = batch.upTo;
          this.deps.onStatus();
        }
      } while (this.pushAgain);
    } finally {
      this.pushing = false;
    }
  }

  private exchange(messages: unknown[]): Promise<AckFrame> {
    return new Promise((resolve, reject) => {
      if (this.socket?.readyState !== WebSocket.OPEN) return reject(new Error('not connected to the hub'));
      const ref = this.nextRef++;
      this.pendingAck = { ref, resolve, reject };
      this.send({ type: 'push', ref, messages });
    }).finally(() => (this.pendingAck = null)) as Promise<AckFrame>;
  }

  /** Keeps what the hub refused for the Sync screen, and puts the rows back to the hub's values. */
  private async recordRejections(ack: AckFrame, sent: { id: string; table: string; row: string; values: Record<string, unknown> }[]): Promise<void> {
    const byId = new Map(sent.map((m) => [m.id, m]));
    for (const rejection of ack.rejected) {
      const message = byId.get(rejection.id);
      if (!message) continue;
      await this.deps.db.query(
        `insert into sync_rejections (hub_id, message_id, tbl, row_id, vals, reason) values ($1, $2, $3, $4, $5::jsonb, $6)
         on conflict do nothing`,
        [this.link.id, message.id, message.table, message.row, JSON.stringify(message.values), rejection.reason],
      );
      if (/ahead of the hub/.test(rejection.reason)) this.status.clockWarning = 'this computer’s clock is ahead: the hub refused changes stamped in its future; fix the date and time';
    }
    const { tables } = await removeAndRebuild(this.deps.db, ack.rejected.map((r) => r.id));
    if (tables.length > 0) this.deps.onApplied(tables);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}
