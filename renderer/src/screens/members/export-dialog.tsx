// Export the roster as CSV: everyone or the current search, in our own shape or the shape Action
// Network or NationBuilder import. The core writes the CSV; this saves it.
import { useState } from 'react';
import type { ExportFormat } from '../../../../shared/contract/members';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { downloadText } from '../../data/download';
import { countOf, formatCount } from '../../locale/format';
import type { MembersView } from './members-view-state';

const formats: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'ours', label: 'Chapterhouse CSV', hint: 'Every field, including custom fields. Imports back here unchanged.' },
  { value: 'actionnetwork', label: 'Action Network CSV', hint: 'The columns Action Network’s importer expects.' },
  { value: 'nationbuilder', label: 'NationBuilder CSV', hint: 'The columns NationBuilder’s importer expects.' },
];

interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  view: MembersView;
  allCount: number | null;
  matchingCount: number | null;
}

export function ExportDialog({ open, onClose, view, allCount, matchingCount }: ExportDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const filtered = view.text.trim() !== '' || view.tag !== undefined || view.status !== undefined;
  const [scope, setScope] = useState<'all' | 'search'>(filtered ? 'search' : 'all');
  const [format, setFormat] = useState<ExportFormat>('ours');
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      const search = scope === 'search' && filtered ? { query: view.text.trim(), tag: view.tag, status: view.status } : undefined;
      const result = await api.call('members.export', { format, search });
      downloadText(result.fileName, result.csv);
      toasts.success(`Exported ${countOf(result.count, 'member', 'members')} to ${result.fileName}`);
      onClose();
    } catch (error) {
      toasts.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={onClose} title="Export members">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="choice-group">
          <legend>Which members</legend>
          <label className="choice">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            <span>All members{allCount !== null && <span className="muted"> ({formatCount(allCount)})</span>}</span>
          </label>
          <label className={`choice ${filtered ? '' : 'is-disabled'}`}>
            <input type="radio" name="scope" disabled={!filtered} checked={scope === 'search'} onChange={() => setScope('search')} />
            <span>
              Members matching the current search
              {filtered && matchingCount !== null && <span className="muted"> ({formatCount(matchingCount)})</span>}
            </span>
          </label>
        </fieldset>
        <fieldset className="choice-group">
          <legend>Format</legend>
          {formats.map((f) => (
            <label key={f.value} className="choice">
              <input type="radio" name="format" checked={format === f.value} onChange={() => setFormat(f.value)} />
              <span>
                {f.label}
                <span className="choice-hint">{f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Download CSV'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
