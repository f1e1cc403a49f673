// When the browser host's link to the core drops, the whole window says so at once (never a spinner
// that hangs): what happened, and the one thing to do. A reconnect is tried in the background.
import { useConnectionState } from '../data/core-context';

export function ConnectionLost() {
  const state = useConnectionState();
  if (state.kind !== 'lost') return null;
  return (
    <div className="connection-lost" role="alertdialog" aria-modal="true" aria-labelledby="connection-lost-title" aria-describedby="connection-lost-text">
      <div className="centered-card">
        <h1 id="connection-lost-title">{state.title}</h1>
        <p id="connection-lost-text" className="lede">
          {state.message}
        </p>
        <p className="lede">Everything saved before this moment is safe on this computer.</p>
        <div className="row-actions">
          <button type="button" className="btn btn-primary" autoFocus onClick={() => window.location.reload()}>
            Reload
          </button>
          {state.retrying && (
            <span className="muted" role="status">
              Trying to reconnect…
            </span>
          )}
        </div>
      </div>
    </div>
  );
}
