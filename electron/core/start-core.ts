// Starts a core on a data dir: the database, this device's session, the dispatcher and the
// connections of whichever host runs it (Electron's utility process, the browser host, the CLI).
// Nothing here imports electron: the same core runs under plain Node everywhere.
import type { EventName, EventPayload } from '../../shared/contract/events.js';
import type { ResponseFrame } from '../../shared/contract/transport.js';
import { requestFrameSchema } from '../../shared/contract/transport.js';
import { CallError } from '../../shared/contract/errors.js';
import { HybridClock } from '../../shared/hlc.js';
import type { Core, CoreConnection } from './core-api.js';
import { backupIsDue, createBackup } from './backup/backups.js';
import { dataDirPaths, openDatabase } from './db/open-database.js';
import { Dispatcher } from './dispatcher.js';
import { allHandlers } from './handlers/index.js';
import { loadSessionState } from './session-state.js';
import { SyncService } from './sync/sync-service.js';
import { MeetingHost } from './sync/meeting-host.js';
import { DocService } from './docs/doc-service.js';
import { RosterSizeCache } from './members/member-queries.js';
import { SealedMinutes } from './meetings/sealed-minutes.js';
import { SignInPages } from './meetings/signin-pages.js';
import { analyzeIfNeverAnalyzed, vacuumChurnedTables } from './db/planner-statistics.js';
import { WriteQueue } from './write-queue.js';

export interface StartOptions {
  dataDir: string;
  /** Make the daily rotating backup when one is due (the app and the browser host do; the CLI not). */
  dailyBackup?: boolean;
  /** Keep connections to the joined hubs open (the app and the browser host); the CLI syncs on demand. */
  liveSync?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export async function startCore(options: StartOptions): Promise<Core> {
  const log = options.log ?? ((message, error) => console.error(`[core] ${message}`, error ?? ''));
  const database = await openDatabase(options.dataDir);
  const session = await loadSessionState(database.db);
  const clock = new HybridClock(session.device.deviceId);
  // This device's stamps only grow, so its last logged message holds its latest stamp.
  const { rows } = await database.db.query<{ hlc: string }>('select hlc from change_log where device = $1 order by seq desc limit 1', [session.device.deviceId]);
  if (rows[0]?.hlc) clock.resumeAfter(rows[0].hlc);
  await analyzeIfNeverAnalyzed(database.db);
  await vacuumChurnedTables(database.db);

  const listeners = new Set<(frame: ResponseFrame) => void>();
  const broadcast = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const send of listeners) send({ event, payload });
  };
  const queue = new WriteQueue();
  const rosterSizes = new RosterSizeCache();
  const sealedMinutes = new SealedMinutes();
  await sealedMinutes.refresh(database.db);
  const signInPages = new SignInPages((room) => sealedMinutes.has(room), (line) => log(line));
  const forgetCached = (tables: string[]) => {
    if (tables.includes('members')) rosterSizes.clear();
    if (tables.includes('meetings')) sealedMinutes.refresh(database.db).catch((error) => log('could not read sealed meetings', error));
  };
  const sync = new SyncService({
    db: database.db,
    queue,
    clock,
    onApplied: (tables) => {
      forgetCached(tables);
      broadcast('changed', { tables: [...tables, 'sync'] });
      // Changes learned from one hub are passed on to the others.
      sync.notifyLocalChange();
    },
    onStatus: () => broadcast('changed', { tables: ['sync'] }),
    log,
  });
  const meetingHost = new MeetingHost(database.db, sync);
  const docs = new DocService({
    db: database.db,
    queue,
    onUpdate: (room, update) => broadcast('doc.update', { room, update: Buffer.from(update).toString('base64') }),
    onStored: (_room, tables) => {
      if (tables.length > 0) {
        forgetCached(tables);
        broadcast('changed', { tables });
      }
    },
    onAwareness: (room, update) => broadcast('doc.awareness', { room, update }),
    onOpened: (room, doc, awareness) => sync.docOpened(room, doc, awareness),
    isSealed: (room) => sealedMinutes.has(room),
  });
  sync.attachDocs(docs);
  // Every local commit is offered to the hubs at once: that is what makes edits appear live.
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'changed') forgetCached((payload as EventPayload<'changed'>).tables);
    broadcast(event, payload);
    if (event === 'changed') sync.notifyLocalChange();
  };
  const dispatcher = new Dispatcher({
    db: database.db,
    dataDir: database.dataDir,
    clock,
    session,
    emit,
    handlers: allHandlers({ pglite: database.pglite, sync, rosterSizes, meetingHost, docs, sealedMinutes, signInPages }),
    queue,
    log,
  });
  signInPages.attach((method, input) => dispatcher.call(method, input) as never);
  if (options.liveSync) await sync.start();

  let closed = false;
  let backupTimer: NodeJS.Timeout | undefined;
  if (options.dailyBackup && backupIsDue(dataDirPaths(database.dataDir).backups)) {
    // Later, not during start-up: the first screen matters more than the backup.
    backupTimer = setTimeout(() => {
      dispatcher.queue
        .run(() => createBackup(database.pglite, dataDirPaths(database.dataDir).backups))
        .catch((error) => log('daily backup failed', error));
    }, 30_000);
    backupTimer.unref();
  }

  const core: Core = {
    dataDir: database.dataDir,
    call: (method, input) => {
      if (closed) return Promise.reject(new CallError('internal', 'the core is closed'));
      return dispatcher.call(method, input) as never;
    },
    syncOnce: () => sync.syncOnce(),
    useChapter(chapterId) {
      session.currentChapterId = chapterId;
    },
    connect(send): CoreConnection {
      listeners.add(send);
      return {
        receive(raw) {
          const frame = requestFrameSchema.safeParse(raw);
          if (!frame.success) return; // Not a request: nothing to answer, and nobody to answer it to.
          const { id, method, input } = frame.data;
          core.call(method as never, input as never).then(
            (result) => send({ id, ok: true, result }),
            (error: unknown) => send({ id, ok: false, error: (error instanceof CallError ? error : new CallError('internal', 'unexpected failure')).toJSON() }),
          );
        },
        close() {
          listeners.delete(send);
        },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(backupTimer);
      listeners.clear();
      await signInPages.stopAll().catch((error) => log('stopping the sign-in pages failed', error));
      await meetingHost.stop().catch((error) => log('stopping the meeting hub failed', error));
      await sync.stop();
      await docs.flush();
      await dispatcher.queue.idle();
      docs.close();
      await database.close();
    },
  };
  return core;
}
