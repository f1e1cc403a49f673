/**
 * One affinity group: its thermometers (what its members pledged and fulfilled, one per unit), its
 * members (added by typing a name, removed one by one), renamed or deleted.
 *
 * Page model (accessible names, for end-to-end tests):
 *   breadcrumb link "Groups"; heading: the group's name; buttons "Print…", "Edit", "Delete…"
 *   img: a thermometer per unit, named "<group> <sentence>"
 *   combobox "Add a member"; list "Members of <group>": one listitem per member with a link to
 *     their member page and button "Remove <name> from <group>"
 *   dialog "Edit group"; alertdialog "Delete this group?"
 */
import { useState } from 'react';
import { useRoute } from '../../app/routes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { memberName } from '../../components/member-name';
import { Thermometers } from '../../components/thermometer';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';
import { GroupFormDialog } from './group-form-dialog';
import { GROUP_TABLES } from './network-tables';

export function GroupScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const group = useQuery('groups.get', { id }, { tables: GROUP_TABLES });
  const add = useMutation('groups.addMember');
  const removeMember = useMutation('groups.removeMember');
  const remove = useMutation('groups.delete');
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [addError, setAddError] = useState<string | null>(null);

  if (!group.data) {
    if (group.error === undefined) return null;
    return (
      <EmptyState title="This group is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'groups' })}>Back to groups</button>}>
        {errorMessage(group.error)}
      </EmptyState>
    );
  }
  const g = group.data;
  const memberIds = new Set(g.members.map((m) => m.id));

  return (
    <section className="screen" aria-labelledby="group-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#groups" onClick={(e) => (e.preventDefault(), navigate({ screen: 'groups' }))}>
            Groups
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="group-title" tabIndex={-1} data-screen-title>
            {g.name}
          </h1>
        </nav>
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            Edit
          </button>
          <button type="button" className="btn btn-danger" onClick={() => setDialog('delete')}>
            Delete…
          </button>
        </div>
      </header>
      <div className="screen-body">
        <div className="page page-wide">
          {g.description && <p className="lede">{g.description}</p>}
          <div className="group-layout">
            <section className="section" aria-labelledby="group-totals-title">
              <h2 id="group-totals-title">Together</h2>
              <Thermometers views={g.thermometers} title={g.name} empty="Nothing pledged yet by the group’s members." />
            </section>
            <section className="section no-print" aria-labelledby="group-members-title">
              <h2 id="group-members-title">
                Members <span className="muted heading-count">{countOf(g.memberCount, 'member', 'members')}</span>
              </h2>
              <Field label="Add a member" error={addError}>
                <MemberPicker
                  value={null}
                  label="Add a member"
                  onChange={(memberId, member) => {
                    if (!memberId) return;
                    setAddError(null);
                    if (memberIds.has(memberId)) return setAddError(`${member ? memberName(member) : 'That member'} is in the group already`);
                    void add.run({ groupId: g.id, memberId }).then(
                      () => toasts.success(`Added ${member ? memberName(member) : 'the member'} to ${g.name}`),
                      (error) => setAddError(errorMessage(error)),
                    );
                  }}
                />
              </Field>
              {g.members.length === 0 ? (
                <p className="muted">Nobody yet: type a name above to add someone.</p>
              ) : (
                <ul className="member-chips" aria-label={`Members of ${g.name}`}>
                  {g.members.map((m) => (
                    <li key={m.id}>
                      <a href="#member-page" onClick={(e) => (e.preventDefault(), navigate({ screen: 'member-page', id: m.id }))}>
                        {m.name}
                      </a>
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        aria-label={`Remove ${m.name} from ${g.name}`}
                        disabled={removeMember.pending}
                        onClick={() =>
                          void removeMember.run({ groupId: g.id, memberId: m.id }).then(
                            () => toasts.success(`Removed ${m.name} from ${g.name}`),
                            (error) => toasts.error(errorMessage(error)),
                          )
                        }
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </div>
      </div>
      <GroupFormDialog open={dialog === 'edit'} group={g} onClose={() => setDialog(null)} onSaved={() => (setDialog(null), group.refetch())} />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete this group?"
        confirm="Delete group"
        danger
        pending={remove.pending}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          void remove.run({ id: g.id }).then(
            () => {
              setDialog(null);
              toasts.success(`Deleted ${g.name}`);
              navigate({ screen: 'groups' }, { replace: true });
            },
            (error) => toasts.error(errorMessage(error)),
          )
        }
      >
        <p>The group goes; its members and their pledges stay as they are.</p>
      </ConfirmDialog>
    </section>
  );
}
