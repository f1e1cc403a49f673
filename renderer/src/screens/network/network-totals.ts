// A member's thermometer "rises as their network kicks in": their own totals and their whole
// network's, added per unit (per currency for money, hours, actions) and never across units.
import type { UnitTotals } from '../../../../shared/contract/pledges';
import { compareUnits, unitKey } from '../../../../shared/pledges/units';

export function addUnitTotals(...lists: readonly (readonly UnitTotals[])[]): UnitTotals[] {
  const sums = new Map<string, UnitTotals>();
  for (const list of lists) {
    for (const t of list) {
      const key = unitKey(t);
      const entry = sums.get(key) ?? { kind: t.kind, currency: t.currency, pledged: 0, fulfilled: 0 };
      entry.pledged += t.pledged;
      entry.fulfilled += t.fulfilled;
      sums.set(key, entry);
    }
  }
  return [...sums.values()].sort(compareUnits);
}
