import { describe, expect, it, vi } from 'vitest';
import { CallError } from '../../shared/contract/errors.js';
import { createQueuedSender, createRpcClient } from '../../shared/contract/rpc-client.js';
import { requestFrameSchema, type RequestFrame } from '../../shared/contract/transport.js';

function setup() {
  const sent: RequestFrame[] = [];
  const problems: string[] = [];
  const client = createRpcClient((frame) => sent.push(frame), { reportProblem: (message) => problems.push(message) });
  return { client, sent, problems };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('createRpcClient: calls', () => {
  it('sends request frames shaped as requestFrameSchema, with distinct ids', () => {
    const { client, sent } = setup();
    void client.api.call('session.get', {});
    void client.api.call('backup.list', {});
    expect(sent).toHaveLength(2);
    for (const frame of sent) expect(requestFrameSchema.parse(frame)).toEqual(frame);
    expect(sent[0]).toEqual({ id: sent[0]!.id, method: 'session.get', input: {} });
    expect(sent[0]!.id).not.toBe(sent[1]!.id);
  });

  it('resolves a call with the result of the matching answer, whatever the order', async () => {
    const { client, sent } = setup();
    const first = client.api.call('backup.list', {});
    const second = client.api.call('backup.create', {});
    const info = { fileName: 'b.tar.gz', bytes: 10, createdAt: '2025-01-01T00:00:00Z' };
    client.receive({ id: sent[1]!.id, ok: true, result: info });
    client.receive({ id: sent[0]!.id, ok: true, result: [] });
    await expect(second).resolves.toEqual(info);
    await expect(first).resolves.toEqual([]);
  });

  it('rejects with a CallError carrying code, message and issues', async () => {
    const { client, sent } = setup();
    const call = client.api.call('backup.read', { fileName: 'x' });
    client.receive({
      id: sent[0]!.id,
      ok: false,
      error: { code: 'validation', message: 'fileName: not a backup file name', issues: [{ path: 'fileName', message: 'not a backup file name' }] },
    });
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({ code: 'validation', message: 'fileName: not a backup file name', issues: [{ path: 'fileName' }] });
  });

  it('settles a call once: a repeated answer is reported, not applied', async () => {
    const { client, sent, problems } = setup();
    const call = client.api.call('backup.list', {});
    client.receive({ id: sent[0]!.id, ok: true, result: [] });
    client.receive({ id: sent[0]!.id, ok: false, error: { code: 'internal', message: 'late' } });
    await expect(call).resolves.toEqual([]);
    expect(problems).toEqual([`ignored an answer to unknown call ${sent[0]!.id}`]);
  });

  it('rejects the call when the transport throws while sending', async () => {
    const client = createRpcClient(() => {
      throw new Error('DataCloneError');
    });
    const error = await rejectionOf(client.api.call('session.get', {}));
    expect(error).toMatchObject({ code: 'internal', message: 'Could not send "session.get" to the core: DataCloneError' });
  });
});

describe('createRpcClient: hostile or broken frames', () => {
  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an answer without ok', { id: 1, result: 1 }],
    ['an answer with a string id', { id: '1', ok: true, result: 1 }],
    ['an error with an unknown code', { id: 1, ok: false, error: { code: 'teapot', message: 'x' } }],
    ['an error without a message', { id: 1, ok: false, error: { code: 'internal' } }],
    ['an event without a name', { payload: {} }],
  ];

  it.each(malformed)('ignores %s and reports it', (_label, frame) => {
    const { client, problems } = setup();
    expect(() => client.receive(frame)).not.toThrow();
    expect(problems).toHaveLength(1);
  });

  it('fails the one call a malformed answer names, instead of leaving it hanging', async () => {
    const { client, sent } = setup();
    const call = client.api.call('session.get', {});
    const other = client.api.call('backup.list', {});
    client.receive({ id: sent[0]!.id, ok: false, error: { code: 'teapot', message: 'x' } });
    expect(await rejectionOf(call)).toMatchObject({ code: 'internal', message: 'The core sent an answer this window cannot read.' });
    client.receive({ id: sent[1]!.id, ok: true, result: [] });
    await expect(other).resolves.toEqual([]);
  });

  it('never resolves a call from an answer for another id', async () => {
    const { client, sent } = setup();
    const call = client.api.call('backup.list', {});
    client.receive({ id: sent[0]!.id + 1000, ok: true, result: 'forged' });
    client.failAll('stopped');
    await expect(call).rejects.toMatchObject({ message: 'stopped' });
  });
});

