// The single keys of a list screen: "/" goes to its search box, "n" starts a new item. Only when
// the person is not typing, no dialog is open and no modifier is held, so they never steal a key.
import { useEffect, useRef, type RefObject } from 'react';
import { hasMod, isTyping } from './kbd';

export function useListKeys(searchRef: RefObject<HTMLInputElement | null>, onNew?: () => void): void {
  const newRef = useRef(onNew);
  newRef.current = onNew;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasMod(event) || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (event.key === 'n' && newRef.current) {
        event.preventDefault();
        newRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef]);
}
