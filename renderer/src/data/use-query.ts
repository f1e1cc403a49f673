// A live read of one contract method: it answers from the cache at once when it can, fetches, and
// refetches whenever the core reports a change to one of `tables` (no polling). The previous answer
// stays on screen while a new one is fetched, so typing into a search never flashes an empty list.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index';
import { useQueryClient } from './core-context';
import { touches } from './query-client';

export interface QueryOptions {
  /** The tables this read depends on, e.g. ['members']. */
  tables: readonly string[];
}

export interface QueryResult<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer (or error) for the current input. */
  loading: boolean;
  refetch(): void;
  /** Replaces the shown answer, e.g. with what a write returned, until the next fetch. */
  setData(data: T): void;
}

export function queryKey(method: string, input: unknown): string {
  return `${method} ${JSON.stringify(input)}`;
}

/** Pass `null` as input to skip the query (nothing to ask yet). */
export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  options: QueryOptions,
): QueryResult<MethodOutput<M>> {
  const client = useQueryClient();
  const key = input === null ? null : queryKey(method, input);
  const [state, setState] = useState<{ key: string | null; data: MethodOutput<M> | undefined; error: unknown; settled: boolean }>(() => {
    const cached = key === null ? undefined : client.cached<MethodOutput<M>>(key);
    return { key, data: cached, error: undefined, settled: cached !== undefined };
  });
  const latest = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;
  const tablesKey = options.tables.join(',');

  const fetchNow = useCallback(() => {
    const current = inputRef.current;
    if (current === null || key === null) return;
    const seq = ++latest.current;
    client.api.call(method, current).then(
      (data) => {
        if (seq !== latest.current) return;
        client.remember(key, data, tablesKey.split(','));
        setState({ key, data, error: undefined, settled: true });
      },
      (error: unknown) => {
        if (seq !== latest.current) return;
        setState((s) => ({ key, data: s.data, error, settled: true }));
      },
    );
  }, [client, method, key, tablesKey]);

  useEffect(() => {
    if (key === null) return;
    const cached = client.cached<MethodOutput<M>>(key);
    setState((s) => (cached !== undefined ? { key, data: cached, error: undefined, settled: true } : { ...s, key, settled: false }));
    fetchNow();
    return client.onChange((changed) => {
      if (touches(changed, tablesKey.split(','))) fetchNow();
    });
  }, [client, key, tablesKey, fetchNow]);

  const setData = useCallback((data: MethodOutput<M>) => setState((s) => ({ ...s, data, error: undefined, settled: true })), []);

  const sameKey = state.key === key;
  return {
    data: state.data,
    error: sameKey ? state.error : undefined,
    loading: key !== null && (!sameKey || !state.settled),
    refetch: fetchNow,
    setData,
  };
}
