// For the rare read that takes longer than a blink (a scan of the whole roster): nothing at first,
// then a quiet line, so fast answers never flash a loading state.
import { useEffect, useState } from 'react';

export function Pending({ label, delay = 300 }: { label: string; delay?: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return shown ? (
    <p className="pending muted" role="status">
      {label}
    </p>
  ) : null;
}
