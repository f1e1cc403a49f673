// The "Record a pledge" form's rules: a campaign brings its kind and currency, amounts are read in
// their unit with the shared rules, money taken now needs money, and the contract's input is built
// only from what the form shows.
import { describe, expect, it } from 'vitest';
import { emptyPledgeDraft, pledgeDraftErrors, pledgeFieldOf, pledgeInput, withCampaign, type CampaignChoice } from '../../renderer/src/screens/pledges/pledge-draft.js';

const fund: CampaignChoice = { id: 'c1', name: 'Rent strike fund', kind: 'money', currency: 'USD' };
const canvass: CampaignChoice = { id: 'c2', name: 'Canvass', kind: 'actions', currency: null };
const ready = (init = {}) => emptyPledgeDraft('2026-03-05', 'USD', { memberId: 'm1', amount: '10.00', ...init });

describe('pledge draft', () => {
  it('says what is missing, beside each field', () => {
    const errors = pledgeDraftErrors(emptyPledgeDraft('2026-03-05', ''), undefined);
    expect(errors).toEqual({ memberId: 'Choose who is pledging', currency: 'Give the currency, like USD', amount: 'Give the amount, like 10.00' });
  });

  it('reads amounts in their currency and says how to write them', () => {
    expect(pledgeDraftErrors(ready({ amount: '10.005' }), undefined).amount).toMatch(/^The amount '10.005' has 3 decimals; USD amounts have at most 2/);
    expect(pledgeDraftErrors(ready({ amount: '1,000.00' }), undefined).amount).toMatch(/thousands separators/);
    expect(pledgeDraftErrors(ready({ amount: '0' }), undefined).amount).toBe('The amount of a pledge is more than 0');
    expect(pledgeDraftErrors(ready({ currency: 'JPY', amount: '10.5' }), undefined).amount).toMatch(/JPY has no minor unit/);
    expect(pledgeDraftErrors(ready({ currency: 'usd' }), undefined)).toEqual({});
    expect(pledgeDraftErrors(ready({ currency: 'XYZ' }), undefined).currency).toMatch(/not a currency this device knows/);
  });

  it('counts hours and actions in whole numbers, without a currency', () => {
    expect(pledgeDraftErrors(ready({ kind: 'hours', currency: '', amount: '3' }), undefined)).toEqual({});
    expect(pledgeDraftErrors(ready({ kind: 'hours', currency: '', amount: '2.5' }), undefined).amount).toBe("Hours are counted in whole numbers, like 3, not '2.5'");
    expect(pledgeDraftErrors(ready({ kind: 'actions', currency: '', amount: '' }), undefined).amount).toBe('Give the number of actions, like 3');
  });

  it('a campaign brings its kind and currency, and a pledge to it must share them', () => {
    const chosen = withCampaign(ready({ currency: 'EUR', paidNow: true }), fund, 'USD');
    expect(chosen).toMatchObject({ campaignId: 'c1', kind: 'money', currency: 'USD', paidNow: true });
    expect(pledgeDraftErrors({ ...chosen, currency: 'EUR' }, fund).currency).toBe('Rent strike fund collects USD; pledge in USD, or to the chapter');
    const actions = withCampaign(chosen, canvass, 'USD');
    expect(actions).toMatchObject({ kind: 'actions', paidNow: false });
    expect(pledgeDraftErrors({ ...actions, kind: 'money' }, canvass).kind).toBe('Canvass counts actions');
    expect(withCampaign(actions, undefined, 'USD')).toMatchObject({ campaignId: '' });
  });

  it('needs a real first date', () => {
    expect(pledgeDraftErrors(ready({ startOn: '' }), undefined).startOn).toBe('Pick the date of the first instalment');
    expect(pledgeDraftErrors(ready({ startOn: '2026-02-30' }), undefined).startOn).toBe('Pick the date of the first instalment');
  });

  it('builds the input: money paid now with its method and reference, nothing the form does not show', () => {
    expect(pledgeInput(ready({ campaignId: 'c1', recurrence: 'monthly', note: ' first ', paidNow: true, method: 'cheque', reference: ' 1042 ' }))).toEqual({
      memberId: 'm1',
      campaignId: 'c1',
      kind: 'money',
      amount: '10.00',
      currency: 'USD',
      recurrence: 'monthly',
      startOn: '2026-03-05',
      note: 'first',
      paidNow: { method: 'cheque', reference: '1042' },
    });
    // Hours carry no currency and are never "paid now" in cash.
    expect(pledgeInput(ready({ kind: 'hours', amount: '3', paidNow: true }))).toEqual({ memberId: 'm1', campaignId: null, kind: 'hours', amount: '3', recurrence: 'once', startOn: '2026-03-05' });
  });

  it("places the core's problems beside the form's fields", () => {
    expect(pledgeFieldOf('amount')).toBe('amount');
    expect(pledgeFieldOf('paidNow.reference')).toBe('reference');
    expect(pledgeFieldOf('paidNow')).toBe('paidNow');
    expect(pledgeFieldOf('meetingId')).toBeNull();
  });
});
