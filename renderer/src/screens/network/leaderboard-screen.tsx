/**
 * Leaderboard: the chapter's advocates over a period — who recruited the most new members (by the
 * "recruited by" of those who joined in it) and who raised the most (money paid, one list per
 * currency; hours and actions done), so the people growing the movement are seen.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Leaderboard"; combobox "Period" ("This month", "Last 30 days", "This year", "All time",
 *   "Between dates" → date inputs "From", "To")
 *   table "Recruiters" (rank, member, recruits); one table per unit "Fundraisers, USD" / "…, hours"
 *   (rank, member, amount, payments); members link to their member page
 */
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { formatAmount } from '../../locale/amounts';
import { formatCount, formatDay } from '../../locale/format';
import { localToday } from '../pledges/pledge-words';
import { isPeriodChoice, periodChoices, periodDates, periodProblem, type PeriodChoice } from './leaderboard-period';
import { NETWORK_TABLES } from './network-tables';

interface LeaderboardView {
  period?: string;
  from?: string;
  to?: string;
}

export function LeaderboardScreen({ view }: { view: LeaderboardView }) {
  const { navigate } = useRoute();
  const choice: PeriodChoice = isPeriodChoice(view.period) ? view.period : 'month';
  const dates = periodDates(choice, localToday(), { from: view.from, to: view.to });
  const problem = periodProblem(dates);
  const board = useQuery('network.leaderboard', problem ? null : { ...dates, limit: 10 }, { tables: NETWORK_TABLES });
  const setView = (next: LeaderboardView) => navigate({ screen: 'leaderboard', ...view, ...next }, { replace: true });
  const member = (m: { id: string; name: string }) => (
    <a href="#member-page" onClick={(e) => (e.preventDefault(), navigate({ screen: 'member-page', id: m.id }))}>
      {m.name}
    </a>
  );
  const span = dates.from || dates.to ? `${dates.from ? formatDay(dates.from) : 'the start'} to ${dates.to ? formatDay(dates.to) : 'today'}` : 'all time';

  return (
    <section className="screen" aria-labelledby="leaderboard-title">
      <header className="screen-header">
        <h1 id="leaderboard-title" tabIndex={-1} data-screen-title>
          Leaderboard
        </h1>
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
        </div>
      </header>
      <div className="toolbar leaderboard-toolbar">
        <Field label="Period" className="field-inline">
          <select value={choice} onChange={(e) => setView({ period: e.target.value })}>
            {periodChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        {choice === 'custom' && (
          <>
            <Field label="From" className="field-inline">
              <input type="date" className="date-input" value={view.from ?? ''} onChange={(e) => setView({ from: e.target.value || undefined })} />
            </Field>
            <Field label="To" className="field-inline" error={problem}>
              <input type="date" className="date-input" value={view.to ?? ''} onChange={(e) => setView({ to: e.target.value || undefined })} />
            </Field>
          </>
        )}
      </div>
      <div className="screen-body">
        {board.error !== undefined && !board.data ? (
          <EmptyState title="The leaderboard could not be loaded" tone="error" actions={<button className="btn" onClick={board.refetch}>Try again</button>}>
            {errorMessage(board.error)}
          </EmptyState>
        ) : !board.data || problem ? null : (
          <div className="page page-wide leaderboard">
            <p className="muted">From {span}.</p>
            <section className="section" aria-labelledby="recruiters-title">
              <h2 id="recruiters-title">Recruiters</h2>
              {board.data.recruiters.length === 0 ? (
                <p className="muted">Nobody who joined in this period has a recruiter recorded. Set “Recruited by” on a member’s profile, or import it.</p>
              ) : (
                <table className="plain-table board-table">
                  <caption className="visually-hidden">Recruiters</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        #
                      </th>
                      <th scope="col">Member</th>
                      <th scope="col" className="num">
                        New members recruited
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.data.recruiters.map((r, i) => (
                      <tr key={r.member.id}>
                        <td className="num">{i + 1}</td>
                        <td>{member(r.member)}</td>
                        <td className="num">{formatCount(r.recruits)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="section" aria-labelledby="fundraisers-title">
              <h2 id="fundraisers-title">Fundraisers</h2>
              {board.data.fundraisers.length === 0 ? (
                <p className="muted">Nothing was paid or done in this period.</p>
              ) : (
                board.data.fundraisers.map((list) => {
                  const unit = { kind: list.kind, currency: list.currency };
                  const name = `Fundraisers, ${list.kind === 'money' ? list.currency : list.kind}`;
                  return (
                    <table key={name} className="plain-table board-table">
                      <caption>{name}</caption>
                      <thead>
                        <tr>
                          <th scope="col" className="num">
                            #
                          </th>
                          <th scope="col">Member</th>
                          <th scope="col" className="num">
                            {list.kind === 'money' ? 'Paid' : 'Done'}
                          </th>
                          <th scope="col" className="num">
                            Payments
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.entries.map((e, i) => (
                          <tr key={e.member.id}>
                            <td className="num">{i + 1}</td>
                            <td>{member(e.member)}</td>
                            <td className="num">{formatAmount(e.amount, unit)}</td>
                            <td className="num">{formatCount(e.payments)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  );
                })
              )}
            </section>
          </div>
        )}
      </div>
    </section>
  );
}
