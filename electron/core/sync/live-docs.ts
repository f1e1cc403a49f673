// Open documents kept in sync with the hubs while the app runs: one y-websocket provider per hub
// and document, sharing the core's Y.Doc and awareness, so an organiser's keystrokes and cursor
// reach the others through the hub within a moment, and theirs come back the same way.
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { HubLink } from './hub-links.js';
import { webSocketUrl } from './transport-policy.js';

export class LiveDocs {
  private readonly providers = new Map<string, WebsocketProvider>();

  /** Connects `room` to every hub whose token covers its chapter (once per hub and room). */
  attach(room: string, doc: Y.Doc, awareness: Awareness, links: HubLink[]): void {
    const chapter = room.split('/')[0];
    for (const link of links) {
      if (link.chapterId !== chapter || link.role === 'coordinator') continue;
      const key = `${link.id} ${room}`;
      if (this.providers.has(key)) continue;
      const provider = new WebsocketProvider(webSocketUrl(link.url, '/yjs'), room, doc, {
        params: { token: link.token },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        awareness,
        maxBackoffTime: 10_000,
      });
      this.providers.set(key, provider);
    }
  }

  /** Stops syncing one hub's rooms (the hub was left). */
  detachHub(linkId: string): void {
    for (const [key, provider] of this.providers) {
      if (key.startsWith(`${linkId} `)) {
        provider.destroy();
        this.providers.delete(key);
      }
    }
  }

  /** True once every provider of `room` has synced with its hub (for tests and benchmarks). */
  synced(room: string): boolean {
    const mine = [...this.providers].filter(([key]) => key.endsWith(` ${room}`));
    return mine.length > 0 && mine.every(([, p]) => p.synced);
  }

  close(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
  }
}
