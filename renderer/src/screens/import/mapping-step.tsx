// Step 2: where each column of the file goes. Changing a choice asks the core for a new preview,
// so the counts below always describe the mapping on screen.
import { targetChoices } from './import-targets';
import { useImportSession } from './import-session';
import { PreviewCounts } from './preview-counts';

const formatNames = { actionnetwork: 'an Action Network export', nationbuilder: 'a NationBuilder export', spreadsheet: 'a spreadsheet' } as const;

export function MappingStep() {
  const session = useImportSession();
  if (session.state.step !== 'map') return null;
  const { preview, mapping } = session.state;
  return (
    <div className="stack import-step">
      <p className="muted">
        Read as {formatNames[preview.format]} ({preview.encoding}). Columns the app does not know become custom fields; choose “Don’t import” to leave one
        out.
      </p>
      <table className="plain-table mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, i) => {
            const target = mapping[i] ?? 'ignore';
            return (
              <tr key={`${i}-${header}`}>
                <th scope="row" className="mono">
                  {header || <span className="faint">(no name)</span>}
                </th>
                <td>
                  <select aria-label={`Import column “${header}” as`} value={target} onChange={(e) => session.setTarget(i, e.target.value)}>
                    {targetChoices(header, target).map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PreviewCounts preview={preview} busy={session.busy} />
      {session.error && (
        <p className="notice notice-error" role="alert">
          {session.error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => session.goTo('choose')}>
          Back
        </button>
        <button type="button" className="btn btn-primary" disabled={session.busy} onClick={() => session.goTo('review')}>
          Continue
        </button>
      </div>
    </div>
  );
}
