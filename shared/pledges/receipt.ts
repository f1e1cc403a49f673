// The receipt for money taken by hand (cash or a cheque at a meeting, offline): what it says, as
// plain text for a receipt printer or the terminal, and as a small HTML page to print from the app.
// Receipt numbers are made on the device that took the money, with no hub to hand out a sequence,
// so they are the payment date plus random letters (R-20250331-7KQ4MXZ2): unique across devices
// without coordination, and short enough to read out over the phone.
// Every value is escaped in the HTML: names come from people.
import type { IsoDate } from './calendar-date.js';
import type { CurrencyCode } from './currency.js';
import { formatMoney } from './money.js';
import type { Recurrence } from './pledge.js';
import { escapeMarkup } from './escape-markup.js';

export type PaymentMethod = 'cash' | 'cheque' | 'card' | 'transfer' | 'other';

export interface Receipt {
  receiptNo: string;
  chapterName: string;
  memberId: string | null;
  memberName: string;
  /** Minor units. */
  amount: number;
  currency: CurrencyCode;
  method: PaymentMethod | null;
  /** A cheque's number or a transfer's reference. */
  reference: string | null;
  paidOn: IsoDate;
  /** The instalment this payment settles. */
  dueOn: IsoDate;
  recurrence: Recurrence;
  campaignName: string | null;
  receivedBy: string | null;
  pledgeId: string;
  instalmentId: string;
}

/** Crockford's base 32: no I, L, O or U to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `R-20250331-7KQ4MXZ2` from the payment date and 5 random bytes (40 bits, 8 letters). */
export function receiptNumber(paidOn: IsoDate, entropy: Uint8Array): string {
  if (entropy.length < 5) throw new RangeError('a receipt number needs 5 random bytes');
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(entropy[i]!);
  let letters = '';
  for (let i = 0; i < 8; i++) {
    letters = ALPHABET[Number(bits & 31n)]! + letters;
    bits >>= 5n;
  }
  return `R-${paidOn.replaceAll('-', '')}-${letters}`;
}

const methodWords: Record<PaymentMethod, string> = {
  cash: 'cash',
  cheque: 'cheque',
  card: 'card',
  transfer: 'bank transfer',
  other: 'other',
};

function describePayment(receipt: Receipt): string {
  if (!receipt.method) return 'payment';
  const word = methodWords[receipt.method];
  return receipt.reference ? `${word} (${receipt.reference})` : word;
}

function towards(receipt: Receipt): string {
  const instalment = receipt.recurrence === 'once' ? 'pledge' : `${receipt.recurrence} pledge, instalment due ${receipt.dueOn}`;
  return receipt.campaignName ? `${instalment} to ${receipt.campaignName}` : `${instalment} to the chapter`;
}

/** The receipt's lines, label and value, in the order printed. */
export function receiptLines(receipt: Receipt, locale?: string | readonly string[]): [string, string][] {
  const lines: [string, string][] = [
    ['Receipt', receipt.receiptNo],
    ['Date', receipt.paidOn],
    ['Received from', receipt.memberName],
    ['Amount', formatMoney(receipt.amount, receipt.currency, locale)],
    ['Paid by', describePayment(receipt)],
    ['Towards', towards(receipt)],
  ];
  if (receipt.receivedBy) lines.push(['Received by', receipt.receivedBy]);
  return lines;
}

/** Plain text, for a receipt printer or the command line. */
export function receiptText(receipt: Receipt, locale?: string | readonly string[]): string {
  const lines = receiptLines(receipt, locale);
  const width = Math.max(...lines.map(([label]) => label.length));
  return [receipt.chapterName, '', ...lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`), '', 'Thank you.'].join('\n');
}

/** A small printable HTML page (A6-sized when printed). */
export function receiptHtml(receipt: Receipt, locale?: string | readonly string[]): string {
  const rows = receiptLines(receipt, locale)
    .map(([label, value]) => `<tr><th scope="row">${escapeMarkup(label)}</th><td>${escapeMarkup(value)}</td></tr>`)
    .join('');
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Receipt ${escapeMarkup(receipt.receiptNo)}</title>`,
    '<style>@page{size:A6;margin:10mm}body{font-family:sans-serif;color:#000;margin:0}h1{font-size:16pt;margin:0 0 8pt}' +
      'table{border-collapse:collapse;width:100%}th{text-align:left;padding:3pt 8pt 3pt 0;font-weight:normal;color:#333;vertical-align:top}' +
      'td{padding:3pt 0;font-weight:bold}p{margin-top:12pt}</style></head>',
    `<body><h1>${escapeMarkup(receipt.chapterName)}</h1><table>${rows}</table><p>Thank you.</p></body></html>`,
  ].join('');
}
