/**
 * All pledges: every pledge of the chapter, filtered by campaign and status, with CSV export (the
 * pledges, or every payment and mark as fulfilments) and the way to the CSV import.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "All pledges"; status "N pledges"
 *   comboboxes "Campaign" ("All campaigns", "The chapter (no campaign)", each campaign), "Status"
 *   buttons "Record a pledge", "Import pledges", "Export pledges", "Export fulfilments"
 *   table "Pledges"; button "Show more" when there are more
 *   empty: heading "No pledges yet" with buttons "Record a pledge", "Import pledges"
 */
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract/index';
import { pledgeStatusSchema, type PledgeStatus } from '../../../../shared/contract/pledges';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { downloadText } from '../../data/download';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';
import { PledgeFormDialog } from './pledge-form-dialog';
import { PledgeTable } from './pledge-table';
import { PLEDGE_TABLES } from './pledge-tables';
import { statusLabels } from './pledge-words';
import { ReceiptDialog } from './receipt-dialog';

const PAGE = 100;
const CHAPTER = 'chapter';
const statuses = pledgeStatusSchema.options.filter((s) => s !== 'deleted') as PledgeStatus[];

export function PledgeListScreen({ view }: { view: { campaignId?: string; status?: string } }) {
  const { navigate } = useRoute();
  const api = useApi();
  const toasts = useToasts();
  const [limit, setLimit] = useState(PAGE);
  const [recording, setRecording] = useState(false);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const campaigns = useQuery('campaigns.list', {}, { tables: PLEDGE_TABLES });
  const status = statuses.find((s) => s === view.status);
  const filter: MethodInput<'pledges.list'> = {
    ...(view.campaignId ? { campaignId: view.campaignId === CHAPTER ? null : view.campaignId } : {}),
    ...(status ? { status } : {}),
  };
  const list = useQuery('pledges.list', { ...filter, limit }, { tables: PLEDGE_TABLES });
  const everything = useQuery('pledges.list', { limit: 1 }, { tables: PLEDGE_TABLES });
  const setView = (next: { campaignId?: string; status?: string }) => {
    setLimit(PAGE);
    const merged = { ...view, ...next };
    navigate(
      { screen: 'pledges-list', ...(merged.campaignId ? { campaignId: merged.campaignId } : {}), ...(merged.status ? { status: merged.status } : {}) },
      { replace: true },
    );
  };

  async function exportCsv(what: 'pledges' | 'fulfilments') {
    setExporting(true);
    try {
      const campaignId = view.campaignId && view.campaignId !== CHAPTER ? view.campaignId : undefined;
      const { fileName, csv, count } = await api.call('pledges.exportCsv', { what, ...(campaignId ? { campaignId } : {}) });
      downloadText(fileName, csv);
      toasts.success(`Exported ${countOf(count, what === 'pledges' ? 'pledge' : 'fulfilment', what === 'pledges' ? 'pledges' : 'fulfilments')} to ${fileName}`);
    } catch (error) {
      toasts.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  }

  const none = everything.data?.total === 0;
  const importButton = (
    <button type="button" className="btn" onClick={() => navigate({ screen: 'pledges-import' })}>
      Import pledges
    </button>
  );
  return (
    <section className="screen" aria-labelledby="pledge-list-title">
      <header className="screen-header">
        <h1 id="pledge-list-title" tabIndex={-1} data-screen-title>
          All pledges
        </h1>
        <span className="muted" role="status">
          {list.data && !none ? countOf(list.data.total, 'pledge', 'pledges') : ''}
        </span>
        <div className="actions">
          {importButton}
          {!none && (
            <>
              <button type="button" className="btn" disabled={exporting} onClick={() => void exportCsv('pledges')}>
                Export pledges
              </button>
              <button type="button" className="btn" disabled={exporting} onClick={() => void exportCsv('fulfilments')}>
                Export fulfilments
              </button>
            </>
          )}
          <button type="button" className="btn btn-primary" onClick={() => setRecording(true)}>
            Record a pledge
          </button>
        </div>
      </header>
      <div className="toolbar" hidden={none}>
        <label className="toolbar-field">
          <span>Campaign</span>
          <select value={view.campaignId ?? ''} onChange={(e) => setView({ campaignId: e.target.value || undefined })}>
            <option value="">All campaigns</option>
            <option value={CHAPTER}>The chapter (no campaign)</option>
            {(campaigns.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>Status</span>
          <select value={status ?? ''} onChange={(e) => setView({ status: e.target.value || undefined })}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="screen-body">
        {list.error !== undefined && !list.data ? (
          <EmptyState title="The pledges could not be loaded" tone="error" actions={<button className="btn" onClick={list.refetch}>Try again</button>}>
            {errorMessage(list.error)}
          </EmptyState>
        ) : !list.data ? null : none ? (
          <EmptyState
            title="No pledges yet"
            actions={
              <>
                <button type="button" className="btn btn-primary" onClick={() => setRecording(true)}>
                  Record a pledge
                </button>
                {importButton}
              </>
            }
          >
            Record pledges of money, hours or actions as people make them (cash taken at a meeting gets a receipt), or import them from a spreadsheet.
          </EmptyState>
        ) : list.data.rows.length === 0 ? (
          <EmptyState title="No pledges match" actions={<button className="btn" onClick={() => navigate({ screen: 'pledges-list' }, { replace: true })}>Show all pledges</button>}>
            No pledge has this campaign and status.
          </EmptyState>
        ) : (
          <div className="page page-wide">
            <PledgeTable pledges={list.data.rows} caption="Pledges" />
            {list.data.total > list.data.rows.length && (
              <div className="form-actions">
                <button type="button" className="btn" onClick={() => setLimit((n) => Math.min(500, n + PAGE))} disabled={limit >= 500}>
                  Show more
                </button>
                <span className="muted">
                  {list.data.rows.length} of {list.data.total}
                  {limit >= 500 ? ': narrow by campaign or status, or export them all' : ''}
                </span>
              </div>
            )}
          </div>
        )}
      </div>
      <PledgeFormDialog
        open={recording}
        onClose={() => setRecording(false)}
        onSaved={(created) => {
          setRecording(false);
          toasts.success(`Recorded ${created.pledge.amountText} from ${created.pledge.member?.name ?? 'a member'}`);
          if (created.payment?.receipt) setReceiptOf(created.payment.instalment.id);
        }}
      />
      <ReceiptDialog instalmentId={receiptOf} onClose={() => setReceiptOf(null)} />
    </section>
  );
}
