// The partner form's rules: a name, contacts with a name and a real e-mail (empty rows dropped), a
// full web address, and the fields as the contract takes them.
import { describe, expect, it } from 'vitest';
import { emptyContact, emptyPartnerDraft, partnerDraftErrors, partnerErrorKey, partnerFields } from '../../renderer/src/screens/network/partner-draft.js';

describe('partner draft', () => {
  it('needs a name; an empty contact row is no problem, a half-filled one is', () => {
    expect(partnerDraftErrors(emptyPartnerDraft())).toEqual({ name: 'Give the partner a name' });
    const draft = { ...emptyPartnerDraft(), name: 'Union', contacts: [emptyContact, { ...emptyContact, email: 'marisol@' }] };
    expect(partnerDraftErrors(draft)).toEqual({ 'contacts.1.name': 'Give the contact a name', 'contacts.1.email': "'marisol@' is not an e-mail address" });
  });

  it('wants a full web address', () => {
    const draft = { ...emptyPartnerDraft(), name: 'Union' };
    expect(partnerDraftErrors({ ...draft, website: 'eastside.org' }).website).toBe('Use a full address like https://tenants-union.org');
    expect(partnerDraftErrors({ ...draft, website: 'https://eastside.org' })).toEqual({});
  });

  it('gives the contract trimmed fields, empty ones as null, empty contact rows left out', () => {
    const draft = {
      name: ' Union ',
      description: '',
      worksOn: ['housing'],
      contacts: [emptyContact, { name: ' Marisol ', role: '', email: ' m@e.org ', phone: '' }],
      website: '',
      notes: ' call first ',
    };
    expect(partnerFields(draft)).toEqual({
      name: 'Union',
      description: null,
      worksOn: ['housing'],
      contacts: [{ name: 'Marisol', role: null, email: 'm@e.org', phone: null }],
      website: null,
      notes: 'call first',
    });
    expect(partnerErrorKey('changes.contacts.0.email')).toBe('contacts.0.email');
  });
});