describe('createRpcClient: events', () => {
  it('delivers a valid event to every listener of that event only', () => {
    const { client } = setup();
    const changed = vi.fn();
    const changedToo = vi.fn();
    const progress = vi.fn();
    client.api.on('changed', changed);
    client.api.on('changed', changedToo);
    client.api.on('import.progress', progress);
    client.receive({ event: 'changed', payload: { tables: ['members'] } });
    expect(changed).toHaveBeenCalledWith({ tables: ['members'] });
    expect(changedToo).toHaveBeenCalledTimes(1);
    expect(progress).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe; unsubscribing twice is harmless', () => {
    const { client } = setup();
    const listener = vi.fn();
    const off = client.api.on('changed', listener);
    off();
    off();
    client.receive({ event: 'changed', payload: { tables: [] } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('treats the same function subscribed twice as two subscriptions', () => {
    const { client } = setup();
    const listener = vi.fn();
    const offFirst = client.api.on('changed', listener);
    client.api.on('changed', listener);
    offFirst();
    client.receive({ event: 'changed', payload: { tables: [] } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('drops events whose payload does not match the contract, and unknown events', () => {
    const { client, problems } = setup();
    const listener = vi.fn();
    client.api.on('changed', listener);
    (client.api.on as (event: string, fn: () => void) => void)('nonsense', listener);
    client.receive({ event: 'changed', payload: { tables: 'members' } });
    client.receive({ event: 'nonsense', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    expect(problems).toEqual(['ignored malformed "changed" event', 'ignored unknown event "nonsense"']);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { client, problems } = setup();
    const good = vi.fn();
    client.api.on('changed', () => {
      throw new Error('boom');
    });
    client.api.on('changed', good);
    client.receive({ event: 'changed', payload: { tables: [] } });
    expect(good).toHaveBeenCalledTimes(1);
    expect(problems).toEqual(['a listener for "changed" threw']);
  });
});

describe('createRpcClient: failAll', () => {
  it('rejects every pending call with an internal CallError, and later calls still go out', async () => {
    const { client, sent } = setup();
    const calls = [client.api.call('session.get', {}), client.api.call('backup.list', {})];
    client.failAll('The core stopped. Restart Chapterhouse to continue.');
    for (const call of calls) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(CallError);
      expect(error).toMatchObject({ code: 'internal', message: 'The core stopped. Restart Chapterhouse to continue.' });
    }
    const later = client.api.call('backup.list', {});
    client.receive({ id: sent[2]!.id, ok: true, result: [] });
    await expect(later).resolves.toEqual([]);
  });
});

describe('createQueuedSender', () => {
  it('queues until attached, then flushes in order and sends straight through', () => {
    const sender = createQueuedSender<number>();
    sender.send(1);
    sender.send(2);
    expect(sender.queued).toBe(2);
    expect(sender.attached).toBe(false);
    const posted: number[] = [];
    sender.attach((n) => posted.push(n));
    expect(sender.attached).toBe(true);
    sender.send(3);
    expect(posted).toEqual([1, 2, 3]);
    expect(sender.queued).toBe(0);
  });

  it('queues again after detach, for the next transport', () => {
    const sender = createQueuedSender<string>();
    const first: string[] = [];
    const second: string[] = [];
    sender.attach((f) => first.push(f));
    sender.detach();
    sender.send('a');
    expect(first).toEqual([]);
    expect(sender.queued).toBe(1);
    sender.attach((f) => second.push(f));
    expect(second).toEqual(['a']);
  });

  it('after stop, drops the queue and refuses frames with a CallError until a new transport arrives', () => {
    const sender = createQueuedSender<string>();
    const first: string[] = [];
    const second: string[] = [];
    sender.send('queued');
    sender.stop('The core stopped.');
    expect(sender.queued).toBe(0);
    let thrown: unknown;
    try {
      sender.send('refused');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CallError);
    expect(thrown).toMatchObject({ code: 'internal', message: 'The core stopped.' });
    sender.attach((f) => first.push(f));
    sender.send('a');
    sender.stop('again');
    sender.attach((f) => second.push(f));
    sender.send('b');
    expect(first).toEqual(['a']);
    expect(second).toEqual(['b']);
  });

  it('with a client: a call made while stopped is rejected at once with the stop message', async () => {
    const sender = createQueuedSender<RequestFrame>();
    const client = createRpcClient((frame) => sender.send(frame));
    const pending = client.api.call('backup.list', {});
    sender.stop('The core stopped. Restart it to continue.');
    client.failAll('The core stopped. Restart it to continue.');
    await expect(pending).rejects.toMatchObject({ code: 'internal', message: 'The core stopped. Restart it to continue.' });
    await expect(client.api.call('backup.list', {})).rejects.toMatchObject({
      code: 'internal',
      message: 'The core stopped. Restart it to continue.',
    });
  });

  it('works end to end with a client: calls made before the transport arrives are answered', async () => {
    const sender = createQueuedSender<RequestFrame>();
    const client = createRpcClient((frame) => sender.send(frame));
    const call = client.api.call('backup.list', {});
    sender.attach((frame) => queueMicrotask(() => client.receive({ id: frame.id, ok: true, result: [] })));
    await expect(call).resolves.toEqual([]);
  });
});
