// Puts the connection and its query client in React context: every hook reaches the core through
// here, never through window.chapterhouse directly, so screens can be rendered against any host.
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ChapterhouseApi } from '../../../shared/contract/transport';
import type { Connection, ConnectionState } from '../client/connection';
import { QueryClient } from './query-client';

interface CoreContextValue {
  connection: Connection;
  client: QueryClient;
}

const CoreContext = createContext<CoreContextValue | null>(null);

export function CoreProvider({ connection, children }: { connection: Connection; children: ReactNode }) {
  const value = useMemo(() => ({ connection, client: new QueryClient(connection) }), [connection]);
  return <CoreContext.Provider value={value}>{children}</CoreContext.Provider>;
}

function useCore(): CoreContextValue {
  const value = useContext(CoreContext);
  if (!value) throw new Error('CoreProvider is missing above this component');
  return value;
}

export function useApi(): ChapterhouseApi {
  return useCore().client.api;
}

export function useQueryClient(): QueryClient {
  return useCore().client;
}

export function useConnectionState(): ConnectionState {
  const { connection } = useCore();
  return useSyncExternalStore(connection.subscribe, connection.getState);
}

export function useWritesInFlight(): number {
  const { client } = useCore();
  return useSyncExternalStore(
    (listener) => client.onWrites(listener),
    () => client.writesInFlight,
  );
}
