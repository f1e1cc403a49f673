// Picks one member by typing part of their name, e-mail or phone (members.search). Used for
// "recruited by", "merge into" and the organiser's own record. Shows the chosen member's name
// when not typing; Escape or Clear returns to no choice.
import { useId, useState, type KeyboardEvent } from 'react';
import type { MemberSummary } from '../../../shared/contract/members';
import { useDebounced } from '../data/use-debounced';
import { useQuery } from '../data/use-query';
import { memberName } from './member-name';

interface MemberPickerProps {
  id?: string;
  value: string | null;
  onChange(id: string | null, member?: MemberSummary): void;
  /** A member who may not be chosen (the member being edited). */
  excludeId?: string;
  placeholder?: string;
  disabled?: boolean;
  /** Names the clear button's tooltip ("Clear Recruited by"); its accessible name is just "Clear". */
  label: string;
  autoFocus?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function MemberPicker({ id, value, onChange, excludeId, placeholder = 'Type a name, e-mail or phone', disabled, label, autoFocus, ...aria }: MemberPickerProps) {
  const [text, setText] = useState<string | null>(null);
  const [highlight, setHighlight] = useState(0);
  const listId = useId();
  const query = useDebounced(text ?? '', 120);
  const chosen = useQuery('members.get', value ? { id: value } : null, { tables: ['members'] });
  const results = useQuery('members.search', text !== null && query.trim() !== '' ? { query, limit: 8 } : null, { tables: ['members'] });
  const options = (text !== null && query.trim() !== '' ? (results.data?.rows ?? []) : []).filter((m) => m.id !== excludeId);
  const open = text !== null && options.length > 0;

  const chosenName = value ? (chosen.data ? memberName(chosen.data) : chosen.error ? 'a member no longer here' : '') : '';

  function choose(member: MemberSummary) {
    setText(null);
    onChange(member.id, member);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setHighlight((h) => Math.min(options.length - 1, h + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight((h) => Math.max(0, h - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[highlight];
      if (open && option) choose(option);
    } else if (event.key === 'Escape' && text !== null) {
      event.stopPropagation();
      event.preventDefault();
      setText(null);
    }
  }

  return (
    <div className="picker">
      <div className="picker-row">
        <input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${highlight}` : undefined}
          {...aria}
          autoFocus={autoFocus}
          disabled={disabled}
          value={text ?? chosenName}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setHighlight(0);
          }}
          onFocus={(e) => e.target.select()}
          onBlur={() => setText(null)}
          onKeyDown={onKeyDown}
        />
        {value && !disabled && (
          <button type="button" className="btn btn-ghost btn-small" title={`Clear ${label}`} onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </div>
      {value && text === null && chosen.data && (chosen.data.email || chosen.data.city) && (
        <p className="picker-detail muted">{[chosen.data.email, chosen.data.city].filter(Boolean).join(' · ')}</p>
      )}
      {open && (
        <ul className="listbox" role="listbox" id={listId} aria-label={`Members matching “${query}”`}>
          {options.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlight}
              className={i === highlight ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              <span>{memberName(m)}</span>
              <span className="muted">{[m.email, m.city].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
