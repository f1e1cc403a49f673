/**
 * Due this week, for organisers: the instalments due in this week (or everything owed up to today)
 * not yet paid or waived, each marked from here, and the pledges behind with how much is
 * outstanding. Names show here only, to follow up kindly; shared views (Pledges, a campaign's
 * thermometer) give counts. "Hide names" blanks them for a screen others can see.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Due this week"; radio group "Show": "This week", "Owed up to today"; checkbox "Hide names"
 *   table "Due": one row per instalment, named "<member> <amount> due <day>"; buttons "Mark paid"
 *     (money: dialog "Mark paid") or "Mark done", "Missed", "Waive"
 *   table "Behind": one row per pledge behind (member, to, instalments, outstanding, since)
 *   empty: "Nothing is due this week" / "Nobody is behind"
 */
import { useState } from 'react';
import type { DueItem } from '../../../../shared/contract/pledges';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { useToasts } from '../../components/toasts';
import { unitAmountsText } from '../../components/unit-totals';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { formatAmount } from '../../locale/amounts';
import { countOf, formatDay } from '../../locale/format';
import { MarkPaidDialog, type InstalmentToMark } from './mark-paid-dialog';
import { PLEDGE_TABLES } from './pledge-tables';
import { paidWord, pledgeTarget } from './pledge-words';
import { ReceiptDialog } from './receipt-dialog';
import { sumPerUnit } from './sum-per-unit';

type Range = 'week' | 'today';

