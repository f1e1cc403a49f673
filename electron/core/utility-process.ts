// The core's entry inside Electron: a utilityProcess forked by main with `--data DIR`. It starts the
// core, turns each MessagePort main hands over into a core connection (the renderer's, straight to
// the core: main relays nothing), and answers main's control messages: close (on quit), backup and
// restore (from the File menu).
//
// It must not import 'electron': in a utility process the parent link is `process.parentPort`,
// typed locally below, and the core stays runnable under plain Node for the tests. The host logic is
// `runCoreHost`, with its effects injected, so it is tested without Electron or PGlite.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/contract/backup.js';
import type { Core, CoreConnection } from './core-api.js';
import { lockDataDir } from '../../shared/db/data-dir-lock.js';
import { dataDirPaths } from './db/open-database.js';

/** The parts of Electron's MessagePortMain the host uses. */
export interface ControlPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

/** The parts of Electron's `process.parentPort` the host uses. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: ControlPort[] }) => void): unknown;
  postMessage(message: unknown): void;
}

/** Main → core. `connect` carries one MessagePort for a window. */
export const controlRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connect') }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('backup'), requestId: z.number().int() }),
  z.object({ type: z.literal('restore'), requestId: z.number().int(), file: z.string().min(1) }),
]);
export type ControlRequest = z.infer<typeof controlRequestSchema>;

export interface BackupMade {
  info: BackupInfo;
  /** Absolute path of the backup file, for "show in folder". */
  path: string;
}

/** Core → main. */
export type ControlReply =
  | { type: 'ready' }
  /** The core could not start (data dir locked, made by a newer version, ...): shown to the person. */
  | { type: 'fatal'; message: string }
  | { type: 'reply'; requestId: number; ok: true; result: BackupMade | null }
  | { type: 'reply'; requestId: number; ok: false; message: string };

export interface CoreHostDeps {
  parentPort: ParentPortLike;
  dataDir: string;
  startCore(opts: { dataDir: string }): Promise<Core>;
  restoreBackup(opts: { dataDir: string; file: string }): Promise<void>;
  exit(code: number): void;
  log(message: string, error?: unknown): void;
}

export interface CoreHost {
  /** Settles when every control message received so far has been handled (for tests). */
  idle(): Promise<void>;
}

export function runCoreHost(deps: CoreHostDeps): CoreHost {
  const { parentPort, dataDir } = deps;
  const reply = (message: ControlReply) => parentPort.postMessage(message);
  const connections = new Set<{ conn: CoreConnection; port: ControlPort }>();
  const inFlight = new Set<Promise<void>>();
  let closing: Promise<void> | null = null;

  // `core` always points at the core that is, or will be, running: a restore replaces it at once
  // with the promise of the restarted core, so nothing started afterwards reaches the old one.
  let core: Promise<Core | null> = start();

  async function start(): Promise<Core | null> {
    try {
      recoverInterruptedRestore(dataDir, deps.log);
      const started = await deps.startCore({ dataDir });
      reply({ type: 'ready' });
      return started;
    } catch (error) {
      deps.log('the core could not start', error);
      reply({ type: 'fatal', message: messageOf(error) });
      return null;
    }
  }

  async function currentCore(): Promise<Core | null> {
    for (;;) {
      const awaited = core;
      const value = await awaited;
      if (awaited === core) return value;
    }
  }

  function disconnectAll(): void {
    for (const { conn, port } of connections) {
      conn.close();
      port.close();
    }
    connections.clear();
  }

  async function connect(port: ControlPort): Promise<void> {
    const running = await currentCore();
    if (!running || closing) {
      port.close();
      return;
    }
    const conn = running.connect((frame) => port.postMessage(frame));
    const entry = { conn, port };
    connections.add(entry);
    port.on('message', (event) => conn.receive(event.data));
    // The window reloaded or closed: its end of the channel is gone.
    port.on('close', () => {
      if (connections.delete(entry)) conn.close();
    });
    port.start();
  }

  async function backup(requestId: number): Promise<void> {
    try {
      const running = await currentCore();
      if (!running) throw new Error('The core is not running, so no backup could be made.');
      const info = await running.call('backup.create', {});
      reply({ type: 'reply', requestId, ok: true, result: { info, path: path.join(dataDirPaths(running.dataDir).backups, info.fileName) } });
    } catch (error) {
      reply({ type: 'reply', requestId, ok: false, message: messageOf(error) });
    }
  }

  function restore(requestId: number, file: string): Promise<void> {
    const previous = core;
    let failure: unknown = null;
    // Restoring needs the database closed: drop the connections (main reloads the windows after),
    // back up what is there (best effort: the data may be why the person restores), close, restore,
    // start again. A failed restore still restarts the core on what was there before.
    core = (async () => {
      const old = await previous;
      disconnectAll();
      let backedUp = false;
      if (old) {
        backedUp = await old.call('backup.create', {}).then(
          () => true,
          (error: unknown) => {
            deps.log('no backup of the current data before the restore', error);
            return false;
          },
        );
        await old.close();
      }
      try {
        await replaceDatabase(dataDir, file, backedUp, deps);
      } catch (error) {
        failure = error;
      }
      return start();
    })();
    return core.then(
      () => reply(failure === null ? { type: 'reply', requestId, ok: true, result: null } : { type: 'reply', requestId, ok: false, message: messageOf(failure) }),
      (error: unknown) => {
        // Closing the old core failed: nothing is running now, and main must say so.
        deps.log('restore failed', error);
        reply({ type: 'reply', requestId, ok: false, message: messageOf(error) });
        reply({ type: 'fatal', message: `The data could not be reopened after the restore: ${messageOf(error)}` });
      },
    );
  }

  function close(): Promise<void> {
    closing ??= (async () => {
      try {
        const running = await currentCore();
        disconnectAll();
        // Waits for running writes, CHECKPOINTs and closes PGlite, releases the lock.
        if (running) await running.close();
        deps.exit(0);
      } catch (error) {
        deps.log('the core did not close cleanly', error);
        deps.exit(1);
      }
    })();
    return closing;
  }

  function track(task: Promise<void>): void {
    const tracked = task.catch((error: unknown) => deps.log('a control message failed', error));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  }

  parentPort.on('message', (event) => {
    const parsed = controlRequestSchema.safeParse(event.data);
    if (!parsed.success) {
      deps.log('ignored an unknown control message', event.data);
      return;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'connect': {
        const [port] = event.ports;
        if (port) track(connect(port));
        else deps.log('a connect message came without a port');
        return;
      }
      case 'close':
        track(close());
        return;
      case 'backup':
        track(backup(message.requestId));
        return;
      case 'restore':
        track(restore(message.requestId, message.file));
        return;
    }
  });

  return {
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
      await core.catch(() => null);
    },
  };
}

