// The rules that keep the core's QR drawing from carrying anything but shapes. The browser parses
// the string (DOMParser); here the rules run on hand-built element trees of the same shape.
import { describe, expect, it } from 'vitest';
import { looksLikeSafeSvg, safeSvgTree, UnsafeSvgError, type ElementLike } from '../../renderer/src/components/qr-svg.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(localName: string, attrs: Record<string, string>, children: ElementLike[] = [], namespaceURI: string | null = SVG): ElementLike {
  return { localName, namespaceURI, attributes: Object.entries(attrs).map(([name, value]) => ({ name, value })), children };
}

/** What `qrcode` draws: a white square, then the modules as one stroked path. */
function qrcodeOutput(extra: ElementLike[] = []): ElementLike {
  return el('svg', { xmlns: SVG, viewBox: '0 0 31 31', 'shape-rendering': 'crispEdges' }, [
    el('path', { fill: '#ffffff', d: 'M0 0h31v31H0z' }),
    el('path', { stroke: '#000000', d: 'M1 1.5h7m1 0h4M1 2.5h1m5 0h1' }),
    ...extra,
  ]);
}

describe('the QR code drawing', () => {
  it('keeps the qrcode library’s own output, shape for shape', () => {
    const tree = safeSvgTree(qrcodeOutput());
    expect(tree.tag).toBe('svg');
    expect(tree.attrs).toEqual({ viewBox: '0 0 31 31', 'shape-rendering': 'crispEdges' });
    expect(tree.children.map((c) => c.tag)).toEqual(['path', 'path']);
    expect(tree.children[1]!.attrs).toEqual({ stroke: '#000000', d: 'M1 1.5h7m1 0h4M1 2.5h1m5 0h1' });
  });

  it('accepts rectangles with plain geometry', () => {
    const tree = safeSvgTree(qrcodeOutput([el('rect', { x: '1', y: '1', width: '7', height: '7', fill: 'black' })]));
    expect(tree.children[2]).toEqual({ tag: 'rect', attrs: { x: '1', y: '1', width: '7', height: '7', fill: 'black' }, children: [] });
  });

  it.each([
    ['a script element', qrcodeOutput([el('script', {})])],
    ['a foreignObject', qrcodeOutput([el('foreignObject', { width: '10', height: '10' })])],
    ['a link', qrcodeOutput([el('a', { href: 'javascript:alert(1)' })])],
    ['an image', qrcodeOutput([el('image', { href: 'https://evil.example/x.png' })])],
    ['an event handler', qrcodeOutput([el('path', { d: 'M0 0h1', onclick: 'alert(1)' })])],
    ['a paint from url()', qrcodeOutput([el('path', { d: 'M0 0h1', fill: 'url(https://evil.example/#p)' })])],
    ['a style attribute', qrcodeOutput([el('rect', { x: '0', y: '0', width: '1', height: '1', style: 'background:url(x)' })])],
    ['an href on a shape', qrcodeOutput([el('path', { d: 'M0 0h1', href: '#x' })])],
    ['path data that is not geometry', qrcodeOutput([el('path', { d: 'M0 0 url(x)' })])],
    ['an HTML element', qrcodeOutput([el('path', { d: 'M0 0h1' }, [], 'http://www.w3.org/1999/xhtml')])],
    ['a root that is not <svg>', el('path', { d: 'M0 0h1' })],
    ['a nested <svg>', qrcodeOutput([el('svg', { viewBox: '0 0 1 1' })])],
  ])('rejects the whole drawing for %s', (_what, tree) => {
    expect(() => safeSvgTree(tree)).toThrow(UnsafeSvgError);
  });

  it('looks at the string before parsing it', () => {
    expect(looksLikeSafeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0h1"/></svg>\n')).toBe(true);
    expect(looksLikeSafeSvg('<?xml version="1.0"?><svg/>')).toBe(false);
    expect(looksLikeSafeSvg('<div><svg/></div>')).toBe(false);
    expect(looksLikeSafeSvg('<svg><script>alert(1)</script></svg>')).toBe(false);
    expect(looksLikeSafeSvg('<svg onload="alert(1)"></svg>')).toBe(false);
    expect(looksLikeSafeSvg('<svg><path d="M0 0" ONCLICK = "x"/></svg>')).toBe(false);
    expect(looksLikeSafeSvg(`<svg>${' '.repeat(300_000)}</svg>`)).toBe(false);
  });
});
