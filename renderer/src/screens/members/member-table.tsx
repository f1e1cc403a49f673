// The roster as a virtualised grid: only the rows on screen exist in the DOM, their data fetched a
// page at a time (MemberPageStore), so 100,000 members scroll as smoothly as 100.
// Keyboard: the grid is one tab stop; arrows, Page Up/Down, Home/End move the highlighted row
// (aria-activedescendant), Enter opens it. A click opens the row too.
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import type { MemberSummary } from '../../../../shared/contract/members';
import type { MemberPageStore } from '../../data/member-page-store';
import { formatDay } from '../../locale/format';
import { formatPhone } from '../../locale/phone';
import { statusLabels } from './member-labels';

const columns = ['Name', 'E-mail', 'Phone', 'Tags', 'Status', 'City', 'Joined'] as const;
const ROW_HEIGHT = 32;

export interface MemberTableHandle {
  focus(): void;
}

interface MemberTableProps {
  store: MemberPageStore;
  total: number;
  onOpen(member: MemberSummary): void;
  position: { current: { scrollOffset: number; activeIndex: number } };
}

export const MemberTable = forwardRef<MemberTableHandle, MemberTableProps>(function MemberTable({ store, total, onOpen, position }, ref) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => Math.min(position.current.activeIndex, Math.max(0, total - 1)));
  const shownKey = store.shownKey;
  const lastKey = useRef(shownKey);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header row sits above the first row and covers the top of the viewport.
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
    initialOffset: () => position.current.scrollOffset,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useImperativeHandle(ref, () => ({ focus: () => scrollRef.current?.focus() }), []);

  useEffect(() => {
    store.setRange(first, last);
  }, [store, first, last]);

  // A new search shows its rows from the top.
  useEffect(() => {
    if (lastKey.current === shownKey) return;
    lastKey.current = shownKey;
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [shownKey, virtualizer]);

  useEffect(() => {
    if (active > total - 1) setActive(Math.max(0, total - 1));
  }, [total, active]);

  // Remember where we were, for the way back from a profile.
  useEffect(() => {
    const saved = position;
    return () => {
      saved.current = { scrollOffset: virtualizer.scrollOffset ?? 0, activeIndex: active };
    };
  }, [position, virtualizer, active]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 2);
    const moves: Record<string, () => number> = {
      ArrowDown: () => active + 1,
      ArrowUp: () => active - 1,
      PageDown: () => active + page,
      PageUp: () => active - page,
      Home: () => 0,
      End: () => total - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move());
    } else if (event.key === 'Enter') {
      const member = store.row(active);
      if (member) {
        event.preventDefault();
        onOpen(member);
      }
    }
  }

  const activeRendered = items.some((item) => item.index === active) && store.row(active) !== undefined;
  return (
    <div
      ref={scrollRef}
      className="member-grid"
      role="grid"
      aria-label="Members"
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? `member-row-${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="member-rows" style={{ height: virtualizer.getTotalSize() }}>
        <div className="member-row member-head" role="row" aria-rowindex={1}>
          {columns.map((c) => (
            <div key={c} role="columnheader" className="member-cell">
              {c}
            </div>
          ))}
        </div>
        {items.map((item) => {
          const member = store.row(item.index);
          return (
            <div
              key={item.key}
              id={`member-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === active}
              className={`member-row ${item.index === active ? 'is-active' : ''} ${member ? '' : 'is-loading'}`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setActive(item.index);
                if (member) onOpen(member);
              }}
            >
              {member ? <MemberCells member={member} /> : <PlaceholderCells />}
            </div>
          );
        })}
      </div>
    </div>
  );
});

function MemberCells({ member }: { member: MemberSummary }) {
  const name = `${member.firstName} ${member.lastName}`.trim();
  return (
    <>
      <div role="gridcell" className="member-cell cell-name">
        {name || <span className="faint">No name</span>}
      </div>
      <div role="gridcell" className="member-cell">
        {member.email}
      </div>
      <div role="gridcell" className="member-cell cell-phone">
        {formatPhone(member.phone)}
      </div>
      <div role="gridcell" className="member-cell cell-tags">
        {member.tags.slice(0, 4).map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        {member.tags.length > 4 && <span className="faint">+{member.tags.length - 4}</span>}
      </div>
      <div role="gridcell" className="member-cell">
        <span className={`badge badge-${member.status}`}>{statusLabels[member.status]}</span>
      </div>
      <div role="gridcell" className="member-cell">
        {member.city}
      </div>
      <div role="gridcell" className="member-cell cell-date">
        {formatDay(member.joinedOn)}
      </div>
    </>
  );
}

function PlaceholderCells() {
  return (
    <>
      {columns.map((c) => (
        <div key={c} role="gridcell" className="member-cell">
          <span className="skeleton" aria-hidden="true" />
        </div>
      ))}
    </>
  );
}
