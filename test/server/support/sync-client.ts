// A bare row-sync client for tests: a real WebSocket to /sync, JSON frames, and a way to await the
// next frame matching a condition.
import WebSocket from 'ws';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import { hubFrameSchema, type AckFrame, type ChangesFrame, type HubFrame } from '../../../shared/sync/protocol.js';

export class SyncClient {
  readonly frames: HubFrame[] = [];
  private waiters: { test: (f: HubFrame) => boolean; resolve: (f: HubFrame) => void }[] = [];
  private ref = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = hubFrameSchema.parse(JSON.parse(String(data)));
      const waiter = this.waiters.find((w) => w.test(frame));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      } else this.frames.push(frame);
    });
  }

  static connect(url: string): Promise<SyncClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once('open', () => resolve(new SyncClient(ws)));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => reject(Object.assign(new Error(`refused with ${res.statusCode}: ${body}`), { status: res.statusCode, body })));
      });
      ws.once('error', reject);
    });
  }

  /** The next frame (already received or still to come) that passes `test`. */
  next<T extends HubFrame>(test: (f: HubFrame) => f is T, timeoutMs = 10_000): Promise<T> {
    const index = this.frames.findIndex(test);
    if (index !== -1) return Promise.resolve(this.frames.splice(index, 1)[0] as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching frame in time')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f as T);
        },
      });
    });
  }

  send(frame: unknown): void {
    this.ws.send(JSON.stringify(frame));
  }

  async push(messages: unknown[]): Promise<AckFrame> {
    const ref = ++this.ref;
    this.send({ type: 'push', ref, messages });
    return this.next((f): f is AckFrame => f.type === 'ack' && f.ref === ref);
  }

  async pull(chapter: string, after = 0): Promise<ChangesFrame> {
    this.send({ type: 'pull', chapter, after });
    return this.next((f): f is ChangesFrame => f.type === 'changes' && f.chapter === chapter && f.after === after);
  }

  /** Pulls until `more` is false; returns every message and the final cursor. */
  async pullAll(chapter: string, after = 0): Promise<{ messages: ChangeMessage[]; cursor: number; pages: number }> {
    const messages: ChangeMessage[] = [];
    let cursor = after;
    let pages = 0;
    for (;;) {
      const page = await this.pull(chapter, cursor);
      pages++;
      messages.push(...page.messages);
      cursor = page.cursor;
      if (!page.more) return { messages, cursor, pages };
    }
  }

  /** Resolves with the close code and reason when the hub closes this socket. */
  closed(): Promise<{ code: number; reason: string }> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve({ code: 1006, reason: '' });
      this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
  }

  close(): void {
    this.ws.close();
  }
}
