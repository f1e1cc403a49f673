// Step 3: what the import will do, row by row for the first rows, and every row it will reject.
import { countOf, formatCount } from '../../locale/format';
import { useImportSession } from './import-session';
import { PreviewCounts } from './preview-counts';
import { RejectedTable } from './rejected-table';

export function ReviewStep() {
  const session = useImportSession();
  if (session.state.step !== 'review') return null;
  const { preview } = session.state;
  const writes = preview.created + preview.updated;
  return (
    <div className="stack import-step">
      <PreviewCounts preview={preview} busy={session.busy} />
      {preview.sample.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table">
            <caption>The first rows, as they will be saved</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Action</th>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Phone</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row) => (
                <tr key={row.line}>
                  <td className="num">{formatCount(row.line)}</td>
                  <td>
                    <span className={`badge ${row.action === 'create' ? 'badge-member' : ''}`}>{row.action === 'create' ? 'Create' : 'Update'}</span>
                  </td>
                  <td>{`${row.firstName} ${row.lastName}`.trim()}</td>
                  <td>{row.email}</td>
                  <td>{row.phone}</td>
                  <td>{row.tags.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RejectedTable rows={preview.rejected} caption={`${countOf(preview.rejected.length, 'row', 'rows')} will be left out`} />
      {session.error && (
        <p className="notice notice-error" role="alert">
          {session.error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => session.goTo('map')}>
          Back
        </button>
        <button type="button" className="btn btn-primary" disabled={writes === 0 || session.busy} onClick={() => void session.runImport()}>
          {writes === 0 ? 'Nothing to import' : `Import ${formatCount(writes)} ${writes === 1 ? 'member' : 'members'}`}
        </button>
      </div>
    </div>
  );
}
