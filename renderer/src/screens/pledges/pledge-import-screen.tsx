/**
 * Import pledges from a CSV, with the same care as the members import: a preview first (what each
 * column is read as, the first rows as they will be saved, and every rejected row with its line and
 * reason), then all or nothing: a file with any rejected row imports nothing, so it is fixed and
 * chosen again. Progress shows while a large file is checked and written.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Import pledges"; breadcrumb link "All pledges"
 *   file input "CSV file of pledges"; button "Preview"; a file problem shows as one alert
 *   counts "Import counts": "To create", "Already recorded", "Rejected"
 *   table "Columns", table "The first rows, as they will be saved", table "N rows need fixing"
 *   buttons "Download report", "Choose another file", "Import N pledges" (disabled while any row is rejected)
 *   progressbar "Import progress"; then status "Imported N pledges", button "Show pledges"
 */
import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import type { EventPayload } from '../../../../shared/contract/events';
import { useRoute } from '../../app/routes';
import { ProgressBar } from '../../components/progress-bar';
import { errorMessage } from '../../data/call-errors';
import { useApi, useQueryClient } from '../../data/core-context';
import { downloadText } from '../../data/download';
import { formatAmount } from '../../locale/amounts';
import { countOf, formatBytes, formatCount, formatDay } from '../../locale/format';
import { readChosenFile, type ChosenFile } from '../import/read-file';
import { rejectedRowsCsv, reportFileName } from '../import/rejected-report';
import { RejectedTable } from '../import/rejected-table';
import { columnLabel, examplePledgeCsv } from './pledge-import-words';
import { recurrenceLabels } from './pledge-words';

type Preview = MethodOutput<'pledges.importPreview'>;
type Stage = { step: 'choose' } | { step: 'review'; preview: Preview } | { step: 'running'; preview: Preview } | { step: 'done'; created: number; unchanged: number };
type Progress = EventPayload<'import.progress'>;

const phaseText: Record<Progress['phase'], string> = { reading: 'Reading the file', checking: 'Checking rows', writing: 'Saving pledges', done: 'Finishing' };

function newImportId(): string {
  return `pledges-${crypto.randomUUID()}`;
}

