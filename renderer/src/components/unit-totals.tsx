// Totals in several units, one line each ("$120.00 pledged, $20.00 fulfilled"; "6 hours pledged,
// 2 hours fulfilled"): money in different currencies is never added into one figure.
import type { UnitTotals } from '../../../shared/contract/pledges';
import { unitKey } from '../../../shared/pledges/units';
import { byUnit, formatAmount } from '../locale/amounts';

export function UnitTotalsList({ totals, label, empty = 'Nothing pledged yet' }: { totals: UnitTotals[]; label: string; empty?: string }) {
  if (totals.length === 0) return <p className="muted unit-totals-empty">{empty}</p>;
  return (
    <ul className="unit-totals" aria-label={label}>
      {byUnit(totals).map((t) => (
        <li key={unitKey(t)}>{unitTotalsText(t)}</li>
      ))}
    </ul>
  );
}

export function unitTotalsText(t: UnitTotals): string {
  return `${formatAmount(t.pledged, t)} pledged, ${formatAmount(t.fulfilled, t)} fulfilled`;
}

/** "$40.00 and 3 hours" for amounts in several units. */
export function unitAmountsText(amounts: { kind: UnitTotals['kind']; currency: string | null; amount: number }[]): string {
  const parts = byUnit(amounts).map((a) => formatAmount(a.amount, a));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
