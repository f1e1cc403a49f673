// A connection to the core as the renderer has one: request and response frames cross as JSON
// text, as they do over the browser host's WebSocket, so serialising and parsing are part of
// every measured call. Event frames (progress, `changed`) go to `onEvent`.
import type { Core, CoreConnection, ResponseFrame } from '../electron/core/core-api.js';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class FrameClient {
  private readonly connection: CoreConnection;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(core: Core, private readonly onEvent: (event: string, payload: unknown) => void = () => {}) {
    this.connection = core.connect((frame) => this.receive(JSON.stringify(frame)));
  }

  call(method: string, input: unknown): Promise<unknown> {
    const id = this.nextId++;
    const text = JSON.stringify({ id, method, input });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.connection.receive(JSON.parse(text));
    });
  }

  close(): void {
    this.connection.close();
    for (const { reject } of this.pending.values()) reject(new Error('the connection was closed before the core answered'));
    this.pending.clear();
  }

  private receive(text: string): void {
    const frame = JSON.parse(text) as ResponseFrame;
    if (!('id' in frame)) {
      this.onEvent(frame.event, frame.payload);
      return;
    }
    const waiting = this.pending.get(frame.id);
    if (!waiting) return;
    this.pending.delete(frame.id);
    if (frame.ok) waiting.resolve(frame.result);
    else waiting.reject(new Error(`${frame.error.code}: ${frame.error.message}`));
  }
}
