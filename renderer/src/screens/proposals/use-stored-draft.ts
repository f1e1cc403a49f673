// A form's unsaved typing, kept in localStorage under a key, so that nothing typed is lost when a
// dialog closes, the person goes elsewhere, or the app quits. Cleared once the form is sent.
import { useCallback, useEffect, useRef, useState } from 'react';

const STORAGE_PREFIX = 'chapterhouse.unsaved.';

function load<T>(key: string, initial: T): T {
  try {
    const saved = localStorage.getItem(STORAGE_PREFIX + key);
    return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
  } catch {
    return initial;
  }
}

export function useStoredDraft<T extends object>(key: string, initial: T): [T, (update: (draft: T) => T) => void, () => void] {
  const initialRef = useRef(initial);
  const [draft, setDraft] = useState<T>(() => load(key, initial));

  useEffect(() => {
    try {
      if (JSON.stringify(draft) === JSON.stringify(initialRef.current)) localStorage.removeItem(STORAGE_PREFIX + key);
      else localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(draft));
    } catch {
      // Storage full or unavailable: the form still works, only the safety copy is missing.
    }
  }, [key, draft]);

  const update = useCallback((fn: (draft: T) => T) => setDraft(fn), []);
  const clear = useCallback(() => setDraft(initialRef.current), []);
  return [draft, update, clear];
}
