// The core's utility-process host, driven with a fake parent port, fake MessagePorts and a fake
// core: the sequencing of connect, backup, restore and close, without Electron or PGlite.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreConnection, ResponseFrame } from '../../electron/core/core-api.js';
import {
  parseDataDir,
  runCoreHost,
  type ControlPort,
  type ControlReply,
  type CoreHostDeps,
  type ParentPortLike,
} from '../../electron/core/utility-process.js';

class FakePort extends EventEmitter implements ControlPort {
  readonly posted: unknown[] = [];
  started = false;
  closed = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  start(): void {
    this.started = true;
  }
  close(): void {
    this.closed = true;
  }
  /** What the renderer would send. */
  send(data: unknown): void {
    this.emit('message', { data });
  }
}

class FakeParent extends EventEmitter implements ParentPortLike {
  readonly replies: ControlReply[] = [];
  postMessage(message: unknown): void {
    this.replies.push(message as ControlReply);
  }
  send(data: unknown, ports: ControlPort[] = []): void {
    this.emit('message', { data, ports });
  }
}

class FakeCore implements Core {
  readonly received: unknown[] = [];
  readonly connections: Array<{ send: (frame: ResponseFrame) => void; closed: boolean }> = [];
  closed = false;
  backupFails = false;
  constructor(readonly dataDir: string) {}
  async call(method: string): Promise<never> {
    if (this.closed) throw new Error('the core is closed');
    if (method !== 'backup.create') throw new Error(`unexpected call ${method}`);
    if (this.backupFails) throw new Error('the disk is full');
    return { fileName: 'chapterhouse-1.tar.gz', bytes: 3, createdAt: '2025-01-01T00:00:00.000Z' } as never;
  }
  useChapter(): void {}
  async syncOnce(): Promise<void> {}
  connect(send: (frame: ResponseFrame) => void): CoreConnection {
    const entry = { send, closed: false };
    this.connections.push(entry);
    return {
      receive: (frame) => this.received.push(frame),
      close: () => {
        entry.closed = true;
      },
    };
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-host-'));
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function host(overrides: Partial<CoreHostDeps> = {}) {
  const parent = new FakeParent();
  const cores: FakeCore[] = [];
  const deps: CoreHostDeps = {
    parentPort: parent,
    dataDir,
    startCore: vi.fn(async (opts: { dataDir: string }) => {
      const core = new FakeCore(opts.dataDir);
      cores.push(core);
      return core;
    }),
    restoreBackup: vi.fn(async (opts: { dataDir: string; file: string }) => {
      // Like the real one: refuses a data dir that still holds a database.
      const db = path.join(opts.dataDir, 'db');
      if (fs.existsSync(db)) throw new Error('already holds a database');
      fs.mkdirSync(db);
      fs.writeFileSync(path.join(db, 'PG_VERSION'), 'restored');
    }),
    exit: vi.fn(),
    log: vi.fn(),
    ...overrides,
  };
  const running = runCoreHost(deps);
  return { parent, cores, deps, idle: () => running.idle() };
}

function makeDatabase(content: string): void {
  fs.mkdirSync(path.join(dataDir, 'db'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'db', 'PG_VERSION'), content);
}

const databaseContent = () => fs.readFileSync(path.join(dataDir, 'db', 'PG_VERSION'), 'utf8');

describe('runCoreHost: start and connect', () => {
  it('starts the core on the data dir and says so', async () => {
    const { parent, deps, idle } = host();
    await idle();
    expect(deps.startCore).toHaveBeenCalledWith({ dataDir });
    expect(parent.replies).toEqual([{ type: 'ready' }]);
  });

  it('wires a port straight to a core connection, both ways', async () => {
    const { parent, cores, idle } = host();
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    await idle();
    expect(port.started).toBe(true);
    port.send({ id: 1, method: 'session.get', input: {} });
    expect(cores[0]!.received).toEqual([{ id: 1, method: 'session.get', input: {} }]);
    cores[0]!.connections[0]!.send({ id: 1, ok: true, result: 'hi' });
    expect(port.posted).toEqual([{ id: 1, ok: true, result: 'hi' }]);
  });

  it('connects a port that arrives while the core is still starting', async () => {
    let finishStart: (core: Core) => void = () => {};
    const { parent, idle } = host({ startCore: () => new Promise<Core>((resolve) => (finishStart = resolve)) });
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    const core = new FakeCore(dataDir);
    finishStart(core);
    await idle();
    expect(core.connections).toHaveLength(1);
    expect(port.started).toBe(true);
  });

  it('closes the connection when the window side of the port goes away', async () => {
    const { parent, cores, idle } = host();
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    await idle();
    port.emit('close');
    expect(cores[0]!.connections[0]!.closed).toBe(true);
  });

  it('reports a core that cannot start as fatal, with its message, and refuses ports', async () => {
    const { parent, idle } = host({
      startCore: async () => {
        throw new Error('the data in /x is in use by another process (pid 12); close it first');
      },
    });
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    parent.send({ type: 'backup', requestId: 3 });
    await idle();
    expect(parent.replies).toEqual([
      { type: 'fatal', message: 'the data in /x is in use by another process (pid 12); close it first' },
      { type: 'reply', requestId: 3, ok: false, message: 'The core is not running, so no backup could be made.' },
    ]);
    expect(port.closed).toBe(true);
  });

  it('ignores messages that are not control requests', async () => {
    const { parent, deps, idle } = host();
    parent.send({ type: 'format-disk' });
    parent.send('close');
    parent.send({ type: 'restore', requestId: 1 });
    parent.send({ type: 'connect' });
    await idle();
    expect(deps.exit).not.toHaveBeenCalled();
    expect(deps.restoreBackup).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledTimes(4);
  });
});

describe('runCoreHost: backup', () => {
  it('replies with the backup and its full path', async () => {
    const { parent, idle } = host();
    parent.send({ type: 'backup', requestId: 9 });
    await idle();
    expect(parent.replies.at(-1)).toEqual({
      type: 'reply',
      requestId: 9,
      ok: true,
      result: {
        info: { fileName: 'chapterhouse-1.tar.gz', bytes: 3, createdAt: '2025-01-01T00:00:00.000Z' },
        path: path.join(dataDir, 'backups', 'chapterhouse-1.tar.gz'),
      },
    });
  });

  it('replies with the reason when the backup fails', async () => {
    const { parent, cores, idle } = host();
    await idle();
    cores[0]!.backupFails = true;
    parent.send({ type: 'backup', requestId: 2 });
    await idle();
    expect(parent.replies.at(-1)).toEqual({ type: 'reply', requestId: 2, ok: false, message: 'the disk is full' });
  });
});

describe('runCoreHost: close', () => {
  it('drops the connections, closes the core, then exits 0, once', async () => {
    const { parent, cores, deps, idle } = host();
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    await idle();
    parent.send({ type: 'close' });
    parent.send({ type: 'close' });
    await idle();
    expect(cores[0]!.closed).toBe(true);
    expect(cores[0]!.connections[0]!.closed).toBe(true);
    expect(port.closed).toBe(true);
    expect(deps.exit).toHaveBeenCalledTimes(1);
    expect(deps.exit).toHaveBeenCalledWith(0);
  });

  it('exits 0 when the core never started', async () => {
    const { parent, deps, idle } = host({
      startCore: async () => {
        throw new Error('newer version');
      },
    });
    parent.send({ type: 'close' });
    await idle();
    expect(deps.exit).toHaveBeenCalledWith(0);
  });

  it('exits 1 when the core does not close cleanly', async () => {
    const { parent, cores, deps, idle } = host();
    await idle();
    cores[0]!.close = async () => {
      throw new Error('checkpoint failed');
    };
    parent.send({ type: 'close' });
    await idle();
    expect(deps.exit).toHaveBeenCalledWith(1);
  });
});

describe('runCoreHost: restore', () => {
  it('backs up, closes, replaces the database, starts again and replies', async () => {
    makeDatabase('current');
    const { parent, cores, deps, idle } = host();
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    await idle();
    const backup = vi.spyOn(cores[0]!, 'call');
    parent.send({ type: 'restore', requestId: 5, file: '/backups/old.tar.gz' });
    await idle();
    expect(backup).toHaveBeenCalledWith('backup.create', {});
    expect(cores[0]!.closed).toBe(true);
    expect(port.closed).toBe(true);
    expect(deps.restoreBackup).toHaveBeenCalledWith({ dataDir, file: '/backups/old.tar.gz' });
    expect(cores).toHaveLength(2);
    expect(cores[1]!.closed).toBe(false);
    expect(databaseContent()).toBe('restored');
    // The replaced database is gone: a backup of it was just made.
    expect(fs.existsSync(path.join(dataDir, 'db.replaced'))).toBe(false);
    expect(parent.replies).toEqual([{ type: 'ready' }, { type: 'ready' }, { type: 'reply', requestId: 5, ok: true, result: null }]);
  });

  it('connects ports that arrive during the restore to the restarted core', async () => {
    makeDatabase('current');
    const { parent, cores, idle } = host();
    await idle();
    parent.send({ type: 'restore', requestId: 1, file: '/b.tar.gz' });
    const port = new FakePort();
    parent.send({ type: 'connect' }, [port]);
    await idle();
    expect(cores[0]!.connections).toHaveLength(0);
    expect(cores[1]!.connections).toHaveLength(1);
  });

  it('puts the database back and restarts on it when the restore fails', async () => {
    makeDatabase('current');
    const { parent, cores, idle } = host({
      restoreBackup: async () => {
        throw new Error('b.tar.gz is not a Chapterhouse backup');
      },
    });
    parent.send({ type: 'restore', requestId: 4, file: '/b.tar.gz' });
    await idle();
    expect(databaseContent()).toBe('current');
    expect(cores).toHaveLength(2);
    expect(parent.replies.at(-1)).toEqual({ type: 'reply', requestId: 4, ok: false, message: 'b.tar.gz is not a Chapterhouse backup' });
  });

  it('keeps the replaced database when no backup of it could be made', async () => {
    makeDatabase('current');
    const { parent, cores, deps, idle } = host();
    await idle();
    cores[0]!.backupFails = true;
    parent.send({ type: 'restore', requestId: 6, file: '/b.tar.gz' });
    await idle();
    expect(databaseContent()).toBe('restored');
    expect(fs.readFileSync(path.join(dataDir, 'db.replaced', 'PG_VERSION'), 'utf8')).toBe('current');
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('kept at'));
    expect(parent.replies.at(-1)).toMatchObject({ requestId: 6, ok: true });
  });

  it('restores even when the current data could not be opened', async () => {
    makeDatabase('from a newer version');
    let starts = 0;
    const { parent, idle } = host({
      startCore: async (opts) => {
        starts++;
        if (starts === 1) throw new Error('this data was written by a newer version of Chapterhouse');
        return new FakeCore(opts.dataDir);
      },
    });
    parent.send({ type: 'restore', requestId: 7, file: '/b.tar.gz' });
    await idle();
    expect(databaseContent()).toBe('restored');
    expect(fs.existsSync(path.join(dataDir, 'db.replaced'))).toBe(true);
    expect(parent.replies.map((r) => r.type)).toEqual(['fatal', 'ready', 'reply']);
    expect(parent.replies.at(-1)).toMatchObject({ ok: true });
  });

  it('leaves the database alone when another process holds the data dir', async () => {
    makeDatabase('current');
    const { parent, cores, deps, idle } = host();
    await idle();
    // After the core closed, another process took the lock (its pid is alive: our parent's).
    cores[0]!.close = async () => {
      cores[0]!.closed = true;
      fs.writeFileSync(path.join(dataDir, 'lock'), JSON.stringify({ pid: process.ppid, startedAt: null }));
    };
    parent.send({ type: 'restore', requestId: 8, file: '/b.tar.gz' });
    await idle();
    expect(deps.restoreBackup).not.toHaveBeenCalled();
    expect(databaseContent()).toBe('current');
    expect(parent.replies.at(-1)).toMatchObject({ requestId: 8, ok: false, message: expect.stringContaining('in use by another process') });
  });
});

describe('runCoreHost: an interrupted restore', () => {
  it('puts the moved-aside database back before starting', async () => {
    fs.mkdirSync(path.join(dataDir, 'db.replaced'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'db.replaced', 'PG_VERSION'), 'current');
    const { idle } = host();
    await idle();
    expect(databaseContent()).toBe('current');
    expect(fs.existsSync(path.join(dataDir, 'db.replaced'))).toBe(false);
  });

  it('leaves a kept database aside alone when the data dir has one', async () => {
    makeDatabase('restored');
    fs.mkdirSync(path.join(dataDir, 'db.replaced'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'db.replaced', 'PG_VERSION'), 'old');
    const { idle } = host();
    await idle();
    expect(databaseContent()).toBe('restored');
    expect(fs.existsSync(path.join(dataDir, 'db.replaced'))).toBe(true);
  });
});

describe('parseDataDir', () => {
  it.each([
    [['electron', 'core.js', '--data', '/home/a/Chapterhouse'], '/home/a/Chapterhouse'],
    [['node', 'x', '--data=/tmp/d'], '/tmp/d'],
    [['node', 'x', '--data', 'C:\\Users\\a b\\Chapterhouse'], 'C:\\Users\\a b\\Chapterhouse'],
    [['node', 'x'], null],
    [['node', 'x', '--data'], null],
    [['node', 'x', '--data', '--other'], null],
    [['node', 'x', '--data='], null],
  ])('%j → %s', (argv, expected) => {
    expect(parseDataDir(argv)).toBe(expected);
  });
});
