// Every round of a ranked-choice count as a small table: first preferences per option per round,
// the round each option went out in, and the ballots exhausted along the way.
import type { InstantRunoffRound } from '../../../shared/proposals/tally-result';
import { roundsTable } from './vote-tally-view';

export function VoteRoundsTable({ rounds, winner, order }: { rounds: readonly InstantRunoffRound[]; winner: string | null; order?: readonly string[] }) {
  if (rounds.length === 0) return null;
  const table = roundsTable(rounds, order);
  return (
    <div className="rounds">
      <table className="plain-table rounds-table">
        <caption>Rounds of the count</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {rounds.map((_, i) => (
              <th key={i} scope="col" className="num">
                Round {i + 1}
              </th>
            ))}
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.option} className={row.option === winner ? 'is-winner' : undefined}>
              <th scope="row">{row.option}</th>
              {row.counts.map((n, i) => (
                <td key={i} className="num">
                  {n === null ? <span className="faint" aria-label="out">—</span> : n}
                </td>
              ))}
              <td>{row.option === winner ? 'Wins' : row.outIn !== null ? `Out in round ${row.outIn}` : ''}</td>
            </tr>
          ))}
          {table.exhausted.some((n) => n > 0) && (
            <tr className="muted">
              <th scope="row">Exhausted ballots</th>
              {table.exhausted.map((n, i) => (
                <td key={i} className="num">
                  {n}
                </td>
              ))}
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
