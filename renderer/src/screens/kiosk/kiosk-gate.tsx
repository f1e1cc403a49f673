// Kiosk mode for the whole window: when the core says a kiosk is on (asked at start, so a reload
// stays in it), nothing of the app shows but the kiosk's sign-in form, until the lead's PIN is
// given. The core holds the state and the PIN's hash; this only decides what the window draws.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { EmptyState } from '../../components/empty-state';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useQuery } from '../../data/use-query';
import { KioskScreen } from './kiosk-screen';

interface KioskControl {
  /** Turns kiosk mode on for a meeting; the window shows only its sign-in form from then on. */
  enter(meetingId: string, pin: string): Promise<void>;
}

const KioskContext = createContext<KioskControl | null>(null);

export function KioskGate({ children }: { children: ReactNode }) {
  const api = useApi();
  // No table changes with the kiosk (it lives in the core's memory): read at start and after a
  // reconnection, and set from what enter and exit answer.
  const state = useQuery('kiosk.state', {}, { tables: ['kiosk'] });
  const { setData } = state;
  const enter = useCallback(
    async (meetingId: string, pin: string) => {
      const entered = await api.call('kiosk.enter', { meetingId, pin });
      setData({ meetingId: entered.meetingId });
    },
    [api, setData],
  );
  const control = useMemo(() => ({ enter }), [enter]);

  if (!state.data) {
    if (state.error === undefined) return null;
    return (
      <EmptyState title="The app could not start" tone="error" actions={<button className="btn" onClick={state.refetch}>Try again</button>}>
        {errorMessage(state.error)}
      </EmptyState>
    );
  }
  if (state.data.meetingId) return <KioskScreen meetingId={state.data.meetingId} onLeft={() => setData({ meetingId: null })} />;
  return <KioskContext.Provider value={control}>{children}</KioskContext.Provider>;
}

export function useKiosk(): KioskControl {
  const value = useContext(KioskContext);
  if (!value) throw new Error('KioskGate is missing');
  return value;
}
