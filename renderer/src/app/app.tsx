// The top of the React tree: providers, then the session gate. First start (no chapter yet) shows
// the setup form; otherwise the shell with the Members screen.
import { CoreProvider, useConnectionState } from '../data/core-context';
import type { Connection } from '../client/connection';
import { useQuery } from '../data/use-query';
import { errorMessage } from '../data/call-errors';
import { ToastProvider } from '../components/toasts';
import { EmptyState } from '../components/empty-state';
import { SetupScreen } from '../screens/setup/setup-screen';
import { ConnectionLost } from './connection-lost';
import { RouteProvider } from './routes';
import { Shell } from './shell';

export function App({ connection }: { connection: Connection }) {
  return (
    <CoreProvider connection={connection}>
      <ToastProvider>
        <SessionGate />
        <ConnectionLost />
      </ToastProvider>
    </CoreProvider>
  );
}

function SessionGate() {
  const connection = useConnectionState();
  const session = useQuery('session.get', {}, { tables: ['chapters', 'session'] });
  if (!session.data) {
    // Local reads answer in milliseconds: show nothing rather than a spinner that would only flash.
    if (session.error && connection.kind === 'open') {
      return (
        <EmptyState title="The app could not start" tone="error" actions={<button className="btn" onClick={session.refetch}>Try again</button>}>
          {errorMessage(session.error)}
        </EmptyState>
      );
    }
    return null;
  }
  if (session.data.needsSetup || !session.data.current) return <SetupScreen onDone={session.setData} />;
  return (
    <RouteProvider>
      <Shell session={session.data} />
    </RouteProvider>
  );
}
