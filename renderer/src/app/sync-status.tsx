// The status line's word on sync: whether this computer's changes have reached its hubs. It reads
// `sync.status`, refreshed whenever the core reports a change to sync or to the rows it carries.
import type { SyncStatus } from '../../../shared/contract/sync';
import { useQuery } from '../data/use-query';
import { countOf, formatMoment } from '../locale/format';

export function describeSync(status: SyncStatus): { text: string; tone: 'ok' | 'busy' | 'down' | 'off' } {
  if (status.hubs.length === 0) return { text: 'Sync not set up', tone: 'off' };
  const waiting = status.pending > 0 ? countOf(status.pending, 'change', 'changes') + ' waiting to sync' : null;
  const refused = status.rejected > 0 ? ` · ${countOf(status.rejected, 'change', 'changes')} refused by a hub` : '';
  const down = status.hubs.filter((h) => !h.connected);
  if (down.length === status.hubs.length) {
    const last = status.hubs.map((h) => h.lastSyncAt).filter((t): t is string => t !== null).sort().pop();
    const since = last ? `last synced ${formatMoment(last)}` : 'not synced yet';
    return { text: `Offline — ${waiting ?? since}${refused}`, tone: 'down' };
  }
  if (waiting) return { text: `${waiting}${refused}`, tone: 'busy' };
  return { text: `In sync${refused}`, tone: 'ok' };
}

export function SyncStatusText() {
  const status = useQuery('sync.status', {}, { tables: ['sync', 'members', 'chapters'] });
  if (!status.data) return null;
  const { text, tone } = describeSync(status.data);
  return (
    <span className={`sync-status sync-${tone}`} title={status.data.hubs.map((h) => `${h.url}${h.lastError ? `: ${h.lastError}` : ''}`).join('\n') || undefined}>
      {text}
    </span>
  );
}
