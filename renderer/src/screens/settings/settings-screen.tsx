/**
 * Settings: who is using this computer, and backups.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Settings"
 *   textbox "Organiser name", combobox "Your member record" (button "Clear"),
 *     link "Open your member record", button "Save"
 *   button "Back up now" (makes a backup and downloads it); table of backups with buttons
 *     "Download FILE"; text about restoring from the File menu or `npm run cli -- restore`
 */
import { useState } from 'react';
import { useRoute } from '../../app/routes';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { BackupsSection } from './backups-section';

export function SettingsScreen() {
  const session = useSession();
  const { navigate } = useRoute();
  const toasts = useToasts();
  const setOrganiser = useMutation('session.setOrganiser');
  const [name, setName] = useState(session.device.organiserName ?? '');
  const [memberId, setMemberId] = useState<string | null>(session.device.organiserMemberId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = name !== (session.device.organiserName ?? '') || memberId !== session.device.organiserMemberId;

  async function save() {
    if (!name.trim()) {
      setErrors({ organiserName: 'Say who is using this computer' });
      return;
    }
    try {
      await setOrganiser.run({ organiserName: name, organiserMemberId: memberId });
      setErrors({});
      toasts.success('Saved');
    } catch (error) {
      setErrors(fieldErrors(error));
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title" tabIndex={-1} data-screen-title>
          Settings
        </h1>
      </header>
      <div className="screen-body">
        <div className="page">
          <section className="section" aria-labelledby="organiser-title">
            <h2 id="organiser-title">Who is using this computer</h2>
            <p className="section-text">Your name is recorded with every change you make, so others can see who did what after a sync.</p>
            <form
              className="stack narrow"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <Field label="Organiser name" error={errors.organiserName}>
                <input type="text" value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
              </Field>
              <Field label="Your member record" error={errors.organiserMemberId} hint="Link yourself to your own record in the roster.">
                <MemberPicker label="Your member record" value={memberId} onChange={setMemberId} />
              </Field>
              <div className="form-actions">
                <button type="submit" className="btn btn-primary" disabled={!dirty || setOrganiser.pending}>
                  Save
                </button>
                {session.device.organiserMemberId && (
                  <a href="#member" onClick={(e) => { e.preventDefault(); navigate({ screen: 'member', id: session.device.organiserMemberId! }); }}>
                    Open your member record
                  </a>
                )}
              </div>
            </form>
          </section>
          <BackupsSection />
        </div>
      </div>
    </section>
  );
}
