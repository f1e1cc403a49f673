// The browser host's `window.chapterhouse`: the same ChapterhouseApi as Electron's preload, over a
// WebSocket to the core at ws://HOST/core?key=SECRET (the key comes from the page's #key=... and is
// the host's per-launch secret).
//
// What it must never do: leave a call hanging. While the socket is down every pending call is
// rejected with a sentence the person can read, new calls fail at once, the window shows "The app's
// core stopped — reload", and a reconnect is tried in the background with a growing delay.
import { createQueuedSender, createRpcClient } from '../../../shared/contract/rpc-client';
import type { RequestFrame } from '../../../shared/contract/transport';
import { createStateCell, type Connection } from './connection';

/** Why pending calls failed (shown in toasts and forms). */
const CALLS_FAILED = "The app's core stopped before answering. Reload the page once it is running again.";
/** What the "core stopped" screen says under its heading. */
const STOPPED_EXPLAINED = 'Nothing can be read or saved until it runs again: start it, then reload this page.';
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000];

export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && key.trim() !== '' ? key : null;
}

export function coreSocketUrl(host: string, key: string): string {
  return `ws://${host}/core?key=${encodeURIComponent(key)}`;
}

export function connectBrowser(location: Location = window.location): Connection {
  const cell = createStateCell({ kind: 'connecting' });
  const queued = createQueuedSender<RequestFrame>();
  let socket: WebSocket | null = null;
  let everOpened = false;
  let attempt = 0;
  let generation = 0;

  // Before the first open, calls wait in the queue; after a drop they fail at once (never hang).
  const rpc = createRpcClient((frame) => {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
    else if (!everOpened && cell.get().kind === 'connecting') queued.send(frame);
    else throw new Error("the app's core is not running");
  });

  const key = keyFromHash(location.hash);
  if (!key) {
    cell.set({
      kind: 'lost',
      retrying: false,
      title: 'This page needs its key',
      message: 'This page was opened without its key. Open the address that “npm run web” printed; it ends in #key=…',
    });
    return { api: rpc.api, getState: cell.get, subscribe: cell.subscribe };
  }
  const url = coreSocketUrl(location.host, key);

  function open(): void {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      everOpened = true;
      attempt = 0;
      generation += 1;
      queued.attach((frame) => ws.send(JSON.stringify(frame)));
      cell.set({ kind: 'open', generation });
    };
    ws.onmessage = (event) => {
      let frame: unknown;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        console.error('chapterhouse: the core sent a frame that is not JSON');
        return;
      }
      rpc.receive(frame);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      queued.detach();
      rpc.failAll(CALLS_FAILED);
      // Frames queued before the first open are failed too: nothing waits for a socket that is gone.
      drainQueue();
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
      attempt += 1;
      cell.set({
        kind: 'lost',
        retrying: true,
        title: everOpened ? "The app's core stopped — reload" : "The app's core cannot be reached",
        message: everOpened ? STOPPED_EXPLAINED : 'This page could not reach it. If it was restarted, open the new address it printed.',
      });
      setTimeout(open, delay);
    };
  }

  function drainQueue(): void {
    // Attaching a sink that drops frames empties the queue; their calls were already failed above.
    if (queued.queued > 0) queued.attach(() => {});
    queued.detach();
  }

  open();
  return { api: rpc.api, getState: cell.get, subscribe: cell.subscribe };
}
