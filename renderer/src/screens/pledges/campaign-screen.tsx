/**
 * One campaign: its thermometer (large, and printable on its own page), the goal, dates and
 * description, the partners it is shared with, and the pledges to it.
 *
 * Page model (accessible names, for end-to-end tests):
 *   breadcrumb link "Pledges"; heading: the campaign's name
 *   buttons "Print…", "Edit", "Delete", "Record a pledge"
 *   img: the thermometer, named "<campaign> <sentence>" ("$230.00 pledged of $5,000.00 (4%), …")
 *   list "Campaign figures": "Goal", "Pledged", "Fulfilled", "Pledges" (term and value)
 *   table "Pledges to <campaign>" (left out when printed: the printed page names no one)
 *   dialogs "Edit campaign", "Record a pledge", "Receipt"
 */
import { useState } from 'react';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Thermometer } from '../../components/thermometer';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { formatAmount } from '../../locale/amounts';
import { countOf, formatDay } from '../../locale/format';
import { CampaignFormDialog } from './campaign-form-dialog';
import { PledgeFormDialog } from './pledge-form-dialog';
import { PledgeTable } from './pledge-table';
import { PLEDGE_TABLES } from './pledge-tables';
import { kindNouns } from './pledge-words';
import { ReceiptDialog } from './receipt-dialog';

export function CampaignScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const campaign = useQuery('campaigns.get', { id }, { tables: [...PLEDGE_TABLES, 'partners'] });
  const pledges = useQuery('pledges.list', { campaignId: id, limit: 500 }, { tables: PLEDGE_TABLES });
  const remove = useMutation('campaigns.delete');
  const [dialog, setDialog] = useState<'edit' | 'pledge' | null>(null);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);
  const back = (
    <a href="#pledges" onClick={(e) => (e.preventDefault(), navigate({ screen: 'pledges' }))}>
      Pledges
    </a>
  );

  if (!campaign.data) {
    if (campaign.error === undefined) return null;
    return (
      <EmptyState title="This campaign is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'pledges' })}>Back to pledges</button>}>
        {errorMessage(campaign.error)}
      </EmptyState>
    );
  }
  const c = campaign.data;
  const unit = { kind: c.kind, currency: c.currency };
  const dates = c.startsOn || c.endsOn ? [c.startsOn ? `From ${formatDay(c.startsOn)}` : null, c.endsOn ? `until ${formatDay(c.endsOn)}` : null].filter(Boolean).join(' ') : null;

  async function onDelete() {
    try {
      await remove.run({ id: c.id });
      toasts.success(`Deleted ${c.name}`);
      navigate({ screen: 'pledges' }, { replace: true });
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="screen" aria-labelledby="campaign-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          {back}
          <span aria-hidden="true">/</span>
          <h1 id="campaign-title" tabIndex={-1} data-screen-title>
            {c.name}
          </h1>
        </nav>
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            Edit
          </button>
          <button type="button" className="btn btn-danger" disabled={remove.pending} onClick={() => void onDelete()}>
            Delete
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setDialog('pledge')}>
            Record a pledge
          </button>
        </div>
      </header>
      <div className="screen-body">
        <div className="page page-wide campaign-page">
          <div className="campaign-hero">
            <Thermometer view={c.thermometer} title={c.name} width={200} />
            <div className="campaign-about">
              {c.description && <p className="campaign-description">{c.description}</p>}
              {dates && <p className="muted">{dates}</p>}
              <dl className="figures" aria-label="Campaign figures">
                <div>
                  <dt>Goal</dt>
                  <dd>{formatAmount(c.goal, unit)}</dd>
                </div>
                <div>
                  <dt>Pledged</dt>
                  <dd>{formatAmount(c.pledged, unit)}</dd>
                </div>
                <div>
                  <dt>Fulfilled</dt>
                  <dd>{formatAmount(c.fulfilled, unit)}</dd>
                </div>
                <div>
                  <dt>Pledges</dt>
                  <dd>{countOf(c.pledgeCount, 'pledge', 'pledges')}</dd>
                </div>
              </dl>
              <p className="muted">
                This campaign counts {kindNouns[c.kind]}
                {c.currency ? ` in ${c.currency}` : ''}. Recurring pledges count the instalments due so far.
              </p>
              {c.partners.length > 0 && (
                <p>
                  With{' '}
                  {c.partners.map((p, i) => (
                    <span key={p.linkId}>
                      {i > 0 ? ', ' : ''}
                      <a href="#partner" onClick={(e) => (e.preventDefault(), navigate({ screen: 'partner', id: p.id }))}>
                        {p.name}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </div>
          </div>
          <section className="section no-print" aria-labelledby="campaign-pledges-title">
            <h2 id="campaign-pledges-title">Pledges</h2>
            {pledges.data && pledges.data.rows.length === 0 ? (
              <EmptyState title="No pledges yet" actions={<button type="button" className="btn btn-primary" onClick={() => setDialog('pledge')}>Record a pledge</button>}>
                Record the first pledge to {c.name}: once, or every week or month.
              </EmptyState>
            ) : pledges.data ? (
              <PledgeTable pledges={pledges.data.rows} caption={`Pledges to ${c.name}`} hideCampaign />
            ) : null}
          </section>
        </div>
      </div>
      <CampaignFormDialog open={dialog === 'edit'} campaign={c} onClose={() => setDialog(null)} onSaved={(saved) => (setDialog(null), campaign.refetch(), toasts.success(`Saved ${saved.name}`))} />
      <PledgeFormDialog
        open={dialog === 'pledge'}
        campaignId={c.id}
        onClose={() => setDialog(null)}
        onSaved={(created) => {
          setDialog(null);
          toasts.success(`Recorded ${created.pledge.amountText} from ${created.pledge.member?.name ?? 'a member'}`);
          if (created.payment?.receipt) setReceiptOf(created.payment.instalment.id);
        }}
      />
      <ReceiptDialog instalmentId={receiptOf} onClose={() => setReceiptOf(null)} />
    </section>
  );
}
