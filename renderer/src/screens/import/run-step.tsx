// Step 4: the import running (a progress bar fed by `import.progress`), then its report with the
// rejected rows and a CSV of them to fix and re-import.
import { useRoute } from '../../app/routes';
import { ProgressBar } from '../../components/progress-bar';
import { downloadText } from '../../data/download';
import { countOf, formatCount } from '../../locale/format';
import { useImportSession, type Progress } from './import-session';
import { rejectedRowsCsv, reportFileName } from './rejected-report';
import { RejectedTable } from './rejected-table';

const phaseText: Record<Progress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  writing: 'Saving members',
  done: 'Finishing',
};

export function RunStep() {
  const session = useImportSession();
  const { navigate } = useRoute();
  const { state } = session;

  if (state.step === 'running') {
    const progress = state.progress;
    const text = progress ? `${phaseText[progress.phase]}: ${formatCount(progress.done)} of ${formatCount(progress.total)}` : 'Starting…';
    return (
      <div className="stack import-step">
        <p aria-live="polite">{text}</p>
        <ProgressBar label="Import progress" done={progress?.done ?? 0} total={progress && progress.total > 0 ? progress.total : null} valueText={text} />
        <p className="muted">You can keep working: the import carries on in the background and the status line shows how far it is.</p>
      </div>
    );
  }
  if (state.step !== 'done') return null;

  const { result } = state;
  const fileName = session.file?.name ?? 'import.csv';
  return (
    <div className="stack import-step">
      <div role="status">
        <h2>Import finished</h2>
        <p>
          {countOf(result.created, 'member', 'members')} created, {formatCount(result.updated)} updated, {formatCount(result.rejected.length)} rejected.
        </p>
      </div>
      <RejectedTable rows={result.rejected} caption="Rejected rows" />
      <div className="form-actions">
        {result.rejected.length > 0 && (
          <button type="button" className="btn" onClick={() => downloadText(reportFileName(fileName), rejectedRowsCsv(result.rejected))}>
            Download report
          </button>
        )}
        <button type="button" className="btn" onClick={session.reset}>
          Import another file
        </button>
        <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'members' })}>
          Show members
        </button>
      </div>
    </div>
  );
}
