// Receipts for money taken by hand: a number made offline, and text and HTML that print.
import { describe, expect, it } from 'vitest';
import { receiptHtml, receiptNumber, receiptText, type Receipt } from '../../../shared/pledges/receipt.js';

const receipt: Receipt = {
  receiptNo: 'R-20250331-7KQ4MXZ2',
  chapterName: 'Riverside <Tenants>',
  memberId: 'm1',
  memberName: 'Ann "Nan" Lee',
  amount: 2050,
  currency: 'USD',
  method: 'cheque',
  reference: '000123',
  paidOn: '2025-03-31',
  dueOn: '2025-03-31',
  recurrence: 'monthly',
  campaignName: 'Rent strike fund',
  receivedBy: 'Sam',
  pledgeId: 'p1',
  instalmentId: 'p1_2025-03-31',
};

describe('receipts', () => {
  it('numbers a receipt by its date and 40 random bits, in letters that cannot be misread', () => {
    expect(receiptNumber('2025-03-31', new Uint8Array([0, 0, 0, 0, 0]))).toBe('R-20250331-00000000');
    expect(receiptNumber('2025-03-31', new Uint8Array([255, 255, 255, 255, 255]))).toBe('R-20250331-ZZZZZZZZ');
    expect(receiptNumber('2025-03-31', new Uint8Array([1, 2, 3, 4, 5]))).toMatch(/^R-20250331-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(() => receiptNumber('2025-03-31', new Uint8Array(4))).toThrow(RangeError);
  });

  it('reads as plain text with the amount in its currency and what it was for', () => {
    const text = receiptText(receipt, 'en-US');
    expect(text.split('\n')[0]).toBe('Riverside <Tenants>');
    expect(text).toContain('Amount         $20.50');
    expect(text).toContain('Paid by        cheque (000123)');
    expect(text).toContain('Towards        monthly pledge, instalment due 2025-03-31 to Rent strike fund');
    expect(text).toContain('Received by    Sam');
  });

  it('prints as an HTML page with everything escaped', () => {
    const html = receiptHtml({ ...receipt, recurrence: 'once', campaignName: null }, 'en-US');
    expect(html).toContain('Riverside &lt;Tenants&gt;');
    expect(html).toContain('Ann &quot;Nan&quot; Lee');
    expect(html).toContain('pledge to the chapter');
    expect(html).toContain('@page{size:A6');
    expect(html).not.toContain('<Tenants>');
  });
});
