// Binds a MemberPageStore to a mounted screen: it follows the screen's filter and is refetched in
// place when the core reports that members changed. The store itself outlives the screen (the
// Members view keeps it), so coming back shows the rows at once; they are refreshed on return in
// case members changed meanwhile.
import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from './core-context';
import type { MemberFilter, MemberPageStore } from './member-page-store';
import { touches } from './query-client';

export function useMemberPages(store: MemberPageStore, filter: MemberFilter): MemberPageStore {
  const client = useQueryClient();
  useSyncExternalStore(store.subscribe, store.getVersion);

  useEffect(() => {
    store.setFilter(filter);
  }, [store, filter]);

  useEffect(() => {
    if (store.total !== null) store.invalidate();
    return client.onChange((changed) => {
      if (touches(changed, ['members'])) store.invalidate();
    });
  }, [client, store]);
  return store;
}
