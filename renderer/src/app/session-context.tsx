// The session (current chapter, this device's organiser) for every screen under the shell.
import { createContext, useContext, type ReactNode } from 'react';
import type { Chapter, Session } from '../../../shared/contract/chapters';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider is missing');
  return session;
}

export function useChapter(): Chapter {
  const current = useSession().current;
  if (!current) throw new Error('there is no current chapter');
  return current;
}
