// The thermometer as an SVG string: its levels follow the numbers, its text is escaped, several
// fit on one page, and it prints (real text, outlines, a hatch for pledged).
import { describe, expect, it } from 'vitest';
import { thermometerSvg } from '../../../shared/pledges/thermometer-svg.js';
import { thermometerView } from '../../../shared/pledges/units.js';

const usd = { kind: 'money' as const, currency: 'USD' };

function heightOf(svg: string, id: string): number | null {
  const match = new RegExp(`<rect id="[^"]*-${id}"[^>]* height="([\\d.]+)"`).exec(svg);
  return match ? Number(match[1]) : null;
}

/** Every opened element is closed, in order (a small well-formedness check without a DOM). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('thermometerSvg', () => {
  it('fills fulfilled below pledged, in proportion to the goal, with a legend in the currency', () => {
    const svg = thermometerSvg(thermometerView(usd, 500000, 250000, 100000, 'en-US'), { title: 'Rent strike fund', locale: 'en-US' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(balanced(svg)).toBe(true);
    const pledged = heightOf(svg, 'pledged')!;
    const fulfilled = heightOf(svg, 'fulfilled')!;
    expect(pledged).toBeGreaterThan(fulfilled);
    expect(svg).toContain('Goal $5,000.00');
    expect(svg).toContain('Fulfilled $1,000.00 (20%)');
    expect(svg).toContain('Pledged $2,500.00 (50%)');
    expect(svg).toContain('<title id="');
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/<pattern id="[^"]+-hatch"/);
  });

  it('draws nothing in the tube when nothing is pledged, and says when the goal is passed', () => {
    const empty = thermometerSvg(thermometerView(usd, 1000, 0, 0));
    expect(heightOf(empty, 'pledged')).toBeNull();
    expect(heightOf(empty, 'fulfilled')).toBeNull();
    expect(empty).not.toContain('past goal');
    const over = thermometerSvg(thermometerView(usd, 1000, 3000, 1500));
    expect(over).toContain('past goal');
    expect(heightOf(over, 'pledged')).toBe(heightOf(over, 'fulfilled'));
  });

  it('draws hours without a goal, and escapes every text', () => {
    const svg = thermometerSvg(thermometerView({ kind: 'hours', currency: null }, null, 12, 3), { title: '<script>alert("x")</script> & co' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Pledged 12 hours');
    expect(svg).not.toContain('Goal');
    expect(balanced(svg)).toBe(true);
  });

  it('gives different thermometers different ids, so several share a page', () => {
    const a = thermometerSvg(thermometerView(usd, 1000, 10, 0), { title: 'A' });
    const b = thermometerSvg(thermometerView(usd, 1000, 10, 0), { title: 'B' });
    const idOf = (svg: string) => /<pattern id="([^"]+)"/.exec(svg)![1];
    expect(idOf(a)).not.toBe(idOf(b));
    expect(idOf(thermometerSvg(thermometerView(usd, 1000, 10, 0), { idPrefix: 'x y' }))).toBe('x-y-hatch');
    expect(thermometerSvg(thermometerView(usd, 1000, 10, 0), { width: 90 })).toMatch(/width="90" height="216"/);
  });
});