export function DueScreen() {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const [range, setRange] = useState<Range>('week');
  const [hideNames, setHideNames] = useState(false);
  const due = useQuery('pledges.due', { range }, { tables: PLEDGE_TABLES });
  const behind = useQuery('pledges.behind', {}, { tables: PLEDGE_TABLES });
  const mark = useMutation('pledges.mark');
  const [paying, setPaying] = useState<InstalmentToMark | null>(null);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);
  const nameOf = (m: { name: string } | null) => (hideNames ? 'A member' : (m?.name ?? 'A member no longer here'));
  const set = (item: DueItem, status: 'paid' | 'missed' | 'waived', said: string) =>
    mark.run({ instalmentId: item.instalmentId, status }).then(
      () => toasts.success(said),
      (error) => toasts.error(errorMessage(error)),
    );
  const openPledge = (id: string) => (e: { preventDefault(): void }) => (e.preventDefault(), navigate({ screen: 'pledge', id }));

  const items = due.data?.items;
  return (
    <section className="screen" aria-labelledby="due-title">
      <header className="screen-header">
        <h1 id="due-title" tabIndex={-1} data-screen-title>
          Due this week
        </h1>
        <span className="muted" role="status">
          {items ? countOf(items.length, 'instalment', 'instalments') : ''}
        </span>
      </header>
      <div className="toolbar">
        <fieldset className="segmented" role="radiogroup" aria-label="Show">
          {(
            [
              ['week', 'This week'],
              ['today', 'Owed up to today'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={range === value ? 'is-current' : ''}>
              <input type="radio" name="due-range" value={value} checked={range === value} onChange={() => setRange(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />
          <span>Hide names</span>
        </label>
      </div>
      <div className="screen-body">
        <div className="page page-wide">
          {due.error !== undefined && !due.data ? (
            <EmptyState title="What is due could not be loaded" tone="error" actions={<button className="btn" onClick={due.refetch}>Try again</button>}>
              {errorMessage(due.error)}
            </EmptyState>
          ) : items === undefined ? null : items.length === 0 ? (
            <EmptyState title={range === 'week' ? 'Nothing is due this week' : 'Nothing is owed'}>
              {range === 'week' && due.data?.from ? `From ${formatDay(due.data.from)} to ${formatDay(due.data.to)}, every instalment is paid or waived.` : 'Every instalment due so far is paid or waived.'}
            </EmptyState>
          ) : (
            <>
              <p className="muted">
                {range === 'week' && due.data?.from ? `${formatDay(due.data.from)} to ${formatDay(due.data.to)}: ` : `Up to ${formatDay(due.data?.to)}: `}
                {unitAmountsText(sumPerUnit(items))}. For organisers, to follow up kindly: this list is not for a shared screen.
              </p>
              <div className="table-scroll">
                <table className="plain-table due-table">
                  <caption className="visually-hidden">Due</caption>
                  <thead>
                    <tr>
                      <th scope="col">Member</th>
                      <th scope="col">To</th>
                      <th scope="col" className="num">
                        Amount
                      </th>
                      <th scope="col">Due</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => {
                      const amount = formatAmount(item.amount, item);
                      return (
                        <tr key={item.instalmentId} aria-label={`${nameOf(item.member)} ${amount} due ${formatDay(item.dueOn)}`}>
                          <td>
                            <a href="#pledge" onClick={openPledge(item.pledgeId)}>
                              {nameOf(item.member)}
                            </a>
                          </td>
                          <td>{pledgeTarget(item)}</td>
                          <td className="num">{amount}</td>
                          <td>
                            {formatDay(item.dueOn)}
                            {item.status === 'missed' && <span className="badge instalment-missed">Missed</span>}
                          </td>
                          <td className="row-actions">
                            <button
                              type="button"
                              className="btn btn-small"
                              disabled={mark.pending}
                              onClick={() =>
                                item.kind === 'money'
                                  ? setPaying({ id: item.instalmentId, dueOn: item.dueOn, description: `${amount} from ${nameOf(item.member)}` })
                                  : void set(item, 'paid', `Marked ${paidWord(item.kind)}`)
                              }
                            >
                              {item.kind === 'money' ? 'Mark paid' : 'Mark done'}
                            </button>
                            {item.status !== 'missed' && (
                              <button type="button" className="btn btn-small btn-ghost" disabled={mark.pending} onClick={() => void set(item, 'missed', 'Marked missed')}>
                                Missed
                              </button>
                            )}
                            <button type="button" className="btn btn-small btn-ghost" disabled={mark.pending} onClick={() => void set(item, 'waived', 'Waived')}>
                              Waive
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <section className="section" aria-labelledby="behind-title">
            <h2 id="behind-title">Behind</h2>
            {behind.data && behind.data.length === 0 ? (
              <p className="muted">Nobody is behind: every instalment due before today is paid or waived.</p>
            ) : behind.data ? (
              <div className="table-scroll">
                <table className="plain-table">
                  <caption className="visually-hidden">Behind</caption>
                  <thead>
                    <tr>
                      <th scope="col">Member</th>
                      <th scope="col">To</th>
                      <th scope="col" className="num">
                        Instalments
                      </th>
                      <th scope="col" className="num">
                        Outstanding
                      </th>
                      <th scope="col">Since</th>
                    </tr>
                  </thead>
                  <tbody>
                    {behind.data.map((a) => (
                      <tr key={a.pledgeId}>
                        <td>
                          <a href="#pledge" onClick={openPledge(a.pledgeId)}>
                            {nameOf(a.member)}
                          </a>
                        </td>
                        <td>{pledgeTarget(a)}</td>
                        <td className="num">{a.count}</td>
                        <td className="num">{formatAmount(a.amount, a)}</td>
                        <td>{formatDay(a.oldestDueOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        </div>
      </div>
      <MarkPaidDialog
        instalment={paying}
        onClose={() => setPaying(null)}
        onPaid={(result) => {
          setPaying(null);
          toasts.success(`Marked paid${result.receipt ? `: receipt ${result.receipt.receiptNo}` : ''}`);
          if (result.receipt) setReceiptOf(result.instalment.id);
        }}
      />
      <ReceiptDialog instalmentId={receiptOf} onClose={() => setReceiptOf(null)} />
    </section>
  );
}
