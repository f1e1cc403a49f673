// The status line's word on sync: whether this computer's changes have reached its hubs, in one of
// five phrases a person can read at a glance. It reads `sync.status`, refreshed whenever the core
// reports a change to sync or to the rows it carries; a click opens the Sync screen.
import type { HubState, SyncStatus } from '../../../shared/contract/sync';
import { useQuery } from '../data/use-query';
import { countOf, formatMoment } from '../locale/format';
import { useRoute } from './routes';

export type SyncTone = 'ok' | 'busy' | 'waiting' | 'down' | 'off';

/** Coordinators read headquarters reports; only chapter links carry this computer's changes. */
function syncsRows(hub: HubState): boolean {
  return hub.chapterId !== null && hub.role !== 'coordinator';
}

export function describeSync(status: SyncStatus): { text: string; tone: SyncTone } {
  const hubs = status.hubs.filter(syncsRows);
  if (hubs.length === 0) return { text: 'Sync not set up', tone: 'off' };
  const connected = hubs.filter((h) => h.connected);
  if (connected.length === 0) {
    const text = status.pending > 0 ? `Offline — ${countOf(status.pending, 'change', 'changes')} saved on this computer` : 'Offline — no changes waiting';
    return { text, tone: 'down' };
  }
  // A connected hub with changes still to acknowledge is receiving them right now, unless it
  // reported a problem (then they wait, like those for a hub that is not connected).
  if (connected.some((h) => h.pending > 0 && !h.lastError)) return { text: 'Syncing…', tone: 'busy' };
  if (status.pending > 0) return { text: `${countOf(status.pending, 'change', 'changes')} waiting to sync`, tone: 'waiting' };
  return { text: 'In sync', tone: 'ok' };
}

/** The tooltip: each hub, and its problem if it has one. */
function describeHubs(status: SyncStatus): string | undefined {
  const lines = status.hubs.map((h) => {
    const state = h.connected ? 'connected' : 'not connected';
    const last = h.lastSyncAt ? `, last synced ${formatMoment(h.lastSyncAt)}` : '';
    return `${h.url}: ${state}${last}${h.lastError ? ` (${h.lastError})` : ''}`;
  });
  return lines.length > 0 ? lines.join('\n') : undefined;
}

export function SyncStatusButton() {
  const status = useQuery('sync.status', {}, { tables: ['sync', 'members', 'chapters'] });
  const { route, navigate } = useRoute();
  if (!status.data) return null;
  const { text, tone } = describeSync(status.data);
  const open = () => navigate({ screen: 'sync' });
  const onSync = route.screen === 'sync';
  return (
    <>
      {status.data.rejected > 0 && (
        <button type="button" className="statusline-button sync-refused" onClick={open} aria-current={onSync ? 'page' : undefined}>
          {countOf(status.data.rejected, 'change', 'changes')} refused by a hub
        </button>
      )}
      <button type="button" className={`statusline-button sync-status sync-${tone}`} title={describeHubs(status.data)} onClick={open} aria-current={onSync ? 'page' : undefined}>
        <span className={`status-dot sync-dot-${tone}`} aria-hidden="true" />
        {text}
      </button>
    </>
  );
}
