import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreSocketUrl, connectBrowser, keyFromHash } from '../../renderer/src/client/browser-connection.js';

class FakeSocket {
  static OPEN = 1;
  static sockets: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.sockets.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

function location(hash: string): Location {
  return { hash, host: '127.0.0.1:5181' } as Location;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeSocket.sockets = [];
});

describe('browser connection', () => {
  it('reads the key from the hash and builds the socket address', () => {
    expect(keyFromHash('#key=abc-_1')).toBe('abc-_1');
    expect(keyFromHash('#other=1')).toBeNull();
    expect(coreSocketUrl('127.0.0.1:5181', 'a+b')).toBe('ws://127.0.0.1:5181/core?key=a%2Bb');
  });

  it('says the page needs its key when there is none', () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const connection = connectBrowser(location(''));
    expect(connection.getState()).toMatchObject({ kind: 'lost', retrying: false });
    expect(FakeSocket.sockets).toHaveLength(0);
  });

  it('queues calls until the socket opens, then answers them', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const connection = connectBrowser(location('#key=k'));
    const call = connection.api.call('backup.list', {});
    const socket = FakeSocket.sockets[0]!;
    expect(socket.url).toBe('ws://127.0.0.1:5181/core?key=k');
    socket.open();
    const frame = JSON.parse(socket.sent[0]!);
    socket.onmessage?.({ data: JSON.stringify({ id: frame.id, ok: true, result: [] }) });
    await expect(call).resolves.toEqual([]);
    expect(connection.getState()).toMatchObject({ kind: 'open', generation: 1 });
  });

  it('never leaves a call hanging when the socket drops, and reconnects', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeSocket);
    const connection = connectBrowser(location('#key=k'));
    FakeSocket.sockets[0]!.open();
    const pending = connection.api.call('session.get', {});
    FakeSocket.sockets[0]!.drop();
    await expect(pending).rejects.toThrow(/core stopped/);
    expect(connection.getState()).toMatchObject({ kind: 'lost', retrying: true });
    await expect(connection.api.call('session.get', {})).rejects.toThrow(/not running/);
    vi.advanceTimersByTime(600);
    expect(FakeSocket.sockets).toHaveLength(2);
    FakeSocket.sockets[1]!.open();
    expect(connection.getState()).toMatchObject({ kind: 'open', generation: 2 });
  });
});
