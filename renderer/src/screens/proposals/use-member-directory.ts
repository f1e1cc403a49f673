// Names for member ids on the proposal screens (who voted, who may vote, who has not voted), from
// one roster read. A chapter of up to 500 members is read whole; a larger one gives names for the
// first 500 and says "a member" for the rest, and lists of people give way to counts.
import { useCallback, useMemo } from 'react';
import { memberName } from '../../components/member-name';
import { useQuery } from '../../data/use-query';

const LIMIT = 500;

export interface MemberDirectory {
  nameOf(id: string): string;
  /** Every member's id, when the whole roster fits in one read; else null. */
  allIds: string[] | null;
  total: number | null;
}

export function useMemberDirectory(): MemberDirectory {
  const roster = useQuery('members.search', { query: '', limit: LIMIT }, { tables: ['members'] });
  const names = useMemo(() => new Map((roster.data?.rows ?? []).map((m) => [m.id, memberName(m)])), [roster.data]);
  const nameOf = useCallback((id: string) => names.get(id) ?? 'a member', [names]);
  const data = roster.data;
  const allIds = useMemo(() => (data && data.total <= data.rows.length ? data.rows.map((m) => m.id) : null), [data]);
  return { nameOf, allIds, total: data?.total ?? null };
}
