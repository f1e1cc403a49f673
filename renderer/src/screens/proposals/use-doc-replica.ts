// A document replica for as long as a component shows it: opened on mount, closed on unmount, and
// resynced when the link to the core comes back (a new connection generation), so edits made
// while it was down reach the core.
import { useEffect, useRef, useState } from 'react';
import { useApi, useConnectionState } from '../../data/core-context';
import { openDocReplica, type DocReplica } from '../../data/doc-replica';

export type ReplicaState = { kind: 'opening' } | { kind: 'ready'; replica: DocReplica } | { kind: 'failed'; error: unknown; retry(): void };

export function useDocReplica(room: string | null): ReplicaState {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ReplicaState>({ kind: 'opening' });
  const replicaRef = useRef<DocReplica | null>(null);

  useEffect(() => {
    if (!room) return;
    const replica = openDocReplica(room, api);
    replicaRef.current = replica;
    let live = true;
    setState({ kind: 'opening' });
    replica.ready.then(
      () => live && setState({ kind: 'ready', replica }),
      (error: unknown) => live && setState({ kind: 'failed', error, retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      live = false;
      replicaRef.current = null;
      replica.close();
    };
  }, [api, room, attempt]);

  const connection = useConnectionState();
  const generation = connection.kind === 'open' ? connection.generation : null;
  const seenGeneration = useRef(generation);
  useEffect(() => {
    if (generation === null || generation === seenGeneration.current) return;
    seenGeneration.current = generation;
    replicaRef.current?.resync().catch(() => {});
  }, [generation]);

  return state;
}
