// The QR code the core draws (the `qrcode` library's SVG) turned into a small tree of safe shapes
// that React renders as elements. The string is never inserted as markup: it is parsed, and only
// <svg>, <path> and <rect> with plain geometry and colour attributes survive. Anything else (a
// script, an event handler, a link, a url(...) paint, a foreign element) makes the whole code
// rejected rather than half-drawn, because a QR code with parts missing scans wrong.
//
// Parsing is separate from the rules: `safeSvgTree` reads any element-like tree, so the rules are
// unit-tested without a DOM; `parseQrSvg` uses the browser's DOMParser.

export type SafeSvgTag = 'svg' | 'path' | 'rect';

export interface SafeSvgNode {
  tag: SafeSvgTag;
  /** Attribute names as in SVG ("shape-rendering"); values checked against the patterns below. */
  attrs: Record<string, string>;
  children: SafeSvgNode[];
}

/** What the rules need of an element: a DOM Element fits. */
export interface ElementLike {
  localName: string;
  namespaceURI: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  children: ArrayLike<ElementLike>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_LENGTH = 200_000;
const MAX_NODES = 2_000;

const number = /^-?\d+(\.\d+)?(px)?$/;
const colour = /^(#[0-9a-fA-F]{3,8}|none|black|white|currentColor)$/;
const patterns: Record<string, RegExp> = {
  viewBox: /^-?[\d.]+([\s,]+-?[\d.]+){3}$/,
  width: number,
  height: number,
  x: number,
  y: number,
  'stroke-width': number,
  fill: colour,
  stroke: colour,
  'shape-rendering': /^(auto|crispEdges|geometricPrecision|optimizeSpeed)$/,
  // Path data is letters of the path grammar, numbers and separators: nothing that can call out.
  d: /^[MmLlHhVvZzCcSsQqTtAa\d\s.,-]+$/,
};
const allowed: Record<SafeSvgTag, readonly string[]> = {
  svg: ['viewBox', 'width', 'height', 'shape-rendering', 'fill'],
  path: ['d', 'fill', 'stroke', 'stroke-width', 'shape-rendering'],
  rect: ['x', 'y', 'width', 'height', 'fill', 'stroke', 'stroke-width'],
};

export class UnsafeSvgError extends Error {
  override name = 'UnsafeSvgError';
}

/** The cheap first look, before parsing: an SVG document, with no script and no handler in it. */
export function looksLikeSafeSvg(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_LENGTH && trimmed.startsWith('<svg') && !/<script/i.test(trimmed) && !/\son[a-z]+\s*=/i.test(trimmed);
}

/** Keeps `root` if every element and attribute in it is allowed; throws UnsafeSvgError otherwise. */
export function safeSvgTree(root: ElementLike): SafeSvgNode {
  let count = 0;
  const visit = (element: ElementLike, depth: number): SafeSvgNode => {
    if (++count > MAX_NODES) throw new UnsafeSvgError('the QR code has too many parts');
    const tag = element.localName;
    if (element.namespaceURI !== SVG_NS || !isAllowedTag(tag) || (depth === 0) !== (tag === 'svg')) {
      throw new UnsafeSvgError(`the QR code holds a <${tag}> element`);
    }
    const attrs: Record<string, string> = {};
    for (const { name, value } of Array.from(element.attributes)) {
      // The namespace declaration is implied by rendering inside React's <svg>.
      if (name === 'xmlns') continue;
      const pattern = patterns[name];
      if (!allowed[tag].includes(name) || !pattern || !pattern.test(value.trim())) {
        throw new UnsafeSvgError(`the QR code has an attribute ${name} that is not allowed on <${tag}>`);
      }
      attrs[name] = value.trim();
    }
    return { tag, attrs, children: Array.from(element.children).map((child) => visit(child, depth + 1)) };
  };
  return visit(root, 0);
}

function isAllowedTag(tag: string): tag is SafeSvgTag {
  return tag === 'svg' || tag === 'path' || tag === 'rect';
}

/** Parses the core's SVG string in the browser; throws UnsafeSvgError if it is not a plain drawing. */
export function parseQrSvg(text: string): SafeSvgNode {
  if (!looksLikeSafeSvg(text)) throw new UnsafeSvgError('the QR code is not a plain SVG drawing');
  const doc = new DOMParser().parseFromString(text.trim(), 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new UnsafeSvgError('the QR code could not be read');
  return safeSvgTree(doc.documentElement);
}
