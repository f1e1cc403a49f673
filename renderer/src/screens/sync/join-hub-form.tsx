// "Join a hub": the hub's address and an invite code its organiser handed out, and whether this
// chapter becomes the hub's chapter. The core refuses plain http:// to an address outside this
// computer and private networks; only then does the form ask a second time, in words, and join
// again with `allowInsecure` if the person agrees.
import { useRef, useState, type RefObject } from 'react';
import { useChapter } from '../../app/session-context';
import { Field } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { errorIssues, errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { hubAddressProblem, insecureReason, isInsecureRefusal, parseJoinLink } from './sync-words';

type FieldName = 'hubUrl' | 'invite';

function inviteProblem(text: string): string | null {
  return text.trim() ? null : 'Enter the invite code the hub’s organiser gave you, like 7KQM-2XWP-…';
}

export function JoinHubForm({ addressRef }: { addressRef: RefObject<HTMLInputElement | null> }) {
  const chapter = useChapter();
  const toasts = useToasts();
  const join = useMutation('sync.join');
  const inviteRef = useRef<HTMLInputElement>(null);
  const [hubUrl, setHubUrl] = useState('');
  const [invite, setInvite] = useState('');
  const [link, setLink] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** The core's refusal of an unencrypted address, waiting for the person's second word. */
  const [insecure, setInsecure] = useState<string | null>(null);

  const problems: Record<FieldName, string | null> = { hubUrl: hubAddressProblem(hubUrl), invite: inviteProblem(invite) };
  const errorFor = (field: FieldName) => serverErrors[field] ?? (touched.has(field) ? problems[field] : null);
  const touch = (field: FieldName) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));

  async function submit(allowInsecure: boolean) {
    setFormError(null);
    setTouched(new Set<FieldName>(['hubUrl', 'invite']));
    if (problems.hubUrl || problems.invite) {
      (problems.hubUrl ? addressRef : inviteRef).current?.focus();
      return;
    }
    try {
      const joined = await join.run({ hubUrl, invite, linkCurrentChapter: link, allowInsecure });
      setHubUrl('');
      setInvite('');
      setLink(false);
      setTouched(new Set());
      setInsecure(null);
      setServerErrors({});
      toasts.success(link ? `Joined ${joined.url}: ${chapter.name} is now the hub’s chapter` : `Joined ${joined.url}`);
    } catch (error) {
      if (isInsecureRefusal(error)) {
        setInsecure(errorMessage(error));
        return;
      }
      setInsecure(null);
      const byField = fieldErrors(error) as Partial<Record<FieldName, string>>;
      setServerErrors(byField);
      if (errorIssues(error).length === 0 || Object.keys(byField).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <section className="section" id="join-hub" aria-labelledby="join-title">
      <h2 id="join-title">Join a hub</h2>
      <p className="section-text">
        Ask the hub’s organiser for its address and an invite code: headquarters hands them out, and at a meeting the lead’s Sync screen shows them. Each
        invite code works once.
      </p>
      <form
        className="stack narrow"
        aria-labelledby="join-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
      >
        <Field label="Hub address" error={errorFor('hubUrl')} hint="Like https://hq.example.org, or http://192.168.1.20:4455 at a meeting (pasting the text of its QR code fills both fields).">
          <input
            ref={addressRef}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={hubUrl}
            onChange={(e) => {
              const joinLink = parseJoinLink(e.target.value);
              setHubUrl(joinLink?.hubUrl ?? e.target.value);
              if (joinLink) setInvite(joinLink.invite);
              setInsecure(null);
              setServerErrors((s) => ({ ...s, hubUrl: undefined }));
            }}
            onBlur={() => hubUrl && touch('hubUrl')}
          />
        </Field>
        <Field label="Invite code" error={errorFor('invite')}>
          <input
            ref={inviteRef}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="mono"
            value={invite}
            onChange={(e) => {
              setInvite(e.target.value);
              setServerErrors((s) => ({ ...s, invite: undefined }));
            }}
            onBlur={() => invite && touch('invite')}
          />
        </Field>
        <div className="choice">
          <input id="join-hub-link" type="checkbox" checked={link} onChange={(e) => setLink(e.target.checked)} aria-describedby="join-hub-link-hint" />
          <div>
            <label htmlFor="join-hub-link">Link this chapter to the hub's chapter</label>
            <p id="join-hub-link-hint" className="choice-hint">
              Use this when {chapter.name} already exists on this computer and the hub’s chapter is new: the records of {chapter.name} become the hub’s
              chapter and are sent there. Leave it off to bring the hub’s chapter to this computer, beside {chapter.name}.
            </p>
          </div>
        </div>
        {insecure && (
          <div className="notice notice-warning stack-tight" role="alert">
            <p>
              <strong>This address is not encrypted.</strong> {insecureReason(insecure)}
            </p>
            <p>Members’ details and this computer’s access to the hub would cross the network readable by anyone on the way. Allow it only if you trust every network in between.</p>
            <div className="form-actions">
              <button type="button" className="btn btn-danger" onClick={() => void submit(true)} disabled={join.pending}>
                Allow an unencrypted connection
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => setInsecure(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={join.pending}>
            {join.pending ? 'Joining…' : 'Join hub'}
          </button>
        </div>
      </form>
    </section>
  );
}
