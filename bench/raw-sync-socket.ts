// A bare row-sync socket: /sync with a device token, JSON frames, no core (and no database) behind
// it. The fresh-device figure's baseline pulls a chapter with it; the hub-memory figure holds one
// open per chapter. Kept apart from sync-fixture.ts so a probe using it loads no PGlite.
import WebSocket from 'ws';
import type { ChangesFrame } from '../shared/sync/protocol.js';

/** A bare row-sync socket: /sync with a device token, JSON frames, no core behind it. */
export class RawSyncSocket {
  private waiting: ((text: string) => void) | null = null;
  private queued: string[] = [];
  /** Bytes of frames received (as text). */
  bytes = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const text = String(data);
      this.bytes += Buffer.byteLength(text);
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(text);
      } else this.queued.push(text);
    });
  }

  static open(url: string): Promise<RawSyncSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
      ws.once('open', () => resolve(new RawSyncSocket(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`the hub refused the sync socket with ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  private nextText(timeoutMs = 60_000): Promise<string> {
    const queued = this.queued.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the hub sent no frame in time')), timeoutMs);
      this.waiting = (text) => {
        clearTimeout(timer);
        resolve(text);
      };
    });
  }

  /**
   * Pulls `chapter` from `after` until the hub says no more, as raw frames: each one is parsed
   * (to read its cursor) but its messages are neither validated nor applied.
   */
  async pullAll(chapter: string, after = 0): Promise<{ messages: number; cursor: number; pages: number }> {
    let cursor = after;
    let messages = 0;
    let pages = 0;
    for (;;) {
      this.ws.send(JSON.stringify({ type: 'pull', chapter, after: cursor }));
      let frame = JSON.parse(await this.nextText()) as ChangesFrame | { type: 'error' | 'presence'; message?: string };
      // Who-else-is-online frames may come between: they answer nothing.
      while (frame.type === 'presence') frame = JSON.parse(await this.nextText()) as typeof frame;
      if (frame.type !== 'changes') throw new Error(`the hub answered a pull with ${JSON.stringify(frame).slice(0, 300)}`);
      pages++;
      messages += frame.messages.length;
      cursor = frame.cursor;
      if (!frame.more) return { messages, cursor, pages };
    }
  }

  close(): void {
    this.ws.close();
  }
}
