// The three numbers that matter before an import: how many members will be created, updated and
// rejected.
import type { ImportPreview } from '../../../../shared/contract/members';
import { formatCount } from '../../locale/format';

export function PreviewCounts({ preview, busy }: { preview: Pick<ImportPreview, 'created' | 'updated' | 'rejected'>; busy?: boolean }) {
  return (
    <dl className={`counts ${busy ? 'is-busy' : ''}`} aria-busy={busy || undefined} aria-label="Import counts">
      <div>
        <dt>To create</dt>
        <dd>{formatCount(preview.created)}</dd>
      </div>
      <div>
        <dt>To update</dt>
        <dd>{formatCount(preview.updated)}</dd>
      </div>
      <div className={preview.rejected.length > 0 ? 'is-bad' : ''}>
        <dt>Rejected</dt>
        <dd>{formatCount(preview.rejected.length)}</dd>
      </div>
    </dl>
  );
}
