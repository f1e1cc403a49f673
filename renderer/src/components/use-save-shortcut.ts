// Ctrl/Cmd-S saves the form on screen, as in every editor people know; the browser's own
// "save page" is never what they mean here.
import { useEffect } from 'react';
import { hasMod } from './kbd';

export function useSaveShortcut(save: () => unknown): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (hasMod(event) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);
}
