/**
 * One pledge: who pledged what to what, where it stands, and its instalments (those due so far, the
 * next few, and any paid off the schedule), each marked paid, missed or waived, with the receipt of
 * money paid. A recurring pledge can be paused and resumed; any pledge cancelled (nothing due from
 * today) or deleted when it was recorded by mistake.
 *
 * Page model (accessible names, for end-to-end tests):
 *   breadcrumb link "All pledges"; heading "<amount> [weekly|monthly] from <member>"
 *   list "About this pledge" (Member, To, Status, Pledged so far, Fulfilled, Next due, Note)
 *   buttons "Pause", "Resume", "Cancel pledge…", "Delete…"
 *   table "Instalments": one row per instalment (Due, Amount, Status, Paid); per row buttons
 *     "Mark paid" (money: opens dialog "Mark paid") or "Mark done", "Missed", "Waive", "Receipt", "Undo"
 *   dialogs "Mark paid", "Receipt", alertdialogs "Cancel this pledge?", "Delete this pledge?"
 */
import { useState } from 'react';
import type { InstalmentView, PledgeDetail } from '../../../../shared/contract/pledges';
import { useRoute } from '../../app/routes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { formatAmount } from '../../locale/amounts';
import { formatDay } from '../../locale/format';
import { MarkPaidDialog, type InstalmentToMark } from './mark-paid-dialog';
import { PLEDGE_TABLES } from './pledge-tables';
import { instalmentStatusLabels, localToday, methodLabels, paidWord, pledgeAmountText, pledgeTarget, statusLabels } from './pledge-words';
import { ReceiptDialog } from './receipt-dialog';

export function PledgeScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const pledge = useQuery('pledges.get', { id }, { tables: PLEDGE_TABLES });
  if (!pledge.data) {
    if (pledge.error === undefined) return null;
    return (
      <EmptyState title="This pledge is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'pledges-list' })}>All pledges</button>}>
        {errorMessage(pledge.error)}
      </EmptyState>
    );
  }
  return <Pledge pledge={pledge.data} />;
}

function Pledge({ pledge: p }: { pledge: PledgeDetail }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const pause = useMutation('pledges.pause');
  const resume = useMutation('pledges.resume');
  const cancel = useMutation('pledges.cancel');
  const remove = useMutation('pledges.delete');
  const [confirm, setConfirm] = useState<'cancel' | 'delete' | null>(null);
  const [paying, setPaying] = useState<InstalmentToMark | null>(null);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);
  const who = p.member?.name ?? 'a member no longer here';
  const title = `${pledgeAmountText(p)} from ${who}`;
  const unit = { kind: p.kind, currency: p.currency };
  const live = p.status !== 'cancelled' && p.status !== 'deleted';
  const run = (work: Promise<unknown>, done: string) => work.then(() => toasts.success(done), (error) => toasts.error(errorMessage(error)));
  const goMember = (e: { preventDefault(): void }) => (e.preventDefault(), p.memberId && navigate({ screen: 'member-page', id: p.memberId }));

  return (
    <section className="screen" aria-labelledby="pledge-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#pledges-list" onClick={(e) => (e.preventDefault(), navigate({ screen: 'pledges-list' }))}>
            All pledges
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="pledge-title" tabIndex={-1} data-screen-title>
            {title}
          </h1>
        </nav>
        <div className="actions">
          {live && p.recurrence !== 'once' && p.status !== 'paused' && (
            <button type="button" className="btn" disabled={pause.pending} onClick={() => void run(pause.run({ id: p.id }), 'Paused: nothing is due until it is resumed')}>
              Pause
            </button>
          )}
          {live && p.status === 'paused' && (
            <button type="button" className="btn" disabled={resume.pending} onClick={() => void run(resume.run({ id: p.id }), 'Resumed: instalments are due again from today')}>
              Resume
            </button>
          )}
          {live && (
            <button type="button" className="btn" onClick={() => setConfirm('cancel')}>
              Cancel pledge…
            </button>
          )}
          {p.status !== 'deleted' && (
            <button type="button" className="btn btn-danger" onClick={() => setConfirm('delete')}>
              Delete…
            </button>
          )}
        </div>
      </header>
      <div className="screen-body">
        <div className="page page-wide">
          <dl className="facts pledge-facts" aria-label="About this pledge">
            <div>
              <dt>Member</dt>
              <dd>
                {p.member ? (
                  <a href="#member-page" onClick={goMember}>
                    {p.member.name}
                  </a>
                ) : (
                  who
                )}
              </dd>
            </div>
            <div>
              <dt>To</dt>
              <dd>
                {p.campaignId ? (
                  <a href="#campaign" onClick={(e) => (e.preventDefault(), navigate({ screen: 'campaign', id: p.campaignId! }))}>
                    {pledgeTarget(p)}
                  </a>
                ) : (
                  pledgeTarget(p)
                )}
              </dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`badge pledge-status-${p.status}`}>{statusLabels[p.status]}</span>
                {p.cancelledOn && <span className="muted"> from {formatDay(p.cancelledOn)}</span>}
                {p.pausedRanges.map((r) => (
                  <span key={r.from} className="muted">
                    {' '}
                    · paused {formatDay(r.from)}
                    {r.to ? ` to ${formatDay(r.to)}` : ''}
                  </span>
                ))}
              </dd>
            </div>
            <div>
              <dt>Pledged so far</dt>
              <dd>{formatAmount(p.pledged, unit)}</dd>
            </div>
            <div>
              <dt>Fulfilled</dt>
              <dd>{formatAmount(p.fulfilled, unit)}</dd>
            </div>
            <div>
              <dt>Next due</dt>
              <dd>{p.nextDueOn ? formatDay(p.nextDueOn) : '—'}</dd>
            </div>
            <div>
              <dt>Started</dt>
              <dd>{formatDay(p.startOn)}</dd>
            </div>
            {p.note && (
              <div>
                <dt>Note</dt>
                <dd>{p.note}</dd>
              </div>
            )}
            {p.createdBy && (
              <div>
                <dt>Recorded by</dt>
                <dd>{p.createdBy}</dd>
              </div>
            )}
          </dl>
          <section className="section" aria-labelledby="instalments-title">
            <h2 id="instalments-title">Instalments</h2>
            {p.instalments.length === 0 ? (
              <p className="muted">No instalment is due: the pledge has not started, or it has ended.</p>
            ) : (
              <InstalmentsTable
                pledge={p}
                onPay={(i) => setPaying({ id: i.id, dueOn: i.dueOn, description: `${formatAmount(i.amount, unit)} from ${who}` })}
                onReceipt={setReceiptOf}
              />
            )}
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
      <ConfirmDialog
        open={confirm === 'cancel'}
        title="Cancel this pledge?"
        confirm="Cancel pledge"
        pending={cancel.pending}
        onClose={() => setConfirm(null)}
        onConfirm={() => void run(cancel.run({ id: p.id }), 'Pledge cancelled').then(() => setConfirm(null))}
      >
        <p>Nothing will be due from today ({formatDay(localToday())}). What was paid stays paid and still counts.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title="Delete this pledge?"
        confirm="Delete pledge"
        danger
        pending={remove.pending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          void remove.run({ id: p.id }).then(
            () => {
              setConfirm(null);
              toasts.success('Pledge deleted');
              navigate({ screen: 'pledges-list' }, { replace: true });
            },
            (error) => toasts.error(errorMessage(error)),
          )
        }
      >
        <p>For a pledge recorded by mistake: it leaves every total, on every computer, payments included. To stop a real pledge, cancel it instead.</p>
      </ConfirmDialog>
    </section>
  );
}

