// Small builders for the pledge tests: a pledge with sensible defaults, and statuses by date.
import type { InstalmentStatus, Pledge } from '../../../shared/pledges/pledge.js';

export function monthly(startOn: string, extra: Partial<Pledge> = {}): Pledge {
  return { id: 'p1', kind: 'money', amount: 1000, currency: 'USD', recurrence: 'monthly', startOn, ...extra };
}

export function weekly(startOn: string, extra: Partial<Pledge> = {}): Pledge {
  return { id: 'p1', kind: 'money', amount: 500, currency: 'USD', recurrence: 'weekly', startOn, ...extra };
}

export function once(startOn: string, extra: Partial<Pledge> = {}): Pledge {
  return { id: 'p1', kind: 'money', amount: 2500, currency: 'USD', recurrence: 'once', startOn, ...extra };
}

export function paid(pledgeId: string, dueOn: string, paidOn?: string): InstalmentStatus {
  return { instalmentId: `${pledgeId}_${dueOn}`, status: 'paid', ...(paidOn ? { paidOn } : {}) };
}

export function waived(pledgeId: string, dueOn: string): InstalmentStatus {
  return { instalmentId: `${pledgeId}_${dueOn}`, status: 'waived' };
}

export function missed(pledgeId: string, dueOn: string): InstalmentStatus {
  return { instalmentId: `${pledgeId}_${dueOn}`, status: 'missed' };
}