export function PledgeImportScreen() {
  const { navigate } = useRoute();
  const api = useApi();
  const client = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const importId = useRef(newImportId());

  useEffect(() => api.on('import.progress', (p) => (p.importId === importId.current ? setProgress(p) : undefined)), [api]);

  async function choose(chosen: File) {
    setError(null);
    setStage({ step: 'choose' });
    try {
      setFile(await readChosenFile(chosen));
    } catch (e) {
      setFile(null);
      setError(errorMessage(e));
    }
  }

  async function preview() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress(null);
    importId.current = newImportId();
    try {
      const answer = await api.call('pledges.importPreview', { fileName: file.name, contentBase64: file.contentBase64, importId: importId.current });
      setStage({ step: 'review', preview: answer });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function runImport() {
    if (!file || stage.step !== 'review') return;
    const shown = stage.preview;
    setStage({ step: 'running', preview: shown });
    setError(null);
    setProgress(null);
    importId.current = newImportId();
    try {
      const result = await client.write(() => api.call('pledges.import', { fileName: file.name, contentBase64: file.contentBase64, importId: importId.current }));
      setStage({ step: 'done', created: result.created, unchanged: result.unchanged });
    } catch (e) {
      // All or nothing: a refusal (rows that stopped reading as pledges since the preview, say a
      // member deleted meanwhile) names every line; nothing was written.
      setError(errorMessage(e));
      setStage({ step: 'review', preview: shown });
    }
  }

  function reset() {
    setFile(null);
    setStage({ step: 'choose' });
    setError(null);
  }

  const progressText = progress ? `${phaseText[progress.phase]}: ${formatCount(progress.done)} of ${formatCount(progress.total)}` : 'Starting…';
  return (
    <section className="screen" aria-labelledby="pledge-import-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#pledges-list" onClick={(e) => (e.preventDefault(), navigate({ screen: 'pledges-list' }))}>
            All pledges
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="pledge-import-title" tabIndex={-1} data-screen-title>
            Import pledges
          </h1>
        </nav>
      </header>
      <div className="screen-body">
        <div className="page">
          {(stage.step === 'choose' || stage.step === 'review') && (
            <form
              className="stack import-step"
              onSubmit={(e) => {
                e.preventDefault();
                void preview();
              }}
            >
              <label className={`dropzone ${file ? 'has-file' : ''}`} onDragOver={(e) => e.preventDefault()} onDrop={(e) => (e.preventDefault(), e.dataTransfer.files[0] && void choose(e.dataTransfer.files[0]))}>
                <input
                  type="file"
                  className="visually-hidden"
                  accept=".csv,.tsv,.txt,text/csv,text/plain"
                  aria-label="CSV file of pledges"
                  onChange={(e) => {
                    const chosen = e.target.files?.[0];
                    if (chosen) void choose(chosen);
                    e.target.value = '';
                  }}
                />
                {file ? (
                  <>
                    <strong>{file.name}</strong>
                    <span className="muted">{formatBytes(file.size)} · drop another file or click to choose a different one</span>
                  </>
                ) : (
                  <>
                    <strong>Drop a CSV file of pledges here, or click to choose one</strong>
                    <span className="muted">One pledge a line, with the member’s e-mail (or ID) and the amount; our own export imports again as it is</span>
                  </>
                )}
              </label>
              {stage.step === 'choose' && (
                <details className="import-help">
                  <summary>What the file should look like</summary>
                  <pre className="mono">{examplePledgeCsv}</pre>
                  <p className="muted">
                    Known columns: member e-mail or ID, campaign (name or ID), kind (money, hours, actions), amount, currency, recurrence (once, weekly,
                    monthly), start date, note. Others are left out.
                  </p>
                </details>
              )}
              {busy && <ProgressBar label="Checking progress" done={progress?.done ?? 0} total={progress && progress.total > 0 ? progress.total : null} valueText={progressText} />}
              {error && (
                <p className="notice notice-error" role="alert">
                  {error}
                </p>
              )}
              {stage.step === 'choose' && (
                <div className="form-actions">
                  <button type="submit" className="btn btn-primary" disabled={!file || busy}>
                    {busy ? 'Reading the file…' : 'Preview'}
                  </button>
                </div>
              )}
            </form>
          )}
          {stage.step === 'review' && file && <Review preview={stage.preview} fileName={file.name} onImport={() => void runImport()} onAgain={reset} onRecheck={() => void preview()} busy={busy} />}
          {stage.step === 'running' && (
            <div className="stack import-step">
              <p aria-live="polite">{progressText}</p>
              <ProgressBar label="Import progress" done={progress?.done ?? 0} total={progress && progress.total > 0 ? progress.total : null} valueText={progressText} />
            </div>
          )}
          {stage.step === 'done' && (
            <div className="stack import-step">
              <div role="status">
                <h2>Imported {countOf(stage.created, 'pledge', 'pledges')}</h2>
                {stage.unchanged > 0 && <p>{countOf(stage.unchanged, 'row was', 'rows were')} already recorded and left as they were.</p>}
              </div>
              <div className="form-actions">
                <button type="button" className="btn" onClick={reset}>
                  Import another file
                </button>
                <button type="button" className="btn btn-primary" onClick={() => navigate({ screen: 'pledges-list' })}>
                  Show pledges
                </button>
              </div>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function Review({ preview, fileName, busy, onImport, onAgain, onRecheck }: { preview: Preview; fileName: string; busy: boolean; onImport(): void; onAgain(): void; onRecheck(): void }) {
  const rejected = preview.rejected.length;
  return (
    <div className="stack import-step">
      <dl className="counts" aria-label="Import counts">
        <div>
          <dt>To create</dt>
          <dd>{formatCount(preview.toCreate)}</dd>
        </div>
        <div>
          <dt>Already recorded</dt>
          <dd>{formatCount(preview.unchanged)}</dd>
        </div>
        <div className={rejected > 0 ? 'is-bad' : ''}>
          <dt>Rejected</dt>
          <dd>{formatCount(rejected)}</dd>
        </div>
      </dl>
      {rejected > 0 && (
        <p className="notice notice-error" role="alert">
          {countOf(rejected, 'row needs', 'rows need')} fixing. Nothing is imported until every row reads as a pledge: fix {rejected === 1 ? 'it' : 'them'} in the file
          (the report lists each line and why), then choose the file again.
        </p>
      )}
      <RejectedTable rows={preview.rejected} caption={`${countOf(rejected, 'row needs', 'rows need')} fixing`} />
      <div className="table-scroll">
        <table className="plain-table">
          <caption>Columns</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, i) => (
              <tr key={`${i}-${header}`}>
                <th scope="row" className="mono">
                  {header || <span className="faint">(no name)</span>}
                </th>
                <td className={preview.columns[i] ? '' : 'muted'}>{columnLabel(preview.columns[i] ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.sample.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table">
            <caption>The first rows, as they will be saved</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Member</th>
                <th scope="col">To</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">How often</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row) => (
                <tr key={row.line}>
                  <td className="num">{formatCount(row.line)}</td>
                  <td>{row.member.name}</td>
                  <td>{row.campaignName ?? 'The chapter'}</td>
                  <td className="num">{formatAmount(row.amount, row)}</td>
                  <td>{recurrenceLabels[row.recurrence]}</td>
                  <td>{formatDay(row.startOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        {rejected > 0 && (
          <button type="button" className="btn" onClick={() => downloadText(reportFileName(fileName), rejectedRowsCsv(preview.rejected))}>
            Download report
          </button>
        )}
        <button type="button" className="btn" onClick={onAgain}>
          Choose another file
        </button>
        <button type="button" className="btn" onClick={onRecheck} disabled={busy}>
          Check again
        </button>
        <button type="button" className="btn btn-primary" disabled={rejected > 0 || preview.toCreate === 0 || busy} onClick={onImport}>
          {rejected > 0 ? 'Fix the rejected rows to import' : preview.toCreate === 0 ? 'Nothing new to import' : `Import ${countOf(preview.toCreate, 'pledge', 'pledges')}`}
        </button>
      </div>
    </div>
  );
}
