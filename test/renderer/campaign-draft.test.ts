// The campaign form's rules: a name, a goal read in its unit (money in a currency, hours or actions),
// dates that run forwards, and the inputs for creating and changing a campaign.
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/contract/pledges.js';
import { campaignChanges, campaignCreateInput, campaignDraftErrors, campaignDraftOf, campaignFieldOf, emptyCampaignDraft } from '../../renderer/src/screens/pledges/campaign-draft.js';

describe('campaign draft', () => {
  it('says what is missing', () => {
    expect(campaignDraftErrors(emptyCampaignDraft(''))).toEqual({ name: 'Give the campaign a name', currency: 'Give the currency, like USD', goal: 'Give the goal, like 5000.00' });
  });

  it('reads the goal in its unit, with the shared rules', () => {
    const draft = { ...emptyCampaignDraft('USD'), name: 'Fund' };
    expect(campaignDraftErrors({ ...draft, goal: '5,000' }).goal).toMatch(/^The goal '5,000' has thousands separators/);
    expect(campaignDraftErrors({ ...draft, goal: '5000.00' })).toEqual({});
    expect(campaignDraftErrors({ ...draft, kind: 'hours', currency: '', goal: '200' })).toEqual({});
    expect(campaignDraftErrors({ ...draft, kind: 'hours', goal: '' }).goal).toBe('Give the goal in hours, like 100');
    expect(campaignDraftErrors({ ...draft, goal: '0' }).goal).toBe('The goal is more than 0');
  });

  it('dates run forwards', () => {
    const draft = { ...emptyCampaignDraft('USD'), name: 'Fund', goal: '10' };
    expect(campaignDraftErrors({ ...draft, startsOn: '2026-03-01', endsOn: '2026-02-01' }).endsOn).toBe('The campaign ends before it starts');
    expect(campaignDraftErrors({ ...draft, startsOn: '2026-03-01', endsOn: '2026-03-01' })).toEqual({});
  });

  it('builds the inputs: hours carry no currency; a change clears emptied fields', () => {
    const draft = { ...emptyCampaignDraft('usd'), name: ' Fund ', goal: ' 5000 ', description: '  ' };
    expect(campaignCreateInput(draft)).toEqual({ name: 'Fund', kind: 'money', currency: 'USD', goal: '5000' });
    expect(campaignCreateInput({ ...draft, kind: 'hours', endsOn: '2026-12-31' })).toEqual({ name: 'Fund', kind: 'hours', goal: '5000', endsOn: '2026-12-31' });
    expect(campaignChanges(draft)).toEqual({ name: 'Fund', description: null, goal: '5000', startsOn: null, endsOn: null });
  });

  it("starts an edit from the campaign's goal as a person would type it", () => {
    const campaign = { name: 'Fund', description: null, kind: 'money', currency: 'USD', goal: 500000, startsOn: null, endsOn: '2026-12-31' } as Campaign;
    expect(campaignDraftOf(campaign)).toEqual({ name: 'Fund', description: '', kind: 'money', currency: 'USD', goal: '5000.00', startsOn: '', endsOn: '2026-12-31' });
    expect(campaignFieldOf('changes.endsOn')).toBe('endsOn');
    expect(campaignFieldOf('id')).toBeNull();
  });
});
