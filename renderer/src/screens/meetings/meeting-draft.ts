// What the "Schedule a meeting" form holds while it is typed, and how it becomes the contract's
// input: the time picked in the person's own time zone sent as an ISO instant, the agenda as one item
// per line, the quorum as a whole per cent or none. Pure, so the rules are tested without a browser;
// the core checks everything again and its messages are shown beside the same fields.

export interface MeetingDraft {
  title: string;
  /** As a datetime-local input holds it: "2026-03-05T19:00", in local time. */
  startsAt: string;
  place: string;
  onlineLink: string;
  /** Per cent of those present, as typed; blank for no quorum. */
  quorum: string;
  /** One agenda item per line (new meetings only). */
  agenda: string;
}

export type MeetingDraftErrors = Partial<Record<'title' | 'startsAt' | 'onlineLink' | 'quorum', string>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local value in this computer's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO instant, or null if it is not a real date and time. */
export function fromLocalInput(value: string): string | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  // 30 February would roll over to March: only a date that reads back the same is one.
  return toLocalInput(date.toISOString()) === text.slice(0, 16) ? date.toISOString() : null;
}

/** Tomorrow at seven in the evening, local time: when most chapter meetings happen. */
export function defaultStart(now: number): string {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(19, 0, 0, 0);
  return toLocalInput(date.toISOString());
}

export function emptyMeetingDraft(now: number): MeetingDraft {
  return { title: '', startsAt: defaultStart(now), place: '', onlineLink: '', quorum: '50', agenda: '' };
}

/** The agenda typed one item per line, blank lines and surrounding spaces dropped. */
export function agendaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+[.)]|[-*•])\s+/, '').trim())
    .filter((line) => line !== '');
}

/** A quorum typed as "50", "50%" or "" (none). */
export function parseQuorum(text: string): { value: number | null } | { error: string } {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { value: null };
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > 100) return { error: 'Write a whole per cent from 0 to 100, or leave it empty for no quorum' };
  return { value: Number(trimmed) };
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function meetingDraftErrors(draft: MeetingDraft): MeetingDraftErrors {
  const errors: MeetingDraftErrors = {};
  if (draft.title.trim() === '') errors.title = 'Give the meeting a title';
  else if (draft.title.trim().length > 300) errors.title = `Shorten the title to 300 characters (it has ${draft.title.trim().length})`;
  if (fromLocalInput(draft.startsAt) === null) errors.startsAt = 'Pick the day and time the meeting starts';
  if (draft.onlineLink.trim() !== '' && !isWebLink(draft.onlineLink.trim())) errors.onlineLink = 'Use a full link like https://meet.example.org/chapter';
  const quorum = parseQuorum(draft.quorum);
  if ('error' in quorum) errors.quorum = quorum.error;
  return errors;
}

/** The fields as `meetings.create` and `meetings.update` take them; call after meetingDraftErrors found none. */
export function meetingFields(draft: MeetingDraft) {
  const quorum = parseQuorum(draft.quorum);
  return {
    title: draft.title.trim(),
    startsAt: fromLocalInput(draft.startsAt)!,
    place: draft.place.trim() || null,
    onlineLink: draft.onlineLink.trim() || null,
    quorumPercent: 'value' in quorum ? quorum.value : null,
  };
}

/** The core's field paths ("startsAt", "changes.onlineLink", "agenda.2") as this form's fields. */
export function draftFieldOf(path: string): keyof MeetingDraft | null {
  const field = path.replace(/^changes\./, '').split('.')[0];
  switch (field) {
    case 'title':
    case 'startsAt':
    case 'place':
    case 'onlineLink':
    case 'agenda':
      return field;
    case 'quorumPercent':
      return 'quorum';
    default:
      return null;
  }
}
