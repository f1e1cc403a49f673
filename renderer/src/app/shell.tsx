// The frame every screen sits in: skip link, sidebar, main area, status line, the command palette
// and the shortcuts that work everywhere (Ctrl/⌘-K). Everything below is keyed by the current
// chapter, so switching chapters starts each screen afresh. In kiosk mode none of it shows: only
// the kiosk's sign-in form (screens/kiosk).
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../../shared/contract/chapters';
import { hasMod } from '../components/kbd';
import { useQueryClient } from '../data/core-context';
import { ImportProvider } from '../screens/import/import-session';
import { KioskGate } from '../screens/kiosk/kiosk-gate';
import { MembersViewProvider } from '../screens/members/members-view-state';
import { CommandPalette } from './command-palette';
import { useRoute } from './routes';
import { ScreenOutlet } from './screen-outlet';
import { SessionProvider } from './session-context';
import { Sidebar } from './sidebar';
import { StatusLine } from './status-line';

export function Shell({ session }: { session: Session }) {
  const client = useQueryClient();
  const chapterId = session.current!.id;
  const previous = useRef(chapterId);
  if (previous.current !== chapterId) {
    // Every cached answer belonged to the other chapter.
    client.clear();
    previous.current = chapterId;
  }
  return (
    <SessionProvider session={session}>
      <KioskGate>
        <ImportProvider key={chapterId}>
          <MembersViewProvider key={chapterId}>
            <Frame key={chapterId} />
          </MembersViewProvider>
        </ImportProvider>
      </KioskGate>
    </SessionProvider>
  );
}

function Frame() {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const { route } = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  // A file dropped anywhere but the import drop zone must not make the page open that file instead.
  useEffect(() => {
    const keep = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (hasMod(event) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // After a navigation, move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('[data-screen-title]');
      if (!heading) return false;
      if (!main.contains(document.activeElement)) heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // A screen that reads before it draws (a profile) puts its heading in a moment later, and the
    // control that had focus is gone by then: wait for the heading rather than leave focus on <body>.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [route]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to main content
      </a>
      <Sidebar onOpenPalette={() => setPaletteOpen(true)} />
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <ScreenOutlet />
      </main>
      <StatusLine />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
    </div>
  );
}
