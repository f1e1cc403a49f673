// The editor's few formatting buttons. One tab stop for the whole bar (arrow keys move between
// buttons, as a toolbar should), each button says whether it is on (aria-pressed) and its shortcut
// in its tooltip and in aria-keyshortcuts.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isMac } from './kbd';

interface ToolbarProps {
  editor: Editor;
  onLink(): void;
}

interface Tool {
  key: string;
  label: string;
  /** Keys as TipTap names them ("Mod-Alt-2"). */
  keys: string;
  glyph: ReactNode;
  active(editor: Editor): boolean;
  run(editor: Editor): void;
}

const tools: Tool[] = [
  { key: 'bold', label: 'Bold', keys: 'Mod-B', glyph: <b>B</b>, active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: 'Italic', keys: 'Mod-I', glyph: <i>I</i>, active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    key: 'h2',
    label: 'Heading',
    keys: 'Mod-Alt-2',
    glyph: 'H2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'h3',
    label: 'Subheading',
    keys: 'Mod-Alt-3',
    glyph: 'H3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    key: 'bullets',
    label: 'Bulleted list',
    keys: 'Mod-Shift-8',
    glyph: <ListGlyph ordered={false} />,
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'numbers',
    label: 'Numbered list',
    keys: 'Mod-Shift-7',
    glyph: <ListGlyph ordered />,
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    key: 'quote',
    label: 'Quote',
    keys: 'Mod-Shift-B',
    glyph: <QuoteGlyph />,
    active: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

/** "Ctrl+Alt+2" or "⌘⌥2": the keys as this platform writes them. */
export function shortcutText(keys: string): string {
  const parts = keys.split('-');
  if (isMac) return parts.map((p) => ({ Mod: '⌘', Alt: '⌥', Shift: '⇧' })[p] ?? p).join('');
  return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+');
}

/** The same keys for aria-keyshortcuts ("Control+Alt+2"). */
function ariaKeys(keys: string): string {
  return keys
    .split('-')
    .map((p) => (p === 'Mod' ? (isMac ? 'Meta' : 'Control') : p))
    .join('+');
}

export function EditorToolbar({ editor, onLink }: ToolbarProps) {
  const barRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ ...Object.fromEntries(tools.map((t) => [t.key, t.active(e)])), link: e.isActive('link') }) as Record<string, boolean>,
  });
  const count = tools.length + 1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : null;
    if (delta === 0 && jump === null) return;
    event.preventDefault();
    const next = jump ?? (focusIndex + delta + count) % count;
    setFocusIndex(next);
    barRef.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" ref={barRef} onKeyDown={onKeyDown}>
      {tools.map((tool, i) => (
        <button
          key={tool.key}
          type="button"
          className="tool-btn"
          aria-pressed={active[tool.key] ?? false}
          aria-label={tool.label}
          aria-keyshortcuts={ariaKeys(tool.keys)}
          title={`${tool.label} (${shortcutText(tool.keys)})`}
          tabIndex={i === focusIndex ? 0 : -1}
          onFocus={() => setFocusIndex(i)}
          onClick={() => tool.run(editor)}
        >
          {tool.glyph}
        </button>
      ))}
      <button
        type="button"
        className="tool-btn"
        aria-pressed={active.link ?? false}
        aria-label="Link"
        aria-keyshortcuts={ariaKeys('Mod-Alt-K')}
        title={`Link (${shortcutText('Mod-Alt-K')})`}
        tabIndex={focusIndex === tools.length ? 0 : -1}
        onFocus={() => setFocusIndex(tools.length)}
        onClick={onLink}
      >
        <LinkGlyph />
      </button>
    </div>
  );
}

const glyph = { viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, width: 16, height: 16 } as const;

function ListGlyph({ ordered }: { ordered: boolean }) {
  return (
    <svg {...glyph}>
      <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
      {ordered ? <path d="M2.5 3h1v2.5M2.3 9.5c.3-.6 1.7-.6 1.7.3 0 .6-1.7 1.2-1.7 1.7H4" strokeWidth={1.1} /> : <path d="M3 4h.01M3 8h.01M3 12h.01" strokeWidth={2.4} />}
    </svg>
  );
}

function QuoteGlyph() {
  return (
    <svg {...glyph}>
      <path d="M3 3.5v9M6.5 5h7M6.5 8h7M6.5 11h4.5" />
    </svg>
  );
}

function LinkGlyph() {
  return (
    <svg {...glyph}>
      <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.8.8" />
      <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.8-.8" />
    </svg>
  );
}
