// Changes a hub refused (an observer's edits, a clock far ahead, a chapter the token does not
// cover): what, why and when. The core has already put the hub's values back, so the screen says
// plainly that what the person sees now is the hub's version.
import type { HubState } from '../../../../shared/contract/sync';
import { useRoute } from '../../app/routes';
import { memberName } from '../../components/member-name';
import { capitalise, errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { formatMoment } from '../../locale/format';
import { describeRefusedRow } from './sync-words';

export function RefusedChanges({ hubs }: { hubs: HubState[] }) {
  const { navigate } = useRoute();
  const rejections = useQuery('sync.rejections', {}, { tables: ['sync'] });
  const hubUrl = (id: string) => hubs.find((h) => h.id === id)?.url ?? 'a hub this computer has left';
  return (
    <section className="section" aria-labelledby="refused-title">
      <h2 id="refused-title">Changes a hub refused</h2>
      <p className="section-text">
        A hub refused these changes, so this computer put back the hub’s values for them: what you see now is what the hub holds. Make a change again
        if it is still needed and you may make it, or ask the hub’s organiser about the reason.
      </p>
      {rejections.error !== undefined && !rejections.data && (
        <p className="notice notice-error" role="alert">
          {errorMessage(rejections.error)}
        </p>
      )}
      {rejections.data && rejections.data.length > 0 && (
        <div className="table-scroll">
          <table className="plain-table refused-table">
            <caption className="visually-hidden">Changes a hub refused</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Why</th>
                <th scope="col">When</th>
                <th scope="col">Hub</th>
              </tr>
            </thead>
            <tbody>
              {rejections.data.map((r) => (
                <tr key={`${r.hubId} ${r.messageId}`}>
                  <td>
                    {r.table === 'members' ? (
                      <a href="#member" onClick={(e) => { e.preventDefault(); navigate({ screen: 'member', id: r.rowId }); }}>
                        <RefusedMemberName id={r.rowId} />
                      </a>
                    ) : (
                      describeRefusedRow(r.table, r.rowId)
                    )}
                  </td>
                  <td>{capitalise(r.reason)}</td>
                  <td>
                    <time dateTime={r.rejectedAt}>{formatMoment(r.rejectedAt)}</time>
                  </td>
                  <td className="mono">{hubUrl(r.hubId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Maya Lopez", once the member is read (a local read: it answers at once); the short id until then. */
function RefusedMemberName({ id }: { id: string }) {
  const member = useQuery('members.get', { id }, { tables: ['members'] });
  return <>{member.data ? `The member ${memberName(member.data)}` : describeRefusedRow('members', id)}</>;
}
