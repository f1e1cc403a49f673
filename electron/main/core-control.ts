// Main's side of the control channel to the core's utility process: numbered requests (backup,
// restore) matched to their replies, and every pending request rejected when the core exits, so a
// menu action never waits forever. Pure (no 'electron' import); the process itself is core-process.ts.
import type { BackupMade, ControlReply, ControlRequest } from '../core/utility-process.js';

type Pending = { resolve(result: BackupMade | null): void; reject(error: Error): void };

/** Requests that expect a reply; `connect` and `close` are fire-and-forget. */
export type ControlCommand = { type: 'backup' } | { type: 'restore'; file: string };

export interface ControlClient {
  request(command: { type: 'backup' }): Promise<BackupMade>;
  request(command: { type: 'restore'; file: string }): Promise<null>;
  /** Routes a message from the core; replies settle requests, the rest goes to `onNotice`. */
  receive(message: unknown): void;
  /** Rejects every pending request (the core exited). */
  failAll(message: string): void;
}

export function createControlClient(
  post: (message: ControlRequest) => void,
  onNotice: (notice: Exclude<ControlReply, { type: 'reply' }>) => void,
): ControlClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  function request(command: ControlCommand): Promise<BackupMade | null> {
    const requestId = nextId++;
    return new Promise<BackupMade | null>((resolve, reject) => {
      pending.set(requestId, { resolve, reject });
      try {
        post(command.type === 'backup' ? { type: 'backup', requestId } : { type: 'restore', requestId, file: command.file });
      } catch (error) {
        pending.delete(requestId);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  function receive(message: unknown): void {
    if (!isControlReply(message)) return;
    if (message.type !== 'reply') {
      onNotice(message);
      return;
    }
    const call = pending.get(message.requestId);
    if (!call) return;
    pending.delete(message.requestId);
    if (message.ok) call.resolve(message.result);
    else call.reject(new Error(message.message));
  }

  function failAll(message: string): void {
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(new Error(message));
  }

  return { request: request as ControlClient['request'], receive, failAll };
}

function isControlReply(message: unknown): message is ControlReply {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return true;
    case 'fatal':
      return typeof m.message === 'string';
    case 'reply':
      return typeof m.requestId === 'number' && (m.ok === true || (m.ok === false && typeof m.message === 'string'));
    default:
      return false;
  }
}

/** Backups are gzipped tarballs; a restore is refused for anything else before the core sees it. */
export function isBackupArchivePath(file: string): boolean {
  return /\.tar\.gz$/i.test(file) && !file.includes('\0');
}

/** Resolves true when `promise` settled within `ms`, false when the time ran out first. */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });
}
