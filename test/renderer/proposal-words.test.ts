// The words the Proposals screens use for statuses, and each device's caret colour.
import { describe, expect, it } from 'vitest';
import { caretColour, localDay, statusLabels, statusTone } from '../../renderer/src/screens/proposals/proposal-words.js';

describe('statuses', () => {
  it('has a label and a tone for every status', () => {
    expect(statusLabels.in_progress).toBe('In progress');
    expect(statusTone('voting')).toBe('accent');
    expect(statusTone('rejected')).toBe('danger');
  });
});

describe('caretColour', () => {
  it('gives a device the same six-digit colour every time, and spreads devices over the palette', () => {
    expect(caretColour('device-a')).toBe(caretColour('device-a'));
    expect(caretColour('device-a')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(Array.from({ length: 40 }, (_, i) => caretColour(`device-${i}`)));
    expect(colours.size).toBeGreaterThan(5);
  });
});

describe('days', () => {
  it('reads today in local time', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 30).getTime())).toBe('2025-01-05');
  });
});