function InstalmentsTable({ pledge: p, onPay, onReceipt }: { pledge: PledgeDetail; onPay(i: InstalmentView): void; onReceipt(id: string): void }) {
  const toasts = useToasts();
  const mark = useMutation('pledges.mark');
  const today = localToday();
  const money = p.kind === 'money';
  const set = (i: InstalmentView, status: 'paid' | 'missed' | 'waived' | null, said: string) =>
    mark.run({ instalmentId: i.id, status }).then(
      () => toasts.success(said),
      (error) => toasts.error(errorMessage(error)),
    );
  return (
    <div className="table-scroll">
      <table className="plain-table instalment-table">
        <caption className="visually-hidden">Instalments</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Status</th>
            <th scope="col">Paid</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.instalments.map((i) => {
            const due = formatDay(i.dueOn);
            const later = i.dueOn > today && i.status === 'unmarked';
            return (
              <tr key={i.id} aria-label={`Instalment due ${due}`} className={later ? 'is-later' : undefined}>
                <td>
                  {due}
                  {!i.onSchedule && <span className="muted"> (off the schedule)</span>}
                </td>
                <td className="num">{formatAmount(i.amount, { kind: i.kind, currency: i.currency })}</td>
                <td>
                  <span className={`badge instalment-${i.status}`}>{later ? 'Coming up' : instalmentStatusLabels[i.status]}</span>
                </td>
                <td>
                  {i.status === 'paid' && (
                    <>
                      {formatDay(i.paidOn)}
                      {i.method ? ` · ${methodLabels[i.method]}` : ''}
                      {i.reference ? ` (${i.reference})` : ''}
                      {i.receiptNo && <span className="muted mono"> · {i.receiptNo}</span>}
                    </>
                  )}
                </td>
                <td className="row-actions">
                  {i.status !== 'paid' && (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={mark.pending}
                      onClick={() => (money ? onPay(i) : void set(i, 'paid', `Marked ${paidWord(p.kind)}`))}
                    >
                      {money ? 'Mark paid' : 'Mark done'}
                    </button>
                  )}
                  {i.status === 'unmarked' && !later && (
                    <button type="button" className="btn btn-small btn-ghost" disabled={mark.pending} onClick={() => void set(i, 'missed', 'Marked missed')}>
                      Missed
                    </button>
                  )}
                  {(i.status === 'unmarked' || i.status === 'missed') && (
                    <button type="button" className="btn btn-small btn-ghost" disabled={mark.pending} onClick={() => void set(i, 'waived', 'Waived: it no longer counts as pledged')}>
                      Waive
                    </button>
                  )}
                  {i.status === 'paid' && i.receiptNo && (
                    <button type="button" className="btn btn-small" onClick={() => onReceipt(i.id)}>
                      Receipt
                    </button>
                  )}
                  {i.status !== 'unmarked' && (
                    <button type="button" className="btn btn-small btn-ghost" disabled={mark.pending} onClick={() => void set(i, null, 'Mark taken back')}>
                      Undo
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
