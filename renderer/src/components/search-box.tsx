// The search field at the top of a list screen: "/" focuses it (each screen binds the key), and
// it never autocorrects or autocompletes what a person types.
import type { KeyboardEvent, Ref } from 'react';
import { Kbd } from './kbd';

interface SearchBoxProps {
  label: string;
  placeholder: string;
  value: string;
  onChange(text: string): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({ label, placeholder, value, onChange, onKeyDown, ref }: SearchBoxProps) {
  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        aria-label={label}
        aria-keyshortcuts="/"
        placeholder={placeholder}
        value={value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <Kbd>/</Kbd>
    </div>
  );
}
