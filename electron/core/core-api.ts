// What a host (Electron's utility process, the browser host, the CLI, tests) sees of a running core.
// Hosts differ only in how frames travel; each opens a connection and passes frames both ways.
import type { RequestFrame, ResponseFrame } from '../../shared/contract/transport.js';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.js';

export interface CoreConnection {
  /** Hands one request frame (already JSON-parsed, not yet validated) to the core. */
  receive(frame: unknown): void;
  close(): void;
}

export interface Core {
  readonly dataDir: string;
  /** Calls a method in-process (CLI, tests): the same validation and write queue as a connection. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Opens a connection whose answers and events go to `send`. */
  connect(send: (frame: ResponseFrame) => void): CoreConnection;
  /** Syncs with every joined hub once, both directions; rejects with the hubs it could not reach. */
  syncOnce(): Promise<void>;
  /** Works on this chapter for the rest of this process, without changing the app's choice (CLI). */
  useChapter(chapterId: string): void;
  /** Waits for running writes, checkpoints, closes PGlite and releases the data-dir lock. */
  close(): Promise<void>;
}

export type { RequestFrame, ResponseFrame };