/**
 * restoreBackup only restores into a data dir without a database, so the current one is moved aside
 * first and put back if the restore fails. It is deleted after a successful restore only when a
 * backup of it was just made; otherwise it is kept as DIR/db.replaced (never destroy data silently).
 */
async function replaceDatabase(dataDir: string, file: string, backedUp: boolean, deps: Pick<CoreHostDeps, 'restoreBackup' | 'log'>): Promise<void> {
  const { db } = dataDirPaths(dataDir);
  const aside = `${db}.replaced`;
  // Checked under the lock: if another process has the data dir open, its database stays put.
  const lock = lockDataDir(dataDir);
  try {
    if (fs.existsSync(db)) {
      fs.rmSync(aside, { recursive: true, force: true });
      fs.renameSync(db, aside);
    }
  } finally {
    lock.release();
  }
  try {
    await deps.restoreBackup({ dataDir, file });
  } catch (error) {
    if (!fs.existsSync(db) && fs.existsSync(aside)) fs.renameSync(aside, db);
    throw error;
  }
  if (backedUp) fs.rmSync(aside, { recursive: true, force: true });
  else if (fs.existsSync(aside)) deps.log(`the database replaced by the restore is kept at ${aside}`);
}

/**
 * A restore stopped between moving the database aside and putting the new one in place (the app
 * was killed) leaves DIR/db.replaced and no DIR/db: move it back rather than let the core create
 * an empty database.
 */
function recoverInterruptedRestore(dataDir: string, log: CoreHostDeps['log']): void {
  const { db } = dataDirPaths(dataDir);
  const aside = `${db}.replaced`;
  if (fs.existsSync(path.join(db, 'PG_VERSION')) || !fs.existsSync(path.join(aside, 'PG_VERSION'))) return;
  fs.rmSync(db, { recursive: true, force: true });
  fs.renameSync(aside, db);
  log(`an interrupted restore was undone: ${db} is back`);
}

/** `--data DIR` or `--data=DIR`; null when missing. */
export function parseDataDir(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : null;
    }
    if (arg.startsWith('--data=')) return arg.slice('--data='.length) || null;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'an unknown error';
}

// Runs only inside Electron's utility process; importing this module elsewhere (tests) does nothing.
const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) {
  const dataDir = parseDataDir(process.argv);
  if (!dataDir) {
    parentPort.postMessage({ type: 'fatal', message: 'The core was started without --data DIR.' } satisfies ControlReply);
  } else {
    runCoreHost({
      parentPort,
      dataDir,
      // Imported when first needed: tests drive runCoreHost with fakes and never load the core.
      startCore: async (opts) => (await import('./start-core.js')).startCore({ ...opts, dailyBackup: true, liveSync: true }),
      restoreBackup: async (opts) => (await import('./backup/restore.js')).restoreBackup(opts),
      exit: (code) => process.exit(code),
      log: (message, error) => console.error(`[core] ${message}`, error ?? ''),
    });
  }
}
