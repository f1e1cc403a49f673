// A list of short tokens (a member's tags) typed into one box: Enter or comma adds, Backspace on an
// empty box removes the last, each token has its own remove button, and known tags are suggested.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

interface TokenInputProps {
  id?: string;
  value: string[];
  onChange(value: string[]): void;
  suggestions?: string[];
  placeholder?: string;
  disabled?: boolean;
  /** What a token is called, for the remove buttons ("Remove tag volunteer"). */
  noun?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function TokenInput({ id, value, onChange, suggestions = [], placeholder, disabled, noun = 'tag', ...aria }: TokenInputProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const listId = useId();

  const matches = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const have = new Set(value.map((v) => v.toLowerCase()));
    return suggestions.filter((s) => !have.has(s.toLowerCase()) && (needle === '' || s.toLowerCase().includes(needle))).slice(0, 8);
  }, [text, value, suggestions]);

  function add(raw: string) {
    const token = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    setText('');
    setHighlight(-1);
    if (!token || value.some((v) => v.toLowerCase() === token.toLowerCase())) return;
    onChange([...value, token]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      // A token typed and left is added on blur, so Tab needs no case of its own.
      event.preventDefault();
      add(highlight >= 0 && matches[highlight] ? matches[highlight] : text);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setHighlight((h) => Math.min(matches.length - 1, h + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight((h) => Math.max(-1, h - 1));
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  }

  const showList = open && matches.length > 0 && !disabled;
  return (
    <div className={`token-input ${disabled ? 'is-disabled' : ''}`}>
      <ul className="tokens">
        {value.map((token) => (
          <li key={token} className="token">
            <span>{token}</span>
            {!disabled && (
              <button type="button" aria-label={`Remove ${noun} ${token}`} onClick={() => onChange(value.filter((v) => v !== token))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && highlight >= 0 ? `${listId}-${highlight}` : undefined}
        {...aria}
        value={text}
        disabled={disabled}
        placeholder={value.length === 0 ? placeholder : undefined}
        onChange={(e) => {
          // A pasted "a, b, c" (or a comma typed without a keydown) adds every finished token.
          const parts = e.target.value.split(',');
          const rest = parts.pop() ?? '';
          const finished = parts.map((p) => p.trim().replace(/\s+/g, ' ').slice(0, 60)).filter((p) => p !== '');
          if (finished.length > 0) {
            const known = new Set(value.map((v) => v.toLowerCase()));
            const added = finished.filter((t) => !known.has(t.toLowerCase()) && (known.add(t.toLowerCase()), true));
            if (added.length > 0) onChange([...value, ...added]);
          }
          setText(rest);
          setOpen(true);
          setHighlight(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (text.trim()) add(text);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="listbox" role="listbox" id={listId}>
          {matches.map((m, i) => (
            <li
              key={m}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlight}
              className={i === highlight ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                add(m);
              }}
            >
              {m}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
