// Every editable field of a member, labelled by name ("First name", "E-mail", "Phone", "Tags", …),
// shared by the profile and the new-member form. Errors come from the form model; a phone typed the
// local way is turned into +E.164 for the chapter's country when the person leaves the field.
import { readPhone } from '../../../../shared/members/import-values';
import { useChapter } from '../../app/session-context';
import { CountrySelect } from '../../components/country-select';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { TokenInput } from '../../components/token-input';
import { useQuery } from '../../data/use-query';
import type { Consent, DraftField, MemberDraft } from './member-draft';
import { statusOptions } from './member-labels';
import type { MemberForm } from './use-member-form';

interface MemberFormFieldsProps {
  form: MemberForm;
  /** The member being edited, who cannot be their own recruiter. */
  memberId?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function MemberFormFields({ form, memberId, disabled, autoFocus }: MemberFormFieldsProps) {
  const chapter = useChapter();
  const tags = useQuery('members.tags', {}, { tables: ['members'] });
  const { draft, set, touch, errorFor } = form;

  const text = (field: DraftField & keyof MemberDraft, props: Record<string, unknown> = {}) => ({
    value: draft[field] as string,
    disabled,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value as never),
    onBlur: () => touch(field),
    ...props,
  });

  function normalisePhone() {
    const typed = draft.phone.trim();
    if (typed && !typed.startsWith('+')) {
      const read = readPhone(typed, draft.country || chapter.country);
      if (read.ok) set('phone', read.value);
    }
    touch('phone');
  }

  return (
    <div className="member-form">
      <fieldset className="form-section">
        <legend>Name</legend>
        <div className="form-grid">
          <Field label="First name" error={errorFor('firstName')}>
            <input type="text" autoComplete="off" autoFocus={autoFocus} {...text('firstName')} />
          </Field>
          <Field label="Last name" error={errorFor('lastName')}>
            <input type="text" autoComplete="off" {...text('lastName')} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Contact</legend>
        <div className="form-grid">
          <Field label="E-mail" error={errorFor('email')}>
            <input type="email" autoComplete="off" spellCheck={false} {...text('email')} />
          </Field>
          <Field label="Phone" error={errorFor('phone')} hint="International format, like +15551234567. A local number is converted when you leave the field.">
            <input type="tel" autoComplete="off" {...text('phone', { onBlur: normalisePhone })} />
          </Field>
          <Field label="Consent to e-mail" error={errorFor('emailConsent')}>
            <ConsentSelect value={draft.emailConsent} disabled={disabled} onChange={(v) => set('emailConsent', v)} />
          </Field>
          <Field label="Consent to SMS" error={errorFor('smsConsent')}>
            <ConsentSelect value={draft.smsConsent} disabled={disabled} onChange={(v) => set('smsConsent', v)} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Address</legend>
        <div className="form-grid">
          <Field label="Street" error={errorFor('street')} className="span-2">
            <input type="text" autoComplete="off" {...text('street')} />
          </Field>
          <Field label="City" error={errorFor('city')}>
            <input type="text" autoComplete="off" {...text('city')} />
          </Field>
          <Field label="Region" error={errorFor('region')}>
            <input type="text" autoComplete="off" {...text('region')} />
          </Field>
          <Field label="Postal code" error={errorFor('postalCode')}>
            <input type="text" autoComplete="off" {...text('postalCode')} />
          </Field>
          <Field label="Country" error={errorFor('country')}>
            <CountrySelect allowEmpty value={draft.country} disabled={disabled} onChange={(e) => set('country', e.target.value)} onBlur={() => touch('country')} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Membership</legend>
        <div className="form-grid">
          <Field label="Status" error={errorFor('status')}>
            <select value={draft.status} disabled={disabled} onChange={(e) => set('status', e.target.value as MemberDraft['status'])}>
              {statusOptions.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Joined" error={errorFor('joinedOn')}>
            <input type="date" {...text('joinedOn')} />
          </Field>
          <Field label="Recruited by" error={errorFor('recruitedBy')}>
            <MemberPicker label="Recruited by" value={draft.recruitedBy} excludeId={memberId} disabled={disabled} onChange={(id) => set('recruitedBy', id)} />
          </Field>
          <Field label="Tags" error={errorFor('tags')} hint="Enter or comma adds a tag.">
            <TokenInput
              value={draft.tags}
              disabled={disabled}
              suggestions={tags.data?.map((t) => t.tag) ?? []}
              placeholder="Add a tag"
              onChange={(value) => {
                set('tags', value);
                touch('tags');
              }}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Notes</legend>
        <Field label="Notes" error={errorFor('notes')} className="label-hidden">
          <textarea rows={4} {...text('notes')} />
        </Field>
      </fieldset>

      <CustomFields form={form} disabled={disabled} />
    </div>
  );
}

function ConsentSelect({ value, onChange, disabled, ...rest }: { value: Consent; onChange(v: Consent): void; disabled?: boolean }) {
  return (
    <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Consent)} {...rest}>
      <option value="">Not recorded</option>
      <option value="yes">Yes, opted in</option>
      <option value="no">No, opted out</option>
    </select>
  );
}

function CustomFields({ form, disabled }: { form: MemberForm; disabled?: boolean }) {
  const rows = form.draft.custom;
  const error = form.errorFor('custom');
  const update = (next: MemberDraft['custom']) => form.set('custom', next);
  return (
    <fieldset className="form-section">
      <legend>Custom fields</legend>
      {rows.length === 0 && <p className="muted form-note">No custom fields. Imports keep unknown columns here.</p>}
      <ul className="custom-fields">
        {rows.map((row, i) => (
          <li key={i} role="group" aria-label={row.key ? `Custom field ${row.key}` : `Custom field ${i + 1}`}>
            <input
              type="text"
              aria-label="Custom field name"
              placeholder="Name"
              value={row.key}
              disabled={disabled}
              onChange={(e) => update(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))}
              onBlur={() => form.touch('custom')}
            />
            <input
              type="text"
              aria-label="Custom field value"
              placeholder="Value"
              value={row.value}
              disabled={disabled}
              onChange={(e) => update(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
              onBlur={() => form.touch('custom')}
            />
            {!disabled && (
              <button type="button" className="icon-btn" aria-label={`Remove custom field ${row.key || i + 1}`} onClick={() => update(rows.filter((_, j) => j !== i))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!disabled && (
        <button type="button" className="btn btn-small" onClick={() => update([...rows, { key: '', value: '' }])}>
          Add custom field
        </button>
      )}
    </fieldset>
  );
}
