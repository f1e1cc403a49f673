// The calm centre of an empty screen: what is (not) here, and what to do about it.
import type { ReactNode } from 'react';

export function EmptyState({ title, children, actions, tone }: { title: string; children?: ReactNode; actions?: ReactNode; tone?: 'error' }) {
  return (
    <div className={`empty-state ${tone === 'error' ? 'empty-state-error' : ''}`} role={tone === 'error' ? 'alert' : undefined}>
      <h2>{title}</h2>
      {children && <div className="empty-state-text">{children}</div>}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </div>
  );
}
