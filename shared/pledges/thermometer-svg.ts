// A thermometer drawn as an SVG string: a tube that fills from the bulb up, fulfilled in solid
// colour, pledged-but-not-yet-fulfilled above it in a hatched lighter colour, the goal at the top
// with quarter marks, and a legend with the amounts. Pure (no DOM), so the renderer, the printed
// page and the tests draw the same picture. It must print well: black outlines, a hatch that still
// reads in greyscale, real text (not paths) for the amounts, and a fixed size in user units.
// Every piece of text is escaped: names and titles come from people.
import { escapeMarkup as escapeXml } from './escape-markup.js';
import { formatInUnit, type ThermometerView } from './units.js';

export interface ThermometerSvgOptions {
  /** Shown above the tube and read first by screen readers ("Rent strike fund"). */
  title?: string;
  /** Width in user units (and px); the height follows (2.4 × width). Default 180. */
  width?: number;
  /** Prefix for the ids inside the SVG, so several thermometers can share a page. */
  idPrefix?: string;
  locale?: string | readonly string[];
}

const FULFILLED = '#b03a2e';
const PLEDGED = '#f5b7a8';
const INK = '#222222';

export function thermometerSvg(view: ThermometerView, options: ThermometerSvgOptions = {}): string {
  const width = options.width ?? 180;
  const height = Math.round(width * 2.4);
  const id = safeId(options.idPrefix ?? `thermo-${hashOf(`${options.title ?? ''}|${view.label}`)}`);
  const amount = (n: number) => formatInUnit(n, view, options.locale);

  // Geometry in a 180 × 432 box, scaled: the tube, the bulb under it, the legend under the bulb.
  const tubeX = 62;
  const tubeW = 28;
  const tubeTop = 58;
  const bulbCx = tubeX + tubeW / 2;
  const bulbR = 24;
  const bulbCy = 320;
  const tubeBottom = bulbCy - bulbR + 6;
  const tubeHeight = tubeBottom - tubeTop;
  const levelY = (share: number) => tubeBottom - share * tubeHeight;
  const pledgedY = levelY(view.pledgedShare);
  const fulfilledY = levelY(view.fulfilledShare);
  const hasGoal = view.goal !== null && view.goal > 0;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 180 432" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(options.title ?? 'Thermometer')}</title>`,
    `<desc id="${id}-desc">${escapeXml(view.label)}</desc>`,
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${PLEDGED}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${FULFILLED}" stroke-width="1.5"/></pattern>` +
      `<clipPath id="${id}-inside"><rect x="${tubeX}" y="${tubeTop}" width="${tubeW}" height="${tubeHeight + bulbR}" rx="${tubeW / 2}"/>` +
      `<circle cx="${bulbCx}" cy="${bulbCy}" r="${bulbR}"/></clipPath></defs>`,
    `<rect width="180" height="432" fill="#ffffff"/>`,
  );
  if (options.title) {
    parts.push(`<text x="90" y="22" text-anchor="middle" font-family="sans-serif" font-size="14" font-weight="bold" fill="${INK}">${escapeXml(clip(options.title, 26))}</text>`);
  }
  // The liquid, clipped to the tube and bulb: pledged first (hatched), fulfilled over it (solid).
  const bulbFill = view.fulfilled > 0 ? FULFILLED : view.pledged > 0 ? `url(#${id}-hatch)` : '#ffffff';
  parts.push(`<g clip-path="url(#${id}-inside)">`);
  parts.push(`<circle cx="${bulbCx}" cy="${bulbCy}" r="${bulbR}" fill="${bulbFill}"/>`);
  if (view.pledgedShare > 0) parts.push(rect(tubeX, pledgedY, tubeW, tubeBottom + bulbR - pledgedY, `url(#${id}-hatch)`, `${id}-pledged`));
  if (view.fulfilledShare > 0) parts.push(rect(tubeX, fulfilledY, tubeW, tubeBottom + bulbR - fulfilledY, FULFILLED, `${id}-fulfilled`));
  parts.push('</g>');
  // The outline over the liquid, so it stays crisp on paper.
  parts.push(
    `<rect x="${tubeX}" y="${tubeTop}" width="${tubeW}" height="${tubeHeight}" rx="${tubeW / 2}" fill="none" stroke="${INK}" stroke-width="2"/>`,
    `<circle cx="${bulbCx}" cy="${bulbCy}" r="${bulbR}" fill="none" stroke="${INK}" stroke-width="2"/>`,
    // Hide the seam where tube and bulb meet.
    `<rect x="${tubeX + 1}" y="${tubeBottom - 8}" width="${tubeW - 2}" height="12" fill="${view.fulfilled > 0 ? FULFILLED : view.pledgedShare > 0 ? `url(#${id}-hatch)` : '#ffffff'}"/>`,
  );
  if (hasGoal) {
    for (const quarter of [0.25, 0.5, 0.75, 1]) {
      const y = fmt(levelY(quarter));
      parts.push(
        `<line x1="${tubeX + tubeW}" y1="${y}" x2="${tubeX + tubeW + (quarter === 1 ? 14 : 8)}" y2="${y}" stroke="${INK}" stroke-width="${quarter === 1 ? 2 : 1}"/>`,
        `<text x="${tubeX + tubeW + 17}" y="${fmt(levelY(quarter) + 4)}" font-family="sans-serif" font-size="11" fill="${INK}">${quarter * 100}%</text>`,
      );
    }
    parts.push(`<text x="90" y="44" text-anchor="middle" font-family="sans-serif" font-size="12" fill="${INK}">Goal ${escapeXml(amount(view.goal!))}</text>`);
  }
  if (view.over) {
    parts.push(`<text x="${tubeX - 6}" y="${tubeTop + 10}" text-anchor="end" font-family="sans-serif" font-size="11" font-weight="bold" fill="${INK}">past goal</text>`);
  }
  // Legend: a swatch and a line per amount, percents of the goal when there is one.
  const percent = (p: number | null) => (p === null ? '' : ` (${p}%)`);
  const legendY = bulbCy + bulbR + 26;
  parts.push(
    `<rect x="14" y="${legendY - 10}" width="12" height="12" fill="${FULFILLED}" stroke="${INK}" stroke-width="1"/>`,
    `<text x="32" y="${legendY}" font-family="sans-serif" font-size="12" fill="${INK}">Fulfilled ${escapeXml(amount(view.fulfilled))}${percent(view.fulfilledPercent)}</text>`,
    `<rect x="14" y="${legendY + 10}" width="12" height="12" fill="url(#${id}-hatch)" stroke="${INK}" stroke-width="1"/>`,
    `<text x="32" y="${legendY + 20}" font-family="sans-serif" font-size="12" fill="${INK}">Pledged ${escapeXml(amount(view.pledged))}${percent(view.pledgedPercent)}</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

function rect(x: number, y: number, width: number, height: number, fill: string, id: string): string {
  return `<rect id="${id}" x="${x}" y="${fmt(y)}" width="${width}" height="${fmt(Math.max(0, height))}" fill="${fill}"/>`;
}

/** One decimal at most: short, stable output for tests and diffs. */
function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function safeId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `t-${cleaned}`;
}

/** A short, stable hash (FNV-1a) so the default ids differ between thermometers on one page. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
