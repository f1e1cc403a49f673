// Rejected rows with their line in the file and the reason, so each can be found and fixed.
import type { RejectedRow } from '../../../../shared/contract/members';
import { formatCount } from '../../locale/format';

const SHOWN = 500;

export function RejectedTable({ rows, caption }: { rows: RejectedRow[]; caption: string }) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="plain-table rejected-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row, i) => (
            <tr key={`${row.line}-${i}`}>
              <td className="num">{formatCount(row.line)}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="muted table-note">And {formatCount(rows.length - SHOWN)} more: download the report for every row.</p>}
    </div>
  );
}
