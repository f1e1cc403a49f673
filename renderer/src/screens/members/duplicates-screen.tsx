/**
 * Duplicates: members sharing an e-mail or a phone (members.duplicates), merged group by group.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Duplicates"
 *   one region per group, named by its reason ("same e-mail ann@example.org"), holding radios
 *     "Keep NAME" (the oldest record is chosen) and button "Merge"
 *   empty: heading "No duplicates found"
 */
import { useState } from 'react';
import type { MemberSummary } from '../../../../shared/contract/members';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Pending } from '../../components/pending';
import { memberName } from '../../components/member-name';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi, useQueryClient } from '../../data/core-context';
import { useQuery } from '../../data/use-query';
import { countOf, formatCount, formatDay } from '../../locale/format';
import { formatPhone } from '../../locale/phone';
import { statusLabels } from './member-labels';

const LIMIT = 200;

export function DuplicatesScreen() {
  const groups = useQuery('members.duplicates', { limit: LIMIT }, { tables: ['members'] });
  return (
    <section className="screen" aria-labelledby="duplicates-title">
      <header className="screen-header">
        <h1 id="duplicates-title" tabIndex={-1} data-screen-title>
          Duplicates
        </h1>
        {groups.data && groups.data.length > 0 && (
          <span className="muted">{groups.data.length >= LIMIT ? `The first ${formatCount(LIMIT)} groups` : countOf(groups.data.length, 'group', 'groups')}</span>
        )}
      </header>
      <div className="screen-body">
        {groups.error && !groups.data ? (
          <EmptyState title="Duplicates could not be listed" tone="error" actions={<button className="btn" onClick={groups.refetch}>Try again</button>}>
            {errorMessage(groups.error)}
          </EmptyState>
        ) : !groups.data ? (
          <Pending label="Looking for members who share an e-mail address or a phone number…" />
        ) : groups.data.length === 0 ? (
          <EmptyState title="No duplicates found">No two members share an e-mail address or a phone number.</EmptyState>
        ) : (
          <div className="page page-wide">
            <p className="section-text">
              Members who share an e-mail address or a phone number. Choose the record to keep: the others’ details fill its empty fields, and their
              tags and custom fields are combined.
            </p>
            {groups.data.map((group) => (
              <DuplicateGroup key={`${group.reason}|${group.members.map((m) => m.id).join(',')}`} reason={group.reason} members={group.members} />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

function DuplicateGroup({ reason, members }: { reason: string; members: MemberSummary[] }) {
  const api = useApi();
  const client = useQueryClient();
  const toasts = useToasts();
  const { navigate } = useRoute();
  const [keep, setKeep] = useState(members[0]!.id);
  const [busy, setBusy] = useState(false);
  const [merged, setMerged] = useState<string | null>(null);
  const name = reason.charAt(0).toUpperCase() + reason.slice(1);

  async function mergeGroup() {
    setBusy(true);
    const kept = members.find((m) => m.id === keep)!;
    try {
      // One merge per duplicate, in turn: each is its own write, and a failure names who was left.
      for (const m of members) {
        if (m.id !== keep) await client.write(() => api.call('members.merge', { id: m.id, intoId: keep }));
      }
      const done = `Merged ${countOf(members.length - 1, 'record', 'records')} into ${memberName(kept)}`;
      setMerged(done);
      toasts.success(done);
    } catch (error) {
      toasts.error(errorMessage(error));
      setBusy(false);
    }
  }

  if (merged) {
    return (
      <section className="dup-group dup-merged" aria-label={name}>
        <p>{merged}.</p>
      </section>
    );
  }
  return (
    <section className="dup-group" aria-label={name}>
      <header className="dup-header">
        <h2>{name}</h2>
        <button type="button" className="btn btn-primary btn-small" onClick={mergeGroup} disabled={busy}>
          Merge
        </button>
      </header>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">Keep</th>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Phone</th>
            <th scope="col">City</th>
            <th scope="col">Status</th>
            <th scope="col">Joined</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                <input type="radio" name={`keep-${reason}`} aria-label={`Keep ${memberName(m)}`} checked={keep === m.id} onChange={() => setKeep(m.id)} />
              </td>
              <td>
                <a href="#member" onClick={(e) => { e.preventDefault(); navigate({ screen: 'member', id: m.id }); }}>
                  {memberName(m)}
                </a>
              </td>
              <td>{m.email}</td>
              <td>{formatPhone(m.phone)}</td>
              <td>{m.city}</td>
              <td>{statusLabels[m.status]}</td>
              <td>{formatDay(m.joinedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
