/**
 * One meeting, from scheduling to its sealed record: the agenda, attendance at the door, motions
 * counted in the room and the minutes, one tab at a time; then closing, which seals it all.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading (level 1): the meeting's title; link "Meetings" (back; Escape too, outside a field);
 *   its status ("Scheduled", "In progress", "Closed and sealed"); list "About this meeting" (when,
 *   where, online link, "N present", quorum)
 *   buttons "Edit details" (dialog "Edit meeting details", button "Save details"), "Start the
 *   meeting", "Close the meeting" → alertdialog "Close and seal this meeting?" with button "Close and
 *   seal"; "Export minutes" (downloads DATE-TITLE.md), "Printable minutes" → dialog "Printable
 *   minutes" with frame "Minutes to print" and button "Print…"
 *   sealed: region "Sealed record" with "Record hash" and button "Copy record hash"
 *   tablist "Meeting": tabs "Agenda", "Attendance", "Motions", "Minutes" (arrow keys move)
 *   Agenda: list "Agenda" (listitem per item named by its title: checkbox "Done: TITLE", buttons
 *     "Move TITLE up"/"Move TITLE down" (Alt+Up/Down), "Remove TITLE", link to its proposal, button
 *     "Close the vote on PROPOSAL in this meeting", textbox "Notes on TITLE"); form "Add an agenda
 *     item" (textbox "New agenda item", combobox "Tied to a proposal", button "Add item")
 *   Attendance: combobox "Find a member to check in" with listbox "Matching members" (Enter checks
 *     in the top match, arrows move); status after it ("Checked in NAME"); form "Walk-in" (textbox
 *     "Name", "E-mail", "Phone", checkbox "CHAPTER may contact me about its work", textbox "Monthly
 *     pledge, if you like", button "Sign up and check in"); button "Show the phone sign-in page" →
 *     img "QR code of the phone sign-in page", "Address of the phone sign-in page", button "Stop the
 *     phone page"; button "Kiosk mode" → dialog "Kiosk mode" (PIN, PIN again, "Start kiosk mode");
 *     list "Present" (listitem per person, button "Undo check-in of NAME")
 *   Motions: form "Put a motion" (textbox "Motion", comboboxes "Agenda item", "About a proposal",
 *     radios "Show of hands"/"Paper ballots", textbox "Quorum for this motion (% of those present)",
 *     button "Put the motion"); list "Motions": listitem per motion named by its text, with
 *     spinbuttons "For", "Against", "Abstain", "Proxies", region "Preview", button "Close and record
 *     the decision" → alertdialog "Record the decision?" (button "Record the decision"); decided:
 *     region "Decision" with "Decided: OUTCOME" and its record hash
 *   Minutes: region "Minutes" with the editable textbox "Minutes" (open meeting) or, sealed, frame
 *     "Sealed minutes"
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { useRoute, type MeetingTab } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { isTyping } from '../../components/kbd';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { formatMoment } from '../../locale/format';
import { AgendaTab } from './agenda-tab';
import { AttendanceTab } from './attendance-tab';
import { CloseMeetingDialog } from './close-meeting-dialog';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MeetingStatusBadge } from './meeting-status-badge';
import { MEETING_TABLES } from './meeting-tables';
import { MinutesExport } from './minutes-export';
import { MinutesTab } from './minutes-tab';
import { MotionsTab } from './motions-tab';
import { SealedRecord } from './sealed-record';

const tabs: { id: MeetingTab; label: string }[] = [
  { id: 'agenda', label: 'Agenda' },
  { id: 'attendance', label: 'Attendance' },
  { id: 'motions', label: 'Motions' },
  { id: 'minutes', label: 'Minutes' },
];

export function MeetingScreen({ id, tab }: { id: string; tab: MeetingTab }) {
  const { navigate } = useRoute();
  const meeting = useQuery('meetings.get', { id }, { tables: MEETING_TABLES });

  // Escape leaves a field first, then the meeting.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTyping(event.target)) (event.target as HTMLElement).blur();
      else navigate({ screen: 'meetings' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  if (!meeting.data) {
    if (meeting.error === undefined) return null;
    return (
      <EmptyState title="This meeting is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'meetings' })}>Back to meetings</button>}>
        {errorMessage(meeting.error)}
      </EmptyState>
    );
  }
  return <MeetingPage meeting={meeting.data} tab={tab} />;
}

function MeetingPage({ meeting, tab }: { meeting: MeetingDetail; tab: MeetingTab }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const open = useMutation('meetings.open');
  const close = useMutation('meetings.close');
  const sealed = meeting.sealedAt !== null;
  const tabRefs = useRef(new Map<MeetingTab, HTMLButtonElement>());

  function showTab(next: MeetingTab, focus = false) {
    navigate({ screen: 'meeting', id: meeting.id, tab: next }, { replace: true });
    if (focus) requestAnimationFrame(() => tabRefs.current.get(next)?.focus());
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const at = tabs.findIndex((t) => t.id === tab);
    const to = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    showTab(tabs[(to + tabs.length) % tabs.length]!.id, true);
  }

  async function start() {
    try {
      await open.run({ id: meeting.id });
      toasts.success('The meeting has started: the minutes are open');
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  async function seal() {
    setClosing(false);
    try {
      await close.run({ id: meeting.id });
      toasts.success('The meeting is closed and its record sealed');
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="screen" aria-labelledby="meeting-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a
            href="#meetings"
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'meetings' });
            }}
          >
            Meetings
          </a>
          <span aria-hidden="true">/</span>
        </nav>
        <h1 id="meeting-title" className="meeting-heading" tabIndex={-1} data-screen-title>
          {meeting.title}
        </h1>
        <MeetingStatusBadge status={meeting.status} />
        <div className="actions">
          {!sealed && (
            <button type="button" className="btn btn-ghost" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
          <MinutesExport meetingId={meeting.id} />
          {meeting.status === 'scheduled' && (
            <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={open.pending}>
              Start the meeting
            </button>
          )}
          {!sealed && (
            <button type="button" className={`btn ${meeting.status === 'open' ? 'btn-primary' : ''}`} onClick={() => setClosing(true)} disabled={close.pending}>
              {close.pending ? 'Sealing…' : 'Close the meeting'}
            </button>
          )}
        </div>
      </header>
      <div className="screen-body">
        <div className="page page-wide meeting-page">
          <ul className="meeting-facts" aria-label="About this meeting">
            <li>{meeting.startsAt ? formatMoment(meeting.startsAt) : 'No time set'}</li>
            {meeting.place && <li>{meeting.place}</li>}
            {meeting.onlineLink && (
              <li>
                <a href={meeting.onlineLink} target="_blank" rel="noreferrer noopener">
                  Online link
                </a>
              </li>
            )}
            <li>{meeting.attendanceCount} present</li>
            <li>{meeting.quorumPercent === null ? 'No quorum' : `Quorum ${meeting.quorumPercent}% of those present`}</li>
          </ul>
          {sealed && <SealedRecord meeting={meeting} />}
          <div className="tabs" role="tablist" aria-label="Meeting">
            {tabs.map((t) => (
              <button
                key={t.id}
                ref={(el) => {
                  if (el) tabRefs.current.set(t.id, el);
                  else tabRefs.current.delete(t.id);
                }}
                type="button"
                role="tab"
                id={`meeting-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`meeting-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className={`tab ${tab === t.id ? 'is-current' : ''}`}
                onClick={() => showTab(t.id)}
                onKeyDown={onTabKey}
              >
                {t.label}
                {t.id === 'attendance' && meeting.attendanceCount > 0 && <span className="tab-count" aria-hidden="true">{meeting.attendanceCount}</span>}
                {t.id === 'motions' && meeting.motions.length > 0 && <span className="tab-count" aria-hidden="true">{meeting.motions.length}</span>}
              </button>
            ))}
          </div>
          <div className="tab-panel" role="tabpanel" id={`meeting-panel-${tab}`} aria-labelledby={`meeting-tab-${tab}`}>
            {tab === 'agenda' && <AgendaTab meeting={meeting} />}
            {tab === 'attendance' && <AttendanceTab meeting={meeting} />}
            {tab === 'motions' && <MotionsTab meeting={meeting} />}
            {tab === 'minutes' && <MinutesTab meeting={meeting} onStart={() => void start()} starting={open.pending} />}
          </div>
        </div>
      </div>
      {!sealed && (
        <>
          <MeetingFormDialog open={editing} meeting={meeting} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
          <CloseMeetingDialog meeting={meeting} open={closing} onClose={() => setClosing(false)} onConfirm={() => void seal()} />
        </>
      )}
    </section>
  );
}
