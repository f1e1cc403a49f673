// A select of countries by name, valued by two-letter code.
import { forwardRef, useMemo, type SelectHTMLAttributes } from 'react';
import { countries, countryName } from '../locale/countries';

interface CountrySelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  /** Offer "no country" as the first option. */
  allowEmpty?: boolean;
}

export const CountrySelect = forwardRef<HTMLSelectElement, CountrySelectProps>(function CountrySelect({ allowEmpty, value, ...rest }, ref) {
  const list = useMemo(() => countries(), []);
  const known = typeof value !== 'string' || value === '' || list.some((c) => c.code === value);
  return (
    <select ref={ref} value={value} {...rest}>
      {allowEmpty && <option value="">—</option>}
      {!known && <option value={value as string}>{countryName(value as string)}</option>}
      {list.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
});
