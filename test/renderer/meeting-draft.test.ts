// The "Schedule a meeting" form's rules: local time to an instant and back, the agenda one item per
// line, the quorum as a per cent or none, and the problems shown beside each field.
import { describe, expect, it } from 'vitest';
import {
  agendaLines,
  defaultStart,
  draftFieldOf,
  emptyMeetingDraft,
  fromLocalInput,
  meetingDraftErrors,
  meetingFields,
  parseQuorum,
  toLocalInput,
} from '../../renderer/src/screens/meetings/meeting-draft.js';

describe('meeting draft', () => {
  it('turns the local date and time into an instant and back, whatever the time zone', () => {
    const iso = fromLocalInput('2026-03-05T19:00');
    expect(iso).toMatch(/^2026-03-0[456]T\d\d:00:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-03-05T19:00');
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(fromLocalInput('2026-02-30T19:00')).toBeNull();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });

  it('suggests tomorrow at seven in the evening', () => {
    const now = new Date(2026, 2, 5, 10, 30).getTime();
    expect(defaultStart(now)).toBe('2026-03-06T19:00');
  });

  it('reads the agenda one item per line, without numbers, bullets or blank lines', () => {
    expect(agendaLines('1. Welcome\n\n  - Treasurer report \n• Rent strike fund\n2) Any other business\n')).toEqual([
      'Welcome',
      'Treasurer report',
      'Rent strike fund',
      'Any other business',
    ]);
  });

  it('reads a quorum as a whole per cent, or none', () => {
    expect(parseQuorum('50')).toEqual({ value: 50 });
    expect(parseQuorum(' 66 % ')).toEqual({ value: 66 });
    expect(parseQuorum('')).toEqual({ value: null });
    expect(parseQuorum('150')).toHaveProperty('error');
    expect(parseQuorum('half')).toHaveProperty('error');
  });

  it('says what is wrong beside each field, and gives the contract its fields', () => {
    const draft = { ...emptyMeetingDraft(Date.now()), title: ' ', startsAt: '', onlineLink: 'meet.example.org', quorum: '101' };
    expect(Object.keys(meetingDraftErrors(draft)).sort()).toEqual(['onlineLink', 'quorum', 'startsAt', 'title']);
    const good = { ...draft, title: ' March meeting ', startsAt: '2026-03-05T19:00', onlineLink: 'https://meet.example.org/x', quorum: '', place: '  ' };
    expect(meetingDraftErrors(good)).toEqual({});
    expect(meetingFields(good)).toEqual({ title: 'March meeting', startsAt: fromLocalInput('2026-03-05T19:00'), place: null, onlineLink: 'https://meet.example.org/x', quorumPercent: null });
  });

  it('puts the core’s field errors beside the form’s fields', () => {
    expect(draftFieldOf('changes.onlineLink')).toBe('onlineLink');
    expect(draftFieldOf('quorumPercent')).toBe('quorum');
    expect(draftFieldOf('agenda.2')).toBe('agenda');
    expect(draftFieldOf('id')).toBeNull();
  });
});
