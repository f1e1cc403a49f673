// How the meeting screens say things: a walk-in's result, a hash too long for its place.
import { describe, expect, it } from 'vitest';
import { shortHash, signUpInWords } from '../../renderer/src/screens/meetings/meeting-words.js';

describe('meeting words', () => {
  it('says what happened to a walk-in', () => {
    const attendee = { memberId: 'm', name: 'Quinn López', email: null, phone: null, checkedInAt: null, via: 'desk' as const, walkIn: false, pledgeNote: null };
    expect(signUpInWords({ attendee, newMember: false, alreadyCheckedIn: false })).toBe('Quinn López was already a member: checked in');
    expect(signUpInWords({ attendee, newMember: true, alreadyCheckedIn: false })).toBe('Quinn López added as a new member and checked in');
    expect(signUpInWords({ attendee, newMember: false, alreadyCheckedIn: true })).toBe('Quinn López was already checked in');
  });

  it('shortens a hash for where the whole one does not fit', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab…');
    expect(shortHash('abc')).toBe('abc');
  });
});
