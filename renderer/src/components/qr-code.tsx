// Draws a QR code the core made (a meeting hub's invite, a meeting's phone sign-in page) from the
// checked tree of shapes (qr-svg.ts) as React elements, on a white plate in both themes: scanners
// need dark modules on a light ground. If the core's drawing does not pass the checks, the address
// shown large beside it is enough.
import { createElement, useMemo, type ReactElement } from 'react';
import { parseQrSvg, type SafeSvgNode } from './qr-svg';

const reactNames: Record<string, string> = {
  'shape-rendering': 'shapeRendering',
  'stroke-width': 'strokeWidth',
};

function render(node: SafeSvgNode, key: number, extra: Record<string, unknown> = {}): ReactElement {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[reactNames[name] ?? name] = value;
  return createElement(node.tag, { ...props, ...extra }, ...node.children.map((child, i) => render(child, i)));
}

export function QrCode({ svg, label }: { svg: string; label: string }) {
  const tree = useMemo(() => {
    try {
      return parseQrSvg(svg);
    } catch {
      return null;
    }
  }, [svg]);
  if (!tree) {
    return <p className="qr-missing muted">The QR code could not be shown. Type the address beside it instead.</p>;
  }
  // The plate sets the size: the drawing's own width and height would fight the layout.
  const { width: _width, height: _height, ...rootAttrs } = tree.attrs;
  return (
    <div className="qr-plate" role="img" aria-label={label}>
      {render({ ...tree, attrs: rootAttrs }, 0, { 'aria-hidden': true, focusable: 'false', className: 'qr-svg' })}
    </div>
  );
}
