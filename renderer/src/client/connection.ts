// What the renderer holds of the core: the typed API plus whether the link to the core is up.
// Electron's preload keeps its own port alive (the link is always "open" from here); the browser
// host's WebSocket can drop, and then the whole window must say so instead of hanging.
import type { ChapterhouseApi } from '../../../shared/contract/transport';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'open'; /** Increments on every (re)connect, so live queries can refetch. */ generation: number }
  | {
      kind: 'lost';
      /** A heading: "The app's core stopped — reload". */
      title: string;
      message: string;
      /** True while a reconnect is being attempted in the background. */
      retrying: boolean;
    };

export interface Connection {
  api: ChapterhouseApi;
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
}

/** A link that never drops on our side: Electron's preload. */
export function staticConnection(api: ChapterhouseApi): Connection {
  const state: ConnectionState = { kind: 'open', generation: 1 };
  return { api, getState: () => state, subscribe: () => () => {} };
}

/** A tiny observable value for connection states. */
export function createStateCell(initial: ConnectionState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: ConnectionState) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
