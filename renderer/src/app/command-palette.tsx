// Ctrl/⌘-K: jump to any member by name, e-mail or phone (members.search), or to a screen. Arrow keys
// move, Enter goes, Escape closes. Built on <dialog> so focus stays inside while it is open.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { memberName } from '../components/member-name';
import { useDebounced } from '../data/use-debounced';
import { useQuery } from '../data/use-query';
import { useRoute, type Route } from './routes';

interface Item {
  key: string;
  label: string;
  detail?: string;
  group: 'Screens' | 'Members' | 'Proposals' | 'Campaigns' | 'Partners';
  route: Route;
}

const screens: Item[] = [
  { key: 's-members', label: 'Members', group: 'Screens', route: { screen: 'members' } },
  { key: 's-new', label: 'Add member', group: 'Screens', route: { screen: 'new-member' } },
  { key: 's-dupes', label: 'Duplicates', group: 'Screens', route: { screen: 'duplicates' } },
  { key: 's-proposals', label: 'Proposals', group: 'Screens', route: { screen: 'proposals' } },
  { key: 's-meetings', label: 'Meetings', group: 'Screens', route: { screen: 'meetings' } },
  { key: 's-decisions', label: 'Decisions', group: 'Screens', route: { screen: 'decisions' } },
  { key: 's-pledges', label: 'Pledges', group: 'Screens', route: { screen: 'pledges' } },
  { key: 's-due', label: 'Due this week', group: 'Screens', route: { screen: 'pledges-due' } },
  { key: 's-all-pledges', label: 'All pledges', group: 'Screens', route: { screen: 'pledges-list' } },
  { key: 's-pledge-import', label: 'Import pledges', group: 'Screens', route: { screen: 'pledges-import' } },
  { key: 's-groups', label: 'Groups', group: 'Screens', route: { screen: 'groups' } },
  { key: 's-partners', label: 'Partners', group: 'Screens', route: { screen: 'partners' } },
  { key: 's-leaderboard', label: 'Leaderboard', group: 'Screens', route: { screen: 'leaderboard' } },
  { key: 's-import', label: 'Import', group: 'Screens', route: { screen: 'import' } },
  { key: 's-sync', label: 'Sync', group: 'Screens', route: { screen: 'sync' } },
  { key: 's-settings', label: 'Settings', group: 'Screens', route: { screen: 'settings' } },
];

/** Listed only for a device that joined headquarters as a coordinator, as in the sidebar. */
const headquarters: Item = { key: 's-hq', label: 'Headquarters', group: 'Screens', route: { screen: 'headquarters' } };

export function CommandPalette({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { navigate } = useRoute();
  const listId = useId();
  const query = useDebounced(text.trim(), 80);
  const found = useQuery('members.search', open && query ? { query, limit: 8 } : null, { tables: ['members'] });
  const proposals = useQuery('proposals.list', open && query ? { search: query } : null, { tables: ['proposals'] });
  const campaigns = useQuery('campaigns.list', open && query ? {} : null, { tables: ['campaigns'] });
  const partners = useQuery('partners.list', open && query ? { search: query } : null, { tables: ['partners'] });
  const sync = useQuery('sync.status', open ? {} : null, { tables: ['sync'] });
  const coordinator = sync.data?.hubs.some((h) => h.role === 'coordinator') ?? false;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
    // The search is cleared as the palette closes, not as it opens: it must open empty, so that
    // keys typed straight after Ctrl-K start a new search instead of adding to the last one.
    if (!open) {
      setText('');
      setActive(0);
    }
  }, [open]);

  const items = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const available = coordinator ? [...screens, headquarters] : screens;
    const screenItems = available.filter((s) => needle === '' || s.label.toLowerCase().includes(needle));
    const memberItems: Item[] = query
      ? (found.data?.rows ?? []).map((m) => ({
          key: m.id,
          label: memberName(m),
          detail: [m.email, m.city].filter(Boolean).join(' · '),
          group: 'Members',
          route: { screen: 'member', id: m.id },
        }))
      : [];
    const proposalItems: Item[] = query
      ? (proposals.data ?? []).slice(0, 5).map((p) => ({ key: `p-${p.id}`, label: p.title, detail: p.advocate?.name, group: 'Proposals', route: { screen: 'proposal', id: p.id } }))
      : [];
    const campaignItems: Item[] = query
      ? (campaigns.data ?? [])
          .filter((c) => c.name.toLowerCase().includes(query.toLowerCase()))
          .slice(0, 5)
          .map((c) => ({ key: `c-${c.id}`, label: c.name, group: 'Campaigns', route: { screen: 'campaign', id: c.id } }))
      : [];
    const partnerItems: Item[] = query
      ? (partners.data ?? []).slice(0, 5).map((p) => ({ key: `o-${p.id}`, label: p.name, detail: p.worksOn.join(', '), group: 'Partners', route: { screen: 'partner', id: p.id } }))
      : [];
    // Typing a name usually means a person: members first, then proposals, campaigns, partners, screens.
    return needle ? [...memberItems, ...proposalItems, ...campaignItems, ...partnerItems, ...screenItems] : screenItems;
  }, [text, query, found.data, proposals.data, campaigns.data, partners.data, coordinator]);

  useEffect(() => setActive(0), [items.length, query]);

  function go(item: Item | undefined) {
    if (!item) return;
    ref.current?.close();
    onClose();
    navigate(item.route);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(items[active]);
    }
  }

  let lastGroup = '';
  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Go to"
      // The 'close' event comes a task after the dialog closed (Escape, or go()), so a Ctrl-K pressed
      // in between would toggle a stale "open" back to closed. Escape is told at once through
      // 'cancel', go() says so itself, and a late 'close' counts only if the dialog is still shut.
      onCancel={onClose}
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) ref.current?.close();
      }}
    >
      {open && (
        <>
          <input
            className="palette-input"
            role="combobox"
            aria-label="Go to a member or screen"
            aria-expanded={items.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={items[active] ? `${listId}-${items[active].key}` : undefined}
            placeholder="Type a member's name, e-mail or phone, or a screen…"
            value={text}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <ul className="palette-list" role="listbox" id={listId} aria-label="Results">
            {items.map((item, i) => {
              const heading = item.group !== lastGroup ? item.group : null;
              lastGroup = item.group;
              return (
                <li key={item.key} role="presentation">
                  {heading && (
                    <div className="palette-group" aria-hidden="true">
                      {heading}
                    </div>
                  )}
                  <div
                    id={`${listId}-${item.key}`}
                    role="option"
                    aria-selected={i === active}
                    className={`palette-item ${i === active ? 'is-active' : ''}`}
                    onMouseMove={() => setActive(i)}
                    onClick={() => go(item)}
                  >
                    <span>{item.label}</span>
                    {item.detail && <span className="muted">{item.detail}</span>}
                  </div>
                </li>
              );
            })}
            {items.length === 0 && query && !found.loading && <li className="palette-empty">No member or screen matches “{text.trim()}”.</li>}
          </ul>
        </>
      )}
    </dialog>
  );
}
