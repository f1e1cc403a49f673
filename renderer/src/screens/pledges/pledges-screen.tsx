/**
 * Pledges: the chapter's thermometers, this week in counts, and every campaign with its own
 * thermometer. Made to be shown on a shared screen at a meeting or printed for a wall: it names no
 * one (who is due or behind is on "Due this week", for organisers).
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Pledges"; buttons "Record a pledge" ("p"), "New campaign", "Print…", "Set the chapter's goal"
 *   region "Chapter": its thermometers (img, named "<chapter> …")
 *   region "This week": "N instalments due this week", "N pledges behind" (counts and amounts only)
 *   list "Campaigns": one listitem per campaign, named by it: link to its page, its thermometer
 *     (img named "<campaign> <sentence>"), "N pledges"
 *   list "Affinity groups": each group's totals
 *   empty: heading "No campaigns yet" with button "New campaign"
 *   dialogs "New campaign", "Record a pledge", "Set the chapter's goal", "Receipt"
 */
import { useEffect, useId, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import type { Campaign } from '../../../../shared/contract/pledges';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { hasMod, isTyping, Kbd } from '../../components/kbd';
import { Thermometer, Thermometers } from '../../components/thermometer';
import { unitAmountsText } from '../../components/unit-totals';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { countOf, formatDay } from '../../locale/format';
import { CampaignFormDialog } from './campaign-form-dialog';
import { ChapterGoalDialog } from './chapter-goal-dialog';
import { PledgeFormDialog } from './pledge-form-dialog';
import { PLEDGE_TABLES } from './pledge-tables';
import { ReceiptDialog } from './receipt-dialog';

export function PledgesScreen() {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const overview = useQuery('thermometers.overview', {}, { tables: PLEDGE_TABLES });
  const campaigns = useQuery('campaigns.list', {}, { tables: PLEDGE_TABLES });
  const week = useQuery('pledges.dueSummary', {}, { tables: PLEDGE_TABLES });
  const [dialog, setDialog] = useState<'campaign' | 'pledge' | 'goal' | null>(null);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasMod(event) || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'p') {
        event.preventDefault();
        setDialog('pledge');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const error = overview.error ?? campaigns.error;
  const list = campaigns.data;
  return (
    <section className="screen" aria-labelledby="pledges-title">
      <header className="screen-header">
        <h1 id="pledges-title" tabIndex={-1} data-screen-title>
          Pledges
        </h1>
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" className="btn" onClick={() => setDialog('campaign')}>
            New campaign
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setDialog('pledge')} aria-keyshortcuts="p">
            Record a pledge <Kbd>P</Kbd>
          </button>
        </div>
      </header>
      <div className="screen-body">
        {error !== undefined && !overview.data ? (
          <EmptyState title="The pledges could not be loaded" tone="error" actions={<button className="btn" onClick={() => (overview.refetch(), campaigns.refetch())}>Try again</button>}>
            {errorMessage(error)}
          </EmptyState>
        ) : !overview.data || !list ? null : (
          <div className="page page-wide pledges-page">
            {overview.data.problems.length > 0 && (
              <div className="notice notice-warning banner no-print" role="status">
                <span>Some pledges could not be counted: {overview.data.problems.join('; ')}</span>
              </div>
            )}
            <div className="pledges-top">
              <section className="section chapter-thermometers" aria-labelledby="chapter-title">
                <div className="section-head">
                  <h2 id="chapter-title">Chapter</h2>
                  <button type="button" className="btn btn-small no-print" onClick={() => setDialog('goal')}>
                    Set the chapter's goal
                  </button>
                </div>
                <Thermometers views={overview.data.chapter.thermometers} title={overview.data.chapter.name} empty="Nothing pledged yet. Record a pledge, or set the chapter's goal." />
              </section>
              <WeekSummary summary={week.data} onOpen={() => navigate({ screen: 'pledges-due' })} />
            </div>
            <section className="section" aria-labelledby="campaigns-title">
              <h2 id="campaigns-title">Campaigns</h2>
              {list.length === 0 ? (
                <EmptyState title="No campaigns yet" actions={<button type="button" className="btn btn-primary" onClick={() => setDialog('campaign')}>New campaign</button>}>
                  A campaign has a goal in money, hours of time or actions (calls made, doors knocked), and its own thermometer. Pledges can also go
                  to the chapter without one.
                </EmptyState>
              ) : (
                <ul className="campaign-cards" aria-label="Campaigns">
                  {list.map((c) => (
                    <CampaignCard key={c.id} campaign={c} onOpen={() => navigate({ screen: 'campaign', id: c.id })} />
                  ))}
                </ul>
              )}
            </section>
            {overview.data.groups.length > 0 && (
              <section className="section" aria-labelledby="groups-title">
                <h2 id="groups-title">Affinity groups</h2>
                <ul className="group-totals" aria-label="Affinity groups">
                  {overview.data.groups.map((g) => (
                    <li key={g.id}>
                      <a href="#group" onClick={(e) => (e.preventDefault(), navigate({ screen: 'group', id: g.id }))}>
                        {g.name}
                      </a>
                      <span className="muted">{countOf(g.memberCount, 'member', 'members')}</span>
                      <span>{g.thermometers.length === 0 ? 'Nothing pledged yet' : g.thermometers.map((t) => t.label).join('; ')}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </div>
      <CampaignFormDialog
        open={dialog === 'campaign'}
        onClose={() => setDialog(null)}
        onSaved={(c) => {
          setDialog(null);
          navigate({ screen: 'campaign', id: c.id });
        }}
      />
      <PledgeFormDialog
        open={dialog === 'pledge'}
        onClose={() => setDialog(null)}
        onSaved={(created) => {
          setDialog(null);
          toasts.success(`Recorded ${created.pledge.amountText} from ${created.pledge.member?.name ?? 'a member'}`);
          if (created.payment?.receipt) setReceiptOf(created.payment.instalment.id);
        }}
      />
      <ChapterGoalDialog open={dialog === 'goal'} onClose={() => setDialog(null)} />
      <ReceiptDialog instalmentId={receiptOf} onClose={() => setReceiptOf(null)} />
    </section>
  );
}

function CampaignCard({ campaign: c, onOpen }: { campaign: Campaign; onOpen(): void }) {
  const titleId = useId();
  return (
    <li className="campaign-card" aria-labelledby={titleId}>
      <a
        id={titleId}
        className="campaign-card-title"
        href={`#campaign-${c.id}`}
        onClick={(e) => {
          // The URL's hash carries the browser host's key: navigate in-app, never through the URL.
          e.preventDefault();
          onOpen();
        }}
      >
        {c.name}
      </a>
      <Thermometer view={c.thermometer} title={c.name} width={130} />
      <p className="muted campaign-card-meta">
        {countOf(c.pledgeCount, 'pledge', 'pledges')}
        {c.endsOn ? ` · until ${formatDay(c.endsOn)}` : ''}
      </p>
    </li>
  );
}

type Summary = MethodOutput<'pledges.dueSummary'> | undefined;

/** Counts and amounts only: this panel may be on a screen the whole room sees. */
function WeekSummary({ summary, onOpen }: { summary: Summary; onOpen(): void }) {
  return (
    <section className="section week-summary" aria-labelledby="week-title">
      <h2 id="week-title">This week</h2>
      {summary && (
        <>
          <p className="week-figure">
            <strong>{countOf(summary.dueCount, 'instalment', 'instalments')}</strong> due this week
            {summary.due.length > 0 ? ` (${unitAmountsText(summary.due)})` : ''}
          </p>
          <p className="week-figure">
            <strong>{countOf(summary.behindCount, 'pledge', 'pledges')}</strong> behind
            {summary.behind.length > 0 ? ` (${unitAmountsText(summary.behind)} outstanding)` : ''}
          </p>
          <p className="muted">
            {formatDay(summary.from)} to {formatDay(summary.to)}
          </p>
          <button type="button" className="btn btn-small no-print" onClick={onOpen}>
            Who is due, for organisers
          </button>
        </>
      )}
    </section>
  );
}
