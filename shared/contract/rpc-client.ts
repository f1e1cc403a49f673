// The renderer's side of the wire, independent of the transport: Electron's preload drives it over a
// MessagePort, the browser host's shim over a WebSocket. It numbers requests, matches answers to
// them, fans events out to listeners, and validates every incoming frame with zod (the core is
// trusted, but a half-written or mismatched frame must fail one call, not the whole client).
//
// What it must never do: leave a call hanging. When the transport dies, the host calls `failAll`
// and every pending call is rejected with a CallError the person can read.
import { CallError } from './errors.js';
import { eventsSchema, type EventName } from './events.js';
import { responseFrameSchema, type ChapterhouseApi, type RequestFrame } from './transport.js';

export interface RpcClient {
  api: ChapterhouseApi;
  /** Hands one incoming frame (already deserialised, not yet validated) to the client. */
  receive(frame: unknown): void;
  /** Rejects every pending call with an `internal` CallError carrying `message`. */
  failAll(message: string): void;
}

export interface RpcClientOptions {
  /** Where frames that cannot be matched or parsed are reported; console.error by default. */
  reportProblem?: (message: string, detail?: unknown) => void;
}

interface PendingCall {
  resolve(result: unknown): void;
  reject(error: CallError): void;
}

type Listener = (payload: unknown) => void;

export function createRpcClient(send: (frame: RequestFrame) => void, options: RpcClientOptions = {}): RpcClient {
  const reportProblem = options.reportProblem ?? ((message, detail) => console.error(`chapterhouse rpc: ${message}`, detail));
  const pending = new Map<number, PendingCall>();
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;

  function call(method: string, input: unknown): Promise<unknown> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        send({ id, method, input });
      } catch (error) {
        // A transport that throws synchronously (stopped, closed socket, uncloneable input) fails
        // this call only.
        pending.delete(id);
        reject(error instanceof CallError ? error : new CallError('internal', `Could not send "${method}" to the core: ${describe(error)}`));
      }
    });
  }

  function on(event: string, listener: Listener): () => void {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    // Wrapped so that subscribing the same function twice gives two independent subscriptions.
    const entry: Listener = (payload) => listener(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  function emit(event: string, payload: unknown): void {
    const set = listeners.get(event);
    if (!set || set.size === 0) return;
    const schema = Object.prototype.hasOwnProperty.call(eventsSchema, event) ? eventsSchema[event as EventName] : undefined;
    if (!schema) {
      reportProblem(`ignored unknown event "${event}"`);
      return;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reportProblem(`ignored malformed "${event}" event`, parsed.error.issues);
      return;
    }
    for (const listener of [...set]) {
      try {
        listener(parsed.data);
      } catch (error) {
        // One broken listener must not keep the others from hearing the event.
        reportProblem(`a listener for "${event}" threw`, error);
      }
    }
  }

  function receive(frame: unknown): void {
    const parsed = responseFrameSchema.safeParse(frame);
    if (!parsed.success) {
      // If the frame names a call we are waiting for, fail that call rather than leave it hanging.
      const id = idOf(frame);
      const call = id === undefined ? undefined : pending.get(id);
      if (id !== undefined && call) {
        pending.delete(id);
        call.reject(new CallError('internal', 'The core sent an answer this window cannot read.'));
      }
      reportProblem('ignored a malformed frame', parsed.error.issues);
      return;
    }
    const data = parsed.data;
    if ('event' in data) {
      emit(data.event, data.payload);
      return;
    }
    const call = pending.get(data.id);
    if (!call) {
      reportProblem(`ignored an answer to unknown call ${data.id}`);
      return;
    }
    pending.delete(data.id);
    if (data.ok) call.resolve(data.result);
    else call.reject(new CallError(data.error.code, data.error.message, data.error.issues));
  }

  function failAll(message: string): void {
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(new CallError('internal', message));
  }

  // The generic signatures of ChapterhouseApi are enforced at the call sites; at runtime a method
  // name is a string and an input is whatever the core will validate.
  const api = { call, on } as unknown as ChapterhouseApi;
  return { api, receive, failAll };
}

/**
 * The outgoing side of a transport that comes and goes. Frames queue until a transport is attached
 * (the preload gets its MessagePort only after the page has loaded; a WebSocket opens
 * asynchronously), then flush in order. Once stopped (the core died), sending throws a CallError so
 * the call is rejected at once instead of waiting for a core that is not coming back; attaching a
 * new transport resumes.
 */
export interface QueuedSender<F> {
  send(frame: F): void;
  /** Attaches a transport and flushes everything queued so far, oldest first. */
  attach(post: (frame: F) => void): void;
  /** Detaches the transport: frames queue again until the next `attach`. */
  detach(): void;
  /**
   * Detaches the transport and drops the queue (fail those calls with RpcClient.failAll); until
   * the next `attach`, `send` throws a CallError carrying `message`.
   */
  stop(message: string): void;
  /** True while a transport is attached (frames go straight out). */
  readonly attached: boolean;
  readonly queued: number;
}

export function createQueuedSender<F>(): QueuedSender<F> {
  let post: ((frame: F) => void) | null = null;
  let stopped: string | null = null;
  let queue: F[] = [];
  return {
    send(frame) {
      if (post) post(frame);
      else if (stopped !== null) throw new CallError('internal', stopped);
      else queue.push(frame);
    },
    attach(next) {
      post = next;
      stopped = null;
      const waiting = queue;
      queue = [];
      for (const frame of waiting) next(frame);
    },
    detach() {
      post = null;
    },
    stop(message) {
      post = null;
      stopped = message;
      queue = [];
    },
    get attached() {
      return post !== null;
    },
    get queued() {
      return queue.length;
    },
  };
}

function idOf(frame: unknown): number | undefined {
  if (typeof frame !== 'object' || frame === null || !('id' in frame)) return undefined;
  const id = (frame as { id: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) ? id : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
