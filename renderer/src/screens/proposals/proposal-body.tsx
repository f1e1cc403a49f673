// The proposal's text, co-edited live: the body's document replica (room `<chapter>/proposal/<id>`)
// bound to the collaborative editor, with this organiser's name and this device's colour on the
// caret. The editor appears once the core's state is in the replica, so an empty editor never
// writes a stray first paragraph over a text that was about to arrive.
import { useMemo } from 'react';
import { useChapter, useSession } from '../../app/session-context';
import { CollaborativeEditor } from '../../components/editor-collaborative';
import { errorMessage } from '../../data/call-errors';
import { caretColour } from './proposal-words';
import { useDocReplica } from './use-doc-replica';

export function ProposalBody({ proposalId }: { proposalId: string }) {
  const chapter = useChapter();
  const session = useSession();
  const replica = useDocReplica(`${chapter.id}/proposal/${proposalId}`);
  const name = session.device.organiserName ?? 'An organiser';
  const user = useMemo(() => ({ name, color: caretColour(session.device.deviceId) }), [name, session.device.deviceId]);

  if (replica.kind === 'failed') {
    return (
      <section className="editor" role="region" aria-label="Proposal text">
        <div className="notice notice-error" role="alert">
          The text could not be opened: {errorMessage(replica.error)}{' '}
          <button type="button" className="btn btn-small" onClick={replica.retry}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  if (replica.kind === 'opening') return <section className="editor editor-opening" role="region" aria-label="Proposal text" aria-busy="true" />;
  return <CollaborativeEditor key={replica.replica.room} replica={replica.replica} label="Proposal text" user={user} placeholder="Write the proposal: what, why, how, and what it costs." />;
}
