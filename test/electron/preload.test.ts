// The preload under plain Node: 'electron' is replaced by a fake contextBridge and ipcRenderer, and
// the core by the far end of a real MessageChannel. Checks what the renderer can observe through
// window.chapterhouse: queued calls, answers, events, errors that survive the context bridge, and
// calls that fail at once, never hang, when the core stops.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChapterhouseApi, RequestFrame } from '../../shared/contract/transport.js';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcListeners: new Map<string, (event: { ports: MessagePort[] }, ...args: unknown[]) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
  ipcRenderer: {
    on: (channel: string, listener: (event: { ports: MessagePort[] }, ...args: unknown[]) => void) => bridge.ipcListeners.set(channel, listener),
  },
}));

const channels: MessageChannel[] = [];
let api: ChapterhouseApi;

beforeEach(async () => {
  vi.resetModules();
  bridge.exposed.clear();
  bridge.ipcListeners.clear();
  await import('../../electron/preload/index.js');
  api = bridge.exposed.get('chapterhouse') as ChapterhouseApi;
});

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** Main posting a port; returns the core's end, which answers with `answer`. */
function deliverPort(answer: (frame: RequestFrame) => unknown): MessagePort {
  const channel = new MessageChannel();
  channels.push(channel);
  channel.port2.onmessage = (event: MessageEvent) => {
    const reply = answer(event.data as RequestFrame);
    if (reply !== undefined) channel.port2.postMessage(reply);
  };
  bridge.ipcListeners.get('core-port')!({ ports: [channel.port1] });
  return channel.port2;
}

function coreStopped(message: string): void {
  bridge.ipcListeners.get('core-stopped')!({ ports: [] }, message);
}

const echo = (frame: RequestFrame) => ({ id: frame.id, ok: true, result: { method: frame.method } });

describe('preload', () => {
  it('exposes only window.chapterhouse, with call and on', () => {
    expect([...bridge.exposed.keys()]).toEqual(['chapterhouse']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect([...bridge.ipcListeners.keys()].sort()).toEqual(['core-port', 'core-stopped']);
  });

  it('queues calls made before the port arrives, then answers them', async () => {
    const early = api.call('session.get', {});
    deliverPort(echo);
    await expect(early).resolves.toEqual({ method: 'session.get' });
    await expect(api.call('backup.list', {})).resolves.toEqual({ method: 'backup.list' });
  });

  it('rejects with a plain { name, code, message, issues } object, which survives the context bridge', async () => {
    deliverPort((frame) => ({
      id: frame.id,
      ok: false,
      error: { code: 'validation', message: 'email: not an email address', issues: [{ path: 'email', message: 'not an email address' }] },
    }));
    const error = await api.call('session.get', {}).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(Error);
    expect(error).toEqual({
      name: 'CallError',
      code: 'validation',
      message: 'email: not an email address',
      issues: [{ path: 'email', message: 'not an email address' }],
    });
  });

  it('delivers core events to listeners until they unsubscribe', async () => {
    const core = deliverPort(echo);
    const heard: unknown[] = [];
    const off = api.on('changed', (payload) => heard.push(payload));
    core.postMessage({ event: 'changed', payload: { tables: ['members'] } });
    await vi.waitFor(() => expect(heard).toEqual([{ tables: ['members'] }]));
    off();
    core.postMessage({ event: 'changed', payload: { tables: ['chapters'] } });
    await api.call('session.get', {}); // a round trip: the event above has been handled by now
    expect(heard).toHaveLength(1);
  });

  it('fails pending and later calls at once when the core stops, and recovers with a new port', async () => {
    deliverPort(() => undefined); // a core that never answers
    const pending = api.call('session.get', {});
    coreStopped('The core stopped unexpectedly. Restart it to continue.');
    await expect(pending).rejects.toEqual({ name: 'CallError', code: 'internal', message: 'The core stopped unexpectedly. Restart it to continue.' });
    await expect(api.call('session.get', {})).rejects.toMatchObject({ code: 'internal', message: 'The core stopped unexpectedly. Restart it to continue.' });
    deliverPort(echo);
    await expect(api.call('session.get', {})).resolves.toEqual({ method: 'session.get' });
  });

  it('fails calls still waiting on a port that is replaced', async () => {
    deliverPort(() => undefined);
    const pending = api.call('session.get', {});
    deliverPort(echo);
    await expect(pending).rejects.toMatchObject({ code: 'internal', message: 'The connection to the core was replaced; try again.' });
    await expect(api.call('session.get', {})).resolves.toEqual({ method: 'session.get' });
  });

  it('fails a call whose input cannot be sent, without blocking the queue', async () => {
    const uncloneable = api.call('session.get', { callback: () => 1 } as never);
    const fine = api.call('backup.list', {});
    deliverPort(echo);
    await expect(uncloneable).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('Could not send "session.get"') });
    await expect(fine).resolves.toEqual({ method: 'backup.list' });
  });
});
