// A thermometer on screen: the shared drawing (shared/pledges/thermometer-svg.ts), so the screen,
// the printed page and the command line's SVG files show the same picture. The drawing names itself
// for screen readers (its title and its sentence: "$200.00 pledged of $5,000.00 (4%), …"). Several
// units (two currencies, or money and hours) are several thermometers side by side, never one sum.
import { useId } from 'react';
import type { ThermometerViewShape } from '../../../shared/contract/pledges';
import { thermometerSvg } from '../../../shared/pledges/thermometer-svg';
import { unitKey } from '../../../shared/pledges/units';
import { amountLocales } from '../locale/amounts';

interface ThermometerProps {
  view: ThermometerViewShape;
  /** Shown above the tube and read first ("Rent strike fund"). */
  title: string;
  /** In px; the height follows (2.4 × width). */
  width?: number;
}

export function Thermometer({ view, title, width = 150 }: ThermometerProps) {
  const id = useId();
  // The markup is the shared function's own: every piece of text in it is escaped there.
  const svg = thermometerSvg(view, { title, width, idPrefix: `thermo${id}`, locale: amountLocales() });
  return <div className="thermometer" data-unit={unitKey(view)} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** One thermometer per unit, titled "Title" (or "Title, USD" when there are several). */
export function Thermometers({ views, title, width, empty }: { views: ThermometerViewShape[]; title: string; width?: number; empty?: string }) {
  if (views.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <div className="thermometers">
      {views.map((view) => (
        <Thermometer key={unitKey(view)} view={view} title={views.length > 1 ? `${title}, ${unitTitle(view)}` : title} width={width} />
      ))}
    </div>
  );
}

function unitTitle(view: ThermometerViewShape): string {
  return view.kind === 'money' ? (view.currency ?? 'money') : view.kind;
}
