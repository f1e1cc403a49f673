/**
 * One partner organisation: what they work on, who to contact there, and what the chapter shares
 * with them (campaigns, meetings, events), each shared or taken back from here.
 *
 * Page model (accessible names, for end-to-end tests):
 *   breadcrumb link "Partners"; heading: the partner's name; buttons "Edit", "Delete…"
 *   table "Contacts"; list "Shared with <partner>": one listitem per campaign, meeting or event,
 *     each with button "Stop sharing <what>"
 *   form "Share with <partner>": combobox "What", then combobox "Campaign" / "Meeting" or textboxes
 *     "Event" and date "On"; textbox "Note"; button "Share"
 *   dialog "Edit partner"; alertdialog "Delete this partner?"
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { Partner, PartnerLink } from '../../../../shared/contract/network';
import { useRoute } from '../../app/routes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { formatDay, formatMoment } from '../../locale/format';
import { PARTNER_TABLES } from './network-tables';
import { PartnerFormDialog } from './partner-form-dialog';

export function PartnerScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const partner = useQuery('partners.get', { id }, { tables: PARTNER_TABLES });
  const all = useQuery('partners.list', {}, { tables: PARTNER_TABLES });
  const remove = useMutation('partners.delete');
  const unlink = useMutation('partners.unlink');
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const topics = useMemo(() => [...new Set((all.data ?? []).flatMap((p) => p.worksOn))].sort(), [all.data]);

  if (!partner.data) {
    if (partner.error === undefined) return null;
    return (
      <EmptyState title="This partner is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'partners' })}>Back to partners</button>}>
        {errorMessage(partner.error)}
      </EmptyState>
    );
  }
  const p = partner.data;
  const website = p.website && /^https?:\/\//i.test(p.website) ? p.website : null;

  return (
    <section className="screen" aria-labelledby="partner-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#partners" onClick={(e) => (e.preventDefault(), navigate({ screen: 'partners' }))}>
            Partners
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="partner-title" tabIndex={-1} data-screen-title>
            {p.name}
          </h1>
        </nav>
        <div className="actions">
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            Edit
          </button>
          <button type="button" className="btn btn-danger" onClick={() => setDialog('delete')}>
            Delete…
          </button>
        </div>
      </header>
      <div className="screen-body">
        <div className="page">
          {p.description && <p className="lede">{p.description}</p>}
          {p.worksOn.length > 0 && (
            <p className="tags" aria-label="Works on">
              {p.worksOn.map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </p>
          )}
          {website ? (
            <p>
              <a href={website} target="_blank" rel="noreferrer noopener">
                {website}
              </a>
            </p>
          ) : p.website ? (
            <p className="mono">{p.website}</p>
          ) : null}
          <section className="section" aria-labelledby="contacts-title">
            <h2 id="contacts-title">Contacts</h2>
            {p.contacts.length === 0 ? (
              <p className="muted">No contacts yet: edit the partner to add the people to call there.</p>
            ) : (
              <div className="table-scroll">
                <table className="plain-table">
                  <caption className="visually-hidden">Contacts</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Role</th>
                      <th scope="col">E-mail</th>
                      <th scope="col">Phone</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.contacts.map((c, i) => (
                      <tr key={i}>
                        <td>{c.name}</td>
                        <td>{c.role}</td>
                        <td>{c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}</td>
                        <td>{c.phone}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="section" aria-labelledby="shared-title">
            <h2 id="shared-title">Shared campaigns and events</h2>
            {p.links.length === 0 ? (
              <p className="muted">Nothing shared yet.</p>
            ) : (
              <ul className="link-list" aria-label={`Shared with ${p.name}`}>
                {p.links.map((l) => (
                  <li key={l.id}>
                    <SharedThing link={l} />
                    {l.note && <span className="muted"> · {l.note}</span>}
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      disabled={unlink.pending}
                      onClick={() => void unlink.run({ linkId: l.id }).then(() => toasts.success('No longer shared'), (error) => toasts.error(errorMessage(error)))}
                    >
                      Stop sharing<span className="visually-hidden"> {linkName(l)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <ShareForm partner={p} />
          </section>
          {p.notes && (
            <section className="section" aria-labelledby="notes-title">
              <h2 id="notes-title">Notes</h2>
              <p className="prewrap">{p.notes}</p>
            </section>
          )}
        </div>
      </div>
      <PartnerFormDialog open={dialog === 'edit'} partner={p} topics={topics} onClose={() => setDialog(null)} onSaved={(saved) => (setDialog(null), partner.setData(saved), toasts.success(`Saved ${saved.name}`))} />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete this partner?"
        confirm="Delete partner"
        danger
        pending={remove.pending}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          void remove.run({ id: p.id }).then(
            () => {
              setDialog(null);
              toasts.success(`Deleted ${p.name}`);
              navigate({ screen: 'partners' }, { replace: true });
            },
            (error) => toasts.error(errorMessage(error)),
          )
        }
      >
        <p>{p.name} leaves the directory, with its contacts and what was shared with it. The campaigns and meetings themselves stay.</p>
      </ConfirmDialog>
    </section>
  );
}

function linkName(l: PartnerLink): string {
  if (l.kind === 'campaign') return l.campaignName ?? 'a campaign';
  if (l.kind === 'event') return l.eventTitle ?? 'an event';
  return 'a meeting';
}

function SharedThing({ link: l }: { link: PartnerLink }) {
  const { navigate } = useRoute();
  if (l.kind === 'campaign' && l.campaignId) {
    return (
      <span>
        Campaign{' '}
        <a href="#campaign" onClick={(e) => (e.preventDefault(), navigate({ screen: 'campaign', id: l.campaignId! }))}>
          {linkName(l)}
        </a>
      </span>
    );
  }
  if (l.kind === 'meeting' && l.meetingId) {
    return (
      <span>
        <a href="#meeting" onClick={(e) => (e.preventDefault(), navigate({ screen: 'meeting', id: l.meetingId! }))}>
          A meeting
        </a>
      </span>
    );
  }
  return (
    <span>
      Event {linkName(l)}
      {l.eventOn ? `, ${formatDay(l.eventOn)}` : ''}
    </span>
  );
}

function ShareForm({ partner }: { partner: Partner }) {
  const toasts = useToasts();
  const link = useMutation('partners.link');
  const [what, setWhat] = useState<'campaign' | 'event' | 'meeting'>('campaign');
  const [campaignId, setCampaignId] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [title, setTitle] = useState('');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const campaigns = useQuery('campaigns.list', what === 'campaign' ? {} : null, { tables: ['campaigns'] });
  const meetings = useQuery('meetings.list', what === 'meeting' ? {} : null, { tables: ['meetings'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (what === 'campaign' && !campaignId) problems.campaignId = 'Choose a campaign';
    if (what === 'meeting' && !meetingId) problems.meetingId = 'Choose a meeting';
    if (what === 'event' && !title.trim()) problems['event.title'] = 'Give the event a title';
    if (what === 'event' && !on) problems['event.on'] = 'Pick the day of the event';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await link.run({
        partnerId: partner.id,
        ...(what === 'campaign' ? { campaignId } : what === 'meeting' ? { meetingId } : { event: { title: title.trim(), on } }),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      toasts.success(`Shared with ${partner.name}`);
      setTitle('');
      setNote('');
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) toasts.error(errorMessage(error));
    }
  }

  return (
    <form className="share-form" aria-label={`Share with ${partner.name}`} onSubmit={submit} noValidate>
      <Field label="What">
        <select value={what} onChange={(e) => (setWhat(e.target.value as typeof what), setErrors({}))}>
          <option value="campaign">A campaign</option>
          <option value="event">An event</option>
          <option value="meeting">A meeting</option>
        </select>
      </Field>
      {what === 'campaign' && (
        <Field label="Campaign" error={errors.campaignId}>
          <select value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
            <option value="">Choose…</option>
            {(campaigns.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {what === 'meeting' && (
        <Field label="Meeting" error={errors.meetingId}>
          <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">Choose…</option>
            {(meetings.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
                {m.startsAt ? `, ${formatMoment(m.startsAt)}` : ''}
              </option>
            ))}
          </select>
        </Field>
      )}
      {what === 'event' && (
        <>
          <Field label="Event" error={errors['event.title']}>
            <input type="text" value={title} autoComplete="off" placeholder="Housing justice rally" onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field label="On" error={errors['event.on']}>
            <input type="date" className="date-input" value={on} onChange={(e) => setOn(e.target.value)} />
          </Field>
        </>
      )}
      <Field label="Note" error={errors.note}>
        <input type="text" value={note} autoComplete="off" onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="submit" className="btn" disabled={link.pending}>
        Share
      </button>
    </form>
  );
}
