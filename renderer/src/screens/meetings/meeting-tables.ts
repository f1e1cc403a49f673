// The tables a meeting's screens read: a `changed` event naming any of them refetches (a phone's
// sign-in, a check-in on another laptop, a seal arriving by sync).
export const MEETING_TABLES = ['meetings', 'agenda_items', 'attendance', 'motions', 'meeting_records', 'decisions', 'members', 'proposals'] as const;

export const REGISTER_TABLES = ['decisions', 'meetings', 'agenda_items', 'motions', 'meeting_records', 'proposals'] as const;
