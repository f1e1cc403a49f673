/**
 * Add member: the same fields as a profile, for someone new.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Add member"; link "Members"
 *   fields by label, as on the profile ("First name" is required, "E-mail", "Phone", "Tags", …)
 *   button "Add member" (Ctrl/⌘-S) → the new member's profile and a toast "Added NAME"
 *   button "Cancel"
 */
import { useCallback, useMemo, useState } from 'react';
import { useRoute } from '../../app/routes';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { memberName } from '../../components/member-name';
import { useToasts } from '../../components/toasts';
import { errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { createInput, emptyDraft } from './member-draft';
import { MemberFormFields } from './member-form-fields';
import { focusFirstProblem, useMemberForm } from './use-member-form';

export function NewMemberScreen() {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const base = useMemo(() => emptyDraft(), []);
  const form = useMemberForm(base, 'create', 'new-member');
  const create = useMutation('members.create');
  const [formError, setFormError] = useState<string | null>(null);

  const submit = useCallback(async () => {
    setFormError(null);
    if (create.pending) return;
    if (!form.validate()) return focusFirstProblem();
    try {
      const member = await create.run(createInput(form.draft));
      form.discard();
      navigate({ screen: 'member', id: member.id }, { replace: true });
      toasts.success(`Added ${memberName(member)}`);
    } catch (error) {
      const loose = form.showServerErrors(error, '');
      if (errorIssues(error).length === 0) setFormError(errorMessage(error));
      else if (loose.length > 0) setFormError(loose.join(' '));
      focusFirstProblem();
    }
  }, [create, form, navigate, toasts]);

  useSaveShortcut(submit);

  return (
    <section className="screen" aria-labelledby="new-member-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#members" onClick={(e) => { e.preventDefault(); navigate({ screen: 'members' }); }}>
            Members
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="new-member-title" tabIndex={-1} data-screen-title>
            Add member
          </h1>
        </nav>
      </header>
      <div className="screen-body">
        <form
          className="page"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {form.restored && form.dirty && (
            <p className="notice banner" role="status">
              The member you were adding last time is back. Finish it, or press Cancel to start afresh.
            </p>
          )}
          {formError && (
            <p className="notice notice-error banner" role="alert">
              {formError}
            </p>
          )}
          <MemberFormFields form={form} autoFocus />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={create.pending}>
              Add member
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                form.discard();
                navigate({ screen: 'members' });
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
