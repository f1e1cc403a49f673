// Amounts summed per unit (per currency for money, then hours, then actions), never across units:
// "$40.00 and 3 hours", not one number. For lists the core sends item by item.
import type { PledgeKind } from '../../../../shared/pledges/pledge';
import { compareUnits, unitKey } from '../../../../shared/pledges/units';

export interface UnitAmount {
  kind: PledgeKind;
  currency: string | null;
  amount: number;
}

export function sumPerUnit(items: Iterable<UnitAmount>): UnitAmount[] {
  const sums = new Map<string, UnitAmount>();
  for (const item of items) {
    const key = unitKey(item);
    const entry = sums.get(key) ?? { kind: item.kind, currency: item.currency, amount: 0 };
    entry.amount += item.amount;
    sums.set(key, entry);
  }
  return [...sums.values()].sort(compareUnits);
}
