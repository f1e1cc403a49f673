/**
 * Import: a CSV from Action Network, NationBuilder or a spreadsheet, in four steps.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Import members"; list "Steps" (the current one has aria-current="step")
 *   1. file input "CSV file" (or drop a file on the drop zone), combobox "Format"
 *      ("Detect automatically", "Action Network export", "NationBuilder export",
 *      "Spreadsheet (any columns)"), button "Preview"; a file problem shows as one alert
 *   2. one combobox per column, "Import column “HEADER” as"; counts "To create", "To update",
 *      "Rejected"; buttons "Back", "Continue"
 *   3. counts, table "The first rows, as they will be saved", table "N rows will be left out"
 *      (line, reason); buttons "Back", "Import N members"
 *   4. progressbar "Import progress"; then heading "Import finished", table "Rejected rows",
 *      buttons "Download report" (when rows were rejected), "Import another file", "Show members"
 */
import { useImportSession, type WizardState } from './import-session';
import { FileStep } from './file-step';
import { MappingStep } from './mapping-step';
import { ReviewStep } from './review-step';
import { RunStep } from './run-step';

const steps = [
  { label: 'Choose file', of: ['choose'] },
  { label: 'Map columns', of: ['map'] },
  { label: 'Review', of: ['review'] },
  { label: 'Import', of: ['running', 'done'] },
] as const;

function stepIndex(state: WizardState): number {
  return steps.findIndex((s) => (s.of as readonly string[]).includes(state.step));
}

export function ImportScreen() {
  const session = useImportSession();
  const current = stepIndex(session.state);
  return (
    <section className="screen" aria-labelledby="import-title">
      <header className="screen-header">
        <h1 id="import-title" tabIndex={-1} data-screen-title>
          Import members
        </h1>
        <ol className="stepper" aria-label="Steps">
          {steps.map((step, i) => (
            <li key={step.label} aria-current={i === current ? 'step' : undefined} className={i < current ? 'is-done' : i === current ? 'is-current' : ''}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {step.label}
            </li>
          ))}
        </ol>
      </header>
      <div className="screen-body">
        <div className="page">
          {session.state.step === 'choose' && <FileStep />}
          {session.state.step === 'map' && <MappingStep />}
          {session.state.step === 'review' && <ReviewStep />}
          {(session.state.step === 'running' || session.state.step === 'done') && <RunStep />}
        </div>
      </div>
    </section>
  );
}
