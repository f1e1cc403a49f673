// Main's side of the control channel: requests matched to replies, notices routed, and nothing left
// waiting when the core exits.
import { describe, expect, it, vi } from 'vitest';
import type { ControlRequest } from '../../electron/core/utility-process.js';
import { createControlClient, isBackupArchivePath, settlesWithin } from '../../electron/main/core-control.js';

function setup() {
  const posted: ControlRequest[] = [];
  const notices = vi.fn();
  const client = createControlClient((message) => posted.push(message), notices);
  return { client, posted, notices };
}

const made = { info: { fileName: 'b.tar.gz', bytes: 1, createdAt: '2025-01-01T00:00:00Z' }, path: '/data/backups/b.tar.gz' };

describe('createControlClient', () => {
  it('numbers requests and resolves each with its own reply', async () => {
    const { client, posted } = setup();
    const backup = client.request({ type: 'backup' });
    const restore = client.request({ type: 'restore', file: '/x.tar.gz' });
    expect(posted).toEqual([
      { type: 'backup', requestId: 1 },
      { type: 'restore', requestId: 2, file: '/x.tar.gz' },
    ]);
    client.receive({ type: 'reply', requestId: 2, ok: true, result: null });
    client.receive({ type: 'reply', requestId: 1, ok: true, result: made });
    await expect(backup).resolves.toEqual(made);
    await expect(restore).resolves.toBeNull();
  });

  it('rejects with the core’s message when a request fails', async () => {
    const { client } = setup();
    const backup = client.request({ type: 'backup' });
    client.receive({ type: 'reply', requestId: 1, ok: false, message: 'the disk is full' });
    await expect(backup).rejects.toThrow('the disk is full');
  });

  it('routes ready and fatal to the notice handler, and ignores anything else', () => {
    const { client, notices } = setup();
    client.receive({ type: 'ready' });
    client.receive({ type: 'fatal', message: 'in use by another process' });
    client.receive({ type: 'fatal' });
    client.receive({ type: 'reply', requestId: 99, ok: true, result: null });
    client.receive({ type: 'reply', requestId: 'x', ok: true });
    client.receive(null);
    client.receive('ready');
    expect(notices.mock.calls).toEqual([[{ type: 'ready' }], [{ type: 'fatal', message: 'in use by another process' }]]);
  });

  it('rejects every pending request when the core exits', async () => {
    const { client } = setup();
    const requests = [client.request({ type: 'backup' }), client.request({ type: 'restore', file: '/x.tar.gz' })];
    client.failAll('The core stopped before it answered.');
    for (const request of requests) await expect(request).rejects.toThrow('The core stopped before it answered.');
  });

  it('rejects a request that cannot be posted', async () => {
    const client = createControlClient(() => {
      throw new Error('the process is gone');
    }, vi.fn());
    await expect(client.request({ type: 'backup' })).rejects.toThrow('the process is gone');
  });
});

describe('isBackupArchivePath', () => {
  it.each([
    ['/home/a/backups/chapterhouse-2025.tar.gz', true],
    ['C:\\Users\\a\\chapterhouse.TAR.GZ', true],
    ['/home/a/backup.gz', false],
    ['/home/a/backup.tar', false],
    ['/home/a/backup.tar.gz.exe', false],
    ['/home/a/backup.tar.gz\0.txt', false],
  ])('%s → %s', (file, expected) => {
    expect(isBackupArchivePath(file)).toBe(expected);
  });
});

describe('settlesWithin', () => {
  it('is true when the promise settles in time, resolved or rejected', async () => {
    await expect(settlesWithin(Promise.resolve(), 50)).resolves.toBe(true);
    await expect(settlesWithin(Promise.reject(new Error('x')), 50)).resolves.toBe(true);
  });

  it('is false when time runs out first', async () => {
    vi.useFakeTimers();
    try {
      const result = settlesWithin(new Promise(() => {}), 5000);
      await vi.advanceTimersByTimeAsync(5000);
      await expect(result).resolves.toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
