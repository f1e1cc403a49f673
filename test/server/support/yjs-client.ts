// y-websocket's own WebsocketProvider against the hub, as the device will use it.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  destroy(): void;
}

export function yClient(hubUrl: string, room: string, token: string): YClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${hubUrl.replace(/^http/, 'ws')}/yjs`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node's BroadcastChannel would otherwise sync two clients in one process without the hub.
    disableBc: true,
  });
  return {
    doc,
    provider,
    text: doc.getText('body'),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function synced(client: YClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'the provider to sync');
}

/** The hub closed the provider's socket for good (a 44xx close code). */
export function closedByHub(client: YClient, timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the hub did not close the socket')), timeoutMs);
    client.provider.on('closed', (event) => {
      clearTimeout(timer);
      resolve(event);
    });
  });
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
