import { describe, expect, it } from 'vitest';
import { columnTargetSchema } from '../../../shared/contract/members.js';
import { defaultMapping, detectFormat } from '../../../shared/members/import-formats.js';

// The header lines of the sample exports in test/fixtures.
const actionNetworkHeaders = [
  'uuid', 'first_name', 'last_name', 'email', 'zip_code', 'can2_user_address', 'can2_user_city',
  'can2_state_abbreviated', 'country', 'can2_phone', 'can2_sms_status', 'can2_subscription_status',
  'can2_subscription_date', 'can2_user_tags', 'Phone Number', 'Volunteer_Postcard to voters',
];
const nationBuilderHeaders = [
  'nationbuilder_id', 'first_name', 'last_name', 'email', 'email_opt_in', 'phone_number', 'mobile_number',
  'mobile_opt_in', 'tag_list', 'created_at', 'recruiter_id', 'primary_city', 'primary_state', 'primary_zip',
  'membership_names', 'donations_pledged_amount', 'note',
];

describe('detectFormat', () => {
  it('recognises Action Network by can2_ or uuid columns next to a person', () => {
    expect(detectFormat(actionNetworkHeaders)).toBe('actionnetwork');
    expect(detectFormat(['uuid', 'email'])).toBe('actionnetwork');
  });

  it('recognises NationBuilder by nationbuilder_id or its tag and opt-in columns', () => {
    expect(detectFormat(nationBuilderHeaders)).toBe('nationbuilder');
    expect(detectFormat(['first_name', 'email', 'tag_list'])).toBe('nationbuilder');
    expect(detectFormat(['email', 'email_opt_in'])).toBe('nationbuilder');
  });

  it('calls everything else a spreadsheet, including our own export', () => {
    expect(detectFormat(['Name', 'E-mail', 'Phone', 'Tags', 'Joined'])).toBe('spreadsheet');
    expect(detectFormat(['id', 'first_name', 'last_name', 'email', 'tags', 'custom:Shirt'])).toBe('spreadsheet');
    expect(detectFormat(['uuid', 'Title'])).toBe('spreadsheet');
  });
});

describe('defaultMapping', () => {
  it('maps every Action Network export column', () => {
    expect(defaultMapping('actionnetwork', actionNetworkHeaders)).toEqual([
      'externalId', 'firstName', 'lastName', 'email', 'postalCode', 'street', 'city', 'region', 'country', 'phone',
      'smsConsent', 'emailConsent', 'joinedOn', 'tags', 'mobilePhone', 'custom:Volunteer_Postcard to voters',
    ]);
  });

  it('maps every NationBuilder export column', () => {
    expect(defaultMapping('nationbuilder', nationBuilderHeaders)).toEqual([
      'externalId', 'firstName', 'lastName', 'email', 'emailConsent', 'phone', 'mobilePhone', 'smsConsent', 'tags',
      'joinedOn', 'recruiterExternalId', 'city', 'region', 'postalCode', 'status', 'custom:donations_pledged_amount',
      'notes',
    ]);
  });

  it('matches spreadsheet headers loosely', () => {
    const headers = ['Name', 'Full name', 'First Name', 'given_name', 'Surname', 'E-mail', 'Email address', 'Phone',
      'Tags', 'Labels', 'Joined', 'Join date', 'Member since', 'Zip', 'Post-code', 'Notes', 'Status', 'City', 'State'];
    expect(defaultMapping('spreadsheet', headers)).toEqual(['fullName', 'fullName', 'firstName', 'firstName',
      'lastName', 'email', 'email', 'phone', 'tags', 'tags', 'joinedOn', 'joinedOn', 'joinedOn', 'postalCode',
      'postalCode', 'notes', 'status', 'city', 'region']);
  });

  it('makes "Mobile" the phone, or the fallback when there is also a phone column', () => {
    expect(defaultMapping('spreadsheet', ['Name', 'Mobile'])).toEqual(['fullName', 'phone']);
    expect(defaultMapping('spreadsheet', ['Mobile', 'Phone'])).toEqual(['mobilePhone', 'phone']);
  });

  it('reads the headers of our own export back to our fields', () => {
    const headers = ['id', 'first_name', 'last_name', 'email', 'phone', 'street', 'city', 'region', 'postal_code',
      'country', 'email_consent', 'sms_consent', 'tags', 'status', 'joined_on', 'recruited_by', 'notes',
      'custom:Shirt size'];
    expect(defaultMapping('spreadsheet', headers)).toEqual(['externalId', 'firstName', 'lastName', 'email', 'phone',
      'street', 'city', 'region', 'postalCode', 'country', 'emailConsent', 'smsConsent', 'tags', 'status',
      'joinedOn', 'recruiterExternalId', 'notes', 'custom:Shirt size']);
  });

  it('keeps unknown columns as custom fields and ignores unnamed ones', () => {
    expect(defaultMapping('spreadsheet', ['Shirt size', '', 'custom:Pronouns'])).toEqual([
      'custom:Shirt size', 'ignore', 'custom:Pronouns',
    ]);
    expect(defaultMapping('nationbuilder', ['custom:email'])).toEqual(['custom:email']);
  });

  it('only produces targets the contract accepts, even for very long headers', () => {
    const mapping = defaultMapping('spreadsheet', ['x'.repeat(300), '  ', '#']);
    for (const target of mapping) expect(columnTargetSchema.safeParse(target).success).toBe(true);
    expect(mapping[0]).toBe(`custom:${'x'.repeat(100)}`);
  });
});
