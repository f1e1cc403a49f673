// The line at the bottom of the window: whether what was typed is saved, long work running in the
// background (an import), and whether this computer's changes have reached its hubs (a button that
// opens the Sync screen).
import { useConnectionState, useWritesInFlight } from '../data/core-context';
import { formatPercent } from '../locale/format';
import { useImportSession } from '../screens/import/import-session';
import { useRoute } from './routes';
import { SyncStatusButton } from './sync-status';

export function StatusLine() {
  const connection = useConnectionState();
  const writes = useWritesInFlight();
  const importing = useImportSession();
  const { route, navigate } = useRoute();

  let saved: { dot: string; text: string };
  if (connection.kind === 'lost') saved = { dot: 'is-down', text: "The app's core stopped" };
  else if (connection.kind === 'connecting') saved = { dot: 'is-busy', text: 'Connecting…' };
  else if (writes > 0) saved = { dot: 'is-busy', text: 'Saving…' };
  else saved = { dot: '', text: 'Saved on this computer' };

  const progress = importing.state.step === 'running' ? importing.state.progress : null;
  return (
    <footer className="statusline">
      <span role="status">
        <span className={`status-dot ${saved.dot}`} aria-hidden="true" />
        {saved.text}
      </span>
      {progress && route.screen !== 'import' && (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => navigate({ screen: 'import' })}>
          Importing members… {progress.total > 0 ? formatPercent(progress.done / progress.total) : ''}
        </button>
      )}
      <span className="spacer" />
      <SyncStatusButton />
    </footer>
  );
}
