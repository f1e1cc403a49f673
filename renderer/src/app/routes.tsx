// Where the person is in the app. Routes live in history.state (the URL's hash belongs to the browser
// host's key), so the mouse's back button and Alt+Left work without a router library.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The parts of a meeting's page, one at a time: what the room is doing now. */
export type MeetingTab = 'agenda' | 'attendance' | 'motions' | 'minutes';

export type Route =
  | { screen: 'members' }
  | { screen: 'member'; id: string }
  | { screen: 'new-member' }
  | { screen: 'duplicates' }
  | { screen: 'proposals'; search?: string; status?: string; tag?: string }
  | { screen: 'proposal'; id: string }
  | { screen: 'meetings'; search?: string }
  | { screen: 'meeting'; id: string; tab?: MeetingTab }
  | { screen: 'decisions'; search?: string; meetingId?: string; tag?: string; status?: string }
  | { screen: 'pledges' }
  | { screen: 'campaign'; id: string }
  | { screen: 'pledge'; id: string }
  | { screen: 'pledges-due' }
  | { screen: 'pledges-list'; campaignId?: string; status?: string }
  | { screen: 'pledges-import' }
  | { screen: 'groups' }
  | { screen: 'group'; id: string }
  | { screen: 'partners'; search?: string; worksOn?: string }
  | { screen: 'partner'; id: string }
  | { screen: 'leaderboard'; period?: string; from?: string; to?: string }
  | { screen: 'member-page'; id: string }
  | { screen: 'import' }
  | { screen: 'sync' }
  | { screen: 'headquarters' }
  | { screen: 'settings' };

interface RouteContextValue {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
  back(): void;
}

const RouteContext = createContext<RouteContextValue | null>(null);

function isRoute(value: unknown): value is Route {
  return typeof value === 'object' && value !== null && typeof (value as { screen?: unknown }).screen === 'string';
}

export function RouteProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => {
    const saved = (window.history.state as { route?: unknown } | null)?.route;
    return isRoute(saved) ? saved : { screen: 'members' };
  });

  useEffect(() => {
    window.history.replaceState({ ...(window.history.state ?? {}), route }, '');
    const onPop = (event: PopStateEvent) => {
      const next = (event.state as { route?: unknown } | null)?.route;
      if (isRoute(next)) setRoute(next);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Only on mount: later routes are pushed by navigate.
  }, []);

  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    if (options?.replace) window.history.replaceState({ route: next }, '');
    else window.history.pushState({ route: next }, '');
    setRoute(next);
  }, []);

  const back = useCallback(() => window.history.back(), []);
  const value = useMemo(() => ({ route, navigate, back }), [route, navigate, back]);
  return <RouteContext.Provider value={value}>{children}</RouteContext.Provider>;
}

export function useRoute(): RouteContextValue {
  const value = useContext(RouteContext);
  if (!value) throw new Error('RouteProvider is missing');
  return value;
}
