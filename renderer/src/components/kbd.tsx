// Shortcut hints, spelled for the person's platform (⌘ on a Mac, Ctrl elsewhere).
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function modKey(): string {
  return isMac ? '⌘' : 'Ctrl';
}

export function Kbd({ children }: { children: string }) {
  // Hidden from screen readers: controls announce their shortcut through aria-keyshortcuts.
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}

/** True for Ctrl on Windows/Linux and ⌘ on a Mac. */
export function hasMod(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** True when a key press is meant as typing (so single-letter shortcuts must not fire). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}
