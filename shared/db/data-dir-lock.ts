// Node only (files and processes): used by the core and the hub, never by the renderer.
// The data-dir lock. PGlite takes no lock of its own and two processes on one data dir corrupt it,
// so every process that opens a data dir (the app, `serve`, a CLI call) takes this lock first.
// The lock file is created atomically (link of a complete temp file: never a half-written lock) and
// holds the owner's pid and start time; a lock whose owner is no longer alive is taken over at once,
// so a process killed with kill -9 never blocks the next start.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: LockOwner) {
    super(`the data in ${dataDir} is in use by another process (pid ${owner.pid}); close it first`);
    this.name = 'DataDirInUseError';
  }
}

interface LockOwner {
  pid: number;
  /** When the owner process started, to tell a live owner from a new process that reused its pid. */
  startedAt: number | null;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'lock');
  const me: LockOwner = { pid: process.pid, startedAt: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath, me)) return releasable(lockPath);
    const owner = readOwner(lockPath);
    if (owner && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
    // The owner is gone (or the file is unreadable): remove its lock and race for a new one.
    // If another process wins that race, the next round sees its live lock and refuses.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`could not take the lock on ${dataDir}`);
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  const temp = `${lockPath}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(temp, JSON.stringify(owner));
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function releasable(lockPath: string): DataDirLock {
  let released = false;
  return {
    path: lockPath,
    release() {
      if (released) return;
      released = true;
      const owner = readOwner(lockPath);
      if (owner?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    },
  };
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : null };
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The pid is taken; make sure it is still the process that wrote the lock.
  const startedAt = processStartTime(owner.pid);
  return owner.startedAt === null || startedAt === null || startedAt === owner.startedAt;
}

/** The process's start time in clock ticks since boot (Linux /proc); null where unavailable. */
function processStartTime(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces, so count from the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const value = Number(fields[19]);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}
