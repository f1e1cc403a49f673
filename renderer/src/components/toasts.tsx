// Short messages after an action: success, error (the core's own sentence), or an offer to undo.
// They live in one labelled region; errors are announced assertively, the rest politely.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  kind?: 'success' | 'error' | 'info';
  /** e.g. { label: 'Undo', run: restore } */
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds; errors and toasts with an action stay longer. */
  duration?: number;
}

interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  show(toast: ToastInput): void;
  success(message: string): void;
  error(message: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const arm = useCallback(
    (toast: Toast) => {
      const duration = toast.duration ?? (toast.action ? 10_000 : toast.kind === 'error' ? 8000 : 4000);
      timers.current.set(toast.id, setTimeout(() => dismiss(toast.id), duration));
    },
    [dismiss],
  );

  const show = useCallback(
    (input: ToastInput) => {
      const toast = { ...input, id: nextId.current++ };
      setToasts((list) => [...list.slice(-3), toast]);
      arm(toast);
    },
    [arm],
  );

  const api = useMemo<ToastApi>(
    () => ({ show, success: (message) => show({ message, kind: 'success' }), error: (message) => show({ message, kind: 'error' }) }),
    [show],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind ?? 'info'}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
            onMouseEnter={() => clearTimeout(timers.current.get(toast.id))}
            onMouseLeave={() => arm(toast)}
          >
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  dismiss(toast.id);
                  void toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-btn" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('ToastProvider is missing');
  return value;
}
