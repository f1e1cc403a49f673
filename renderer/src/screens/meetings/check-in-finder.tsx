// The desk at the door: type a keystroke or two of a name, e-mail or phone and the roster answers
// as you type (attendance.find); Enter checks in the top match (or the one the arrow keys moved to)
// and clears the field for the next person. Enter pressed before the answer for what was typed has
// arrived waits for it, so a fast typist never checks in the match of an earlier, shorter query.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckInCandidate } from '../../../../shared/contract/meetings';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';

const FIND_TABLES = ['members', 'attendance'];

export function CheckInFinder({ meetingId }: { meetingId: string }) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState<{ text: string; tone: 'success' | 'info' | 'error' } | null>(null);
  const enterWaiting = useRef(false);
  const query = text.trim();
  const found = useQuery('attendance.find', query ? { meetingId, query, limit: 8 } : null, { tables: FIND_TABLES });
  const checkIn = useMutation('attendance.checkIn');
  const candidates = query && found.data ? found.data : [];
  const current = query !== '' && !found.loading;

  useEffect(() => setActive(0), [query]);

  async function admit(candidate: CheckInCandidate | undefined) {
    if (!candidate) {
      setSaid({ text: `Nobody on the roster matches “${query}”: sign them up as a walk-in below`, tone: 'info' });
      return;
    }
    if (candidate.checkedIn) {
      setSaid({ text: `${candidate.name} is already checked in`, tone: 'info' });
      setText('');
      return;
    }
    try {
      const result = await checkIn.run({ meetingId, memberId: candidate.memberId, via: 'desk' });
      setSaid({ text: result.alreadyCheckedIn ? `${result.attendee.name} is already checked in` : `Checked in ${result.attendee.name}`, tone: 'success' });
      setText('');
    } catch (error) {
      setSaid({ text: errorMessage(error), tone: 'error' });
    }
    inputRef.current?.focus();
  }

  // Enter pressed while the answer for the current text was on its way: act when it arrives.
  useEffect(() => {
    if (!enterWaiting.current || !current) return;
    enterWaiting.current = false;
    void admit(candidates[active]);
    // admit reads the latest candidates; this runs when they arrive.
  }, [current, candidates]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(candidates.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!query) return;
      if (current) void admit(candidates[active]);
      else enterWaiting.current = true;
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  }

  const activeCandidate = candidates[active];
  return (
    <section className="check-in" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`}>Check in</h2>
      <div className="check-in-box">
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          className="check-in-input"
          aria-label="Find a member to check in"
          aria-expanded={candidates.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeCandidate ? `${listId}-${activeCandidate.memberId}` : undefined}
          placeholder="Type a name, e-mail or phone, then Enter"
          value={text}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setSaid(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="check-in-list" role="listbox" id={listId} aria-label="Matching members" hidden={candidates.length === 0}>
          {candidates.map((c, i) => (
            <li
              key={c.memberId}
              id={`${listId}-${c.memberId}`}
              role="option"
              aria-selected={i === active}
              className={`check-in-option ${i === active ? 'is-active' : ''} ${c.checkedIn ? 'is-in' : ''}`}
              onMouseMove={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void admit(c)}
            >
              <span className="check-in-name">{c.name}</span>
              <span className="muted">{[c.email, c.phone].filter(Boolean).join(' · ')}</span>
              {c.checkedIn && <span className="badge badge-member">Checked in</span>}
            </li>
          ))}
        </ul>
        {query && current && candidates.length === 0 && <p className="muted check-in-none">Nobody on the roster matches “{query}”. Sign them up as a walk-in.</p>}
      </div>
      <p className={`check-in-said tone-${said?.tone ?? 'info'}`} role="status">
        {said?.text ?? ''}
      </p>
    </section>
  );
}
