/**
 * Member profile: view and edit one member; delete (with Undo), merge, erase.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading: the member's name; link "Members" (back to the roster; Escape too, once outside a field)
 *   fields (by label; pass exact: true for "E-mail", which "Consent to e-mail" also contains):
 *     "First name", "Last name", "E-mail", "Phone", "Consent to e-mail",
 *     "Consent to SMS", "Street", "City", "Region", "Postal code", "Country", "Status", "Joined",
 *     "Recruited by" (combobox; button "Clear"), "Tags" (combobox; Enter adds; buttons
 *     "Remove tag X"), "Notes"; custom fields: textboxes "Custom field name" / "Custom field value"
 *     per row, buttons "Add custom field", "Remove custom field X"
 *   button "Save" (Ctrl/⌘-S; disabled until something changed), button "Discard changes"
 *   button "Merge into…" → dialog "Merge NAME into…": combobox "Member to keep", button "Merge"
 *     (use exact: true — "Merge into…" contains the word too)
 *   button "Delete" → toast "Deleted NAME" with button "Undo"
 *   button "Erase personal data…" → alertdialog: button "Erase permanently"
 *   a deleted member shows "This member was deleted" and button "Restore"
 *   navigation "Member views": links "Profile", "Member page" (pledges, thermometer, recruits)
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Member } from '../../../../shared/contract/members';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { isTyping, Kbd, modKey } from '../../components/kbd';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { memberName } from '../../components/member-name';
import { useToasts } from '../../components/toasts';
import { errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { draftFromMember } from './member-draft';
import { EraseDialog, MergeDialog } from './member-dialogs';
import { MemberFormFields } from './member-form-fields';
import { MemberTabs } from './member-tabs';
import { ProfileSummary } from './profile-summary';
import { focusFirstProblem, useMemberForm } from './use-member-form';

export function MemberProfileScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const member = useQuery('members.get', { id }, { tables: ['members'] });

  // Escape leaves a field first, then the profile (edits are kept as a draft either way).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTyping(event.target)) (event.target as HTMLElement).blur();
      else navigate({ screen: 'members' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  if (!member.data) {
    if (!member.error) return null;
    return (
      <EmptyState title="This member is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'members' })}>Back to members</button>}>
        {errorMessage(member.error)}
      </EmptyState>
    );
  }
  return <Profile member={member.data} onSaved={member.setData} />;
}

function Profile({ member, onSaved }: { member: Member; onSaved(m: Member): void }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const base = useMemo(() => draftFromMember(member), [member]);
  const form = useMemberForm(base, 'update', `member.${member.id}`);
  const update = useMutation('members.update');
  const remove = useMutation('members.delete');
  const restore = useMutation('members.restore');
  const merge = useMutation('members.merge');
  const erase = useMutation('members.erase');
  const [dialog, setDialog] = useState<'merge' | 'erase' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const name = memberName(member);
  const gone = member.deletedAt !== null || member.mergedInto !== null;

  const save = useCallback(async () => {
    setFormError(null);
    if (!form.dirty || update.pending) return;
    if (!form.validate()) return focusFirstProblem();
    try {
      const saved = await update.run({ id: member.id, changes: form.changes });
      form.discard();
      onSaved(saved);
      toasts.success(`Saved ${memberName(saved)}`);
    } catch (error) {
      // Field problems go next to their fields; anything else is said once above the form.
      const loose = form.showServerErrors(error, 'changes.');
      if (errorIssues(error).length === 0) setFormError(errorMessage(error));
      else if (loose.length > 0) setFormError(loose.join(' '));
      focusFirstProblem();
    }
  }, [form, update, member.id, onSaved, toasts]);

  useSaveShortcut(save);

  async function onDelete() {
    try {
      await remove.run({ id: member.id });
      form.discard();
      navigate({ screen: 'members' });
      toasts.show({
        message: `Deleted ${name}`,
        action: {
          label: 'Undo',
          run: () =>
            restore.run({ id: member.id }).then(
              () => toasts.success(`Restored ${name}`),
              (error) => toasts.error(errorMessage(error)),
            ),
        },
      });
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="screen" aria-labelledby="profile-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#members" onClick={(e) => { e.preventDefault(); navigate({ screen: 'members' }); }}>
            Members
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="profile-title" tabIndex={-1} data-screen-title>
            {name}
          </h1>
        </nav>
        {!gone && <MemberTabs id={member.id} current="profile" />}
        {!gone && (
          <div className="actions">
            {form.dirty && (
              <button type="button" className="btn btn-ghost" onClick={form.discard}>
                Discard changes
              </button>
            )}
            <button type="button" className="btn" onClick={() => setDialog('merge')}>
              Merge into…
            </button>
            <button type="button" className="btn btn-danger" onClick={onDelete} disabled={remove.pending}>
              Delete
            </button>
            <button type="submit" form="profile-form" className="btn btn-primary" disabled={!form.dirty || update.pending} aria-keyshortcuts="Control+S Meta+S" title={`Save (${modKey()} S)`}>
              {update.pending ? 'Saving…' : 'Save'} <Kbd>{`${modKey()} S`}</Kbd>
            </button>
          </div>
        )}
      </header>
      <div className="screen-body">
        <div className="page">
          {member.deletedAt && (
            <div className="notice notice-warning banner" role="status">
              <span>This member was deleted.</span>
              <button type="button" className="btn btn-small" onClick={() => restore.run({ id: member.id }).catch((e) => toasts.error(errorMessage(e)))}>
                Restore
              </button>
            </div>
          )}
          {member.mergedInto && (
            <div className="notice banner" role="status">
              <span>This member was merged into another record.</span>
              <button type="button" className="btn btn-small" onClick={() => navigate({ screen: 'member', id: member.mergedInto! })}>
                Open the kept member
              </button>
            </div>
          )}
          {form.restored && form.dirty && (
            <p className="notice banner" role="status">
              Your unsaved changes from last time are back. Save them, or discard them.
            </p>
          )}
          {formError && (
            <p className="notice notice-error banner" role="alert">
              {formError}
            </p>
          )}
          <ProfileSummary member={member} />
          <form
            id="profile-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <MemberFormFields form={form} memberId={member.id} disabled={gone} />
          </form>
          {!gone && (
            <section className="section danger-zone" aria-labelledby="danger-title">
              <h2 id="danger-title">Erase personal data</h2>
              <p className="section-text">When someone asks to be forgotten: their personal details are overwritten everywhere, for good.</p>
              <button type="button" className="btn btn-danger" onClick={() => setDialog('erase')}>
                Erase personal data…
              </button>
            </section>
          )}
        </div>
      </div>
      {dialog === 'merge' && (
        <MergeDialog
          member={member}
          onClose={() => setDialog(null)}
          onMerge={async (intoId) => {
            const kept = await merge.run({ id: member.id, intoId });
            form.discard();
            setDialog(null);
            navigate({ screen: 'member', id: kept.id }, { replace: true });
            toasts.success(`Merged ${name} into ${memberName(kept)}`);
          }}
        />
      )}
      {dialog === 'erase' && (
        <EraseDialog
          member={member}
          onClose={() => setDialog(null)}
          onErase={async () => {
            await erase.run({ id: member.id });
            form.discard();
            setDialog(null);
            navigate({ screen: 'members' }, { replace: true });
            toasts.success('Personal data erased');
          }}
        />
      )}
    </section>
  );
}
