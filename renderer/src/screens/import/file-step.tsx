// Step 1: choose or drop a CSV file and say where it came from (or let the app tell).
import { useState, type DragEvent } from 'react';
import { Field } from '../../components/field';
import { formatBytes } from '../../locale/format';
import { useImportSession, type FormatChoice } from './import-session';

const formatChoices: { value: FormatChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'actionnetwork', label: 'Action Network export' },
  { value: 'nationbuilder', label: 'NationBuilder export' },
  { value: 'spreadsheet', label: 'Spreadsheet (any columns)' },
];

export function FileStep() {
  const session = useImportSession();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void session.chooseFile(dropped);
  }

  return (
    <form
      className="stack import-step"
      onSubmit={(e) => {
        e.preventDefault();
        void session.preview();
      }}
    >
      <label
        className={`dropzone ${dragging ? 'is-dragging' : ''} ${session.file ? 'has-file' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          className="visually-hidden"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-label="CSV file"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) void session.chooseFile(chosen);
            e.target.value = '';
          }}
        />
        {session.file ? (
          <>
            <strong>{session.file.name}</strong>
            <span className="muted">{formatBytes(session.file.size)} · drop another file or click to choose a different one</span>
          </>
        ) : (
          <>
            <strong>Drop a CSV file here, or click to choose one</strong>
            <span className="muted">Exports from Action Network or NationBuilder, or any spreadsheet saved as CSV</span>
          </>
        )}
      </label>
      <Field label="Format" hint="Which tool the file came from decides how its columns are read.">
        <select value={session.format} onChange={(e) => session.setFormat(e.target.value as FormatChoice)}>
          {formatChoices.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
      {session.error && (
        <p className="notice notice-error" role="alert">
          {session.error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!session.file || session.busy}>
          {session.busy ? 'Reading the file…' : 'Preview'}
        </button>
      </div>
    </form>
  );
}
