// What the Members screen was showing (search, filters, scroll position, highlighted row, and the
// pages of rows already fetched), kept above the screen so that opening a profile and coming back
// returns to the same place at once.
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MemberStatus } from '../../../../shared/contract/members';
import { useQueryClient } from '../../data/core-context';
import { MemberPageStore } from '../../data/member-page-store';

export interface MembersView {
  text: string;
  tag: string | undefined;
  status: MemberStatus | undefined;
}

interface MembersViewContextValue {
  view: MembersView;
  setView(update: (view: MembersView) => MembersView): void;
  /** Scroll offset and highlighted row, saved when the screen unmounts. */
  position: { current: { scrollOffset: number; activeIndex: number } };
  store: MemberPageStore;
}

const MembersViewContext = createContext<MembersViewContextValue | null>(null);

export function MembersViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<MembersView>({ text: '', tag: undefined, status: undefined });
  const position = useRef({ scrollOffset: 0, activeIndex: 0 });
  const client = useQueryClient();
  const [store] = useState(
    () =>
      new MemberPageStore(
        (f, offset, limit) => client.api.call('members.search', { ...f, offset, limit }),
        { query: '' },
        async (f) => (await client.api.call('members.count', f)).total,
      ),
  );
  const value = useMemo(() => ({ view, setView, position, store }), [view, store]);
  return <MembersViewContext.Provider value={value}>{children}</MembersViewContext.Provider>;
}

export function useMembersView(): MembersViewContextValue {
  const value = useContext(MembersViewContext);
  if (!value) throw new Error('MembersViewProvider is missing');
  return value;
}
