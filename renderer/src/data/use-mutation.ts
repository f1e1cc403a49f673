// A write through the contract. `run` resolves with the core's answer or rejects with its CallError
// (the caller decides whether that is a toast or field errors). Live queries refresh by themselves
// when the core emits `changed`; nothing here invalidates by hand.
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index';
import { useQueryClient } from './core-context';

export interface MutationResult<M extends MethodName> {
  run(input: MethodInput<M>): Promise<MethodOutput<M>>;
  pending: boolean;
  error: unknown;
  reset(): void;
}

export function useMutation<M extends MethodName>(method: M): MutationResult<M> {
  const client = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const running = useRef(0);

  const run = useCallback(
    async (input: MethodInput<M>) => {
      running.current += 1;
      setPending(true);
      setError(undefined);
      try {
        return await client.write(() => client.api.call(method, input));
      } catch (e) {
        setError(e);
        throw e;
      } finally {
        running.current -= 1;
        if (running.current === 0) setPending(false);
      }
    },
    [client, method],
  );

  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
