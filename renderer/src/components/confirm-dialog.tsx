// Asks before something that cannot simply be taken back (cancelling a pledge, deleting a record):
// what will happen in a sentence, a button that says the action, and one that keeps things as they are.
import type { ReactNode } from 'react';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  cancel?: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ open, title, children, confirm, cancel = 'Keep it', danger, pending, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} alert>
      <div className="stack">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {cancel}
        </button>
        <button type="button" className={`btn ${danger ? 'btn-danger-solid' : 'btn-primary'}`} disabled={pending} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
