// How proposals are said on screen: status names and tones, and each device's caret colour. Pure,
// so the wording is tested without a browser (a vote's words are in components/vote-words.ts).
import type { ProposalStatus } from '../../../../shared/contract/proposals';

export const statusLabels: Record<ProposalStatus, string> = {
  proposed: 'Proposed',
  voting: 'Voting',
  accepted: 'Accepted',
  rejected: 'Rejected',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const statusOrder: ProposalStatus[] = ['proposed', 'voting', 'accepted', 'rejected', 'in_progress', 'done', 'dropped'];

export type StatusTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export function statusTone(status: ProposalStatus): StatusTone {
  switch (status) {
    case 'voting':
      return 'accent';
    case 'accepted':
    case 'done':
      return 'success';
    case 'in_progress':
      return 'warning';
    case 'rejected':
      return 'danger';
    default:
      return 'neutral';
  }
}

// Colours for carets: dark enough for white label text in both themes, distinct from each other.
const caretColours = ['#5b5bd6', '#c2410c', '#047857', '#b91c1c', '#7c3aed', '#0369a1', '#a16207', '#be185d', '#4d7c0f', '#0f766e'];

/** A stable colour for a device's caret and label (the same device, the same colour, everywhere). */
export function caretColour(deviceId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < deviceId.length; i++) {
    hash ^= deviceId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return caretColours[(hash >>> 0) % caretColours.length]!;
}

/** Today as YYYY-MM-DD in local time, to compare with milestone due dates. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
