import { describe, expect, it } from 'vitest';
import type { Member } from '../../shared/contract/members.js';
import { changesBetween, createInput, draftFromMember, draftProblems, emptyDraft, fieldProblem } from '../../renderer/src/screens/members/member-draft.js';

const ada: Member = {
  id: 'm1', chapterId: 'c1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phone: null, street: null, city: 'London',
  region: null, postalCode: null, country: 'GB', emailConsent: true, smsConsent: null, tags: ['steward'], status: 'member', joinedOn: '2024-03-01',
  recruitedBy: null, notes: null, custom: { Shift: 'night' }, mergedInto: null, deletedAt: null, erasedAt: null, updatedHlc: 'x',
};

describe('member draft', () => {
  it('an untouched draft changes nothing', () => {
    const base = draftFromMember(ada);
    expect(changesBetween(base, { ...base })).toEqual({});
  });

  it('sends only the fields that changed, in contract shape', () => {
    const base = draftFromMember(ada);
    const draft = { ...base, city: '  ', phone: '+15551234567', smsConsent: 'no' as const, tags: ['steward', 'donor'], custom: [{ key: 'Shift', value: 'day' }] };
    expect(changesBetween(base, draft)).toEqual({ city: null, phone: '+15551234567', smsConsent: false, tags: ['steward', 'donor'], custom: { Shift: 'day' } });
  });

  it('checks fields with the contract’s own rules', () => {
    const draft = { ...emptyDraft(), email: 'ada@', phone: '555', joinedOn: '2024-02-31' };
    expect(fieldProblem(draft, 'email')).toBe('Not an email address');
    expect(fieldProblem(draft, 'phone')).toMatch(/international format/);
    expect(fieldProblem(draft, 'joinedOn')).toBe('Not a real date');
    expect(fieldProblem(draft, 'firstName', 'create')).toBe('A first name is required');
    expect(fieldProblem(draft, 'firstName', 'update')).toBeNull();
  });

  it('refuses custom fields without a name or with the same name twice', () => {
    expect(draftProblems({ ...emptyDraft(), firstName: 'A', custom: [{ key: '', value: 'x' }] }).custom).toBe('Give every custom field a name');
    expect(draftProblems({ ...emptyDraft(), firstName: 'A', custom: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }).custom).toMatch(/Two custom fields/);
  });

  it('a new member leaves blank fields out', () => {
    expect(createInput({ ...emptyDraft(), firstName: ' Rosa ', email: 'rosa@example.org' })).toEqual({ firstName: 'Rosa', email: 'rosa@example.org', status: 'member' });
  });
});
