// A rich-text editor co-edited live: TipTap bound to a document replica's Y.Doc (the `default`
// XML fragment, which the core projects to plain text for search) with everyone's caret and name
// from the replica's awareness. The editor holds no content of its own: the Y.Doc is the text, so
// nothing typed is lost when the editor unmounts, and undo (Ctrl-Z) undoes only your own edits.
import { Extension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { DocReplica } from '../data/doc-replica';
import { EditorLinkDialog } from './editor-link-dialog';
import { EditorToolbar } from './editor-toolbar';

export interface EditorUser {
  name: string;
  /** Six-digit hex, as the caret extension requires. */
  color: string;
}

interface CollaborativeEditorProps {
  replica: DocReplica;
  /** The accessible name of the region and of the editable text. */
  label: string;
  user: EditorUser;
  placeholder?: string;
}

export function CollaborativeEditor({ replica, label, user, placeholder }: CollaborativeEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const openLink = useRef(() => setLinkOpen(true));
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          // The collaboration extension brings its own undo, which undoes only this person's edits.
          undoRedo: false,
          heading: { levels: [2, 3] },
          codeBlock: false,
          // Every window would append its own empty last paragraph after a remote heading: duplicates.
          trailingNode: false,
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['mailto'] },
        }),
        Collaboration.configure({ document: replica.doc, field: 'default' }),
        CollaborationCaret.configure({ provider: { awareness: replica.awareness }, user, render: renderCaret }),
        // Ctrl/⌘-Alt-K: Ctrl/⌘-K alone opens the command palette everywhere.
        Extension.create({
          name: 'linkShortcut',
          addKeyboardShortcuts: () => ({
            'Mod-Alt-k': () => {
              openLink.current();
              return true;
            },
          }),
        }),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          class: 'editor-text',
          ...(placeholder ? { 'data-placeholder': placeholder } : {}),
        },
      },
    },
    [replica],
  );

  // The name and colour travel with the caret; a renamed organiser shows under the new name.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser(user);
  }, [editor, user]);

  const empty = useEditorState({ editor, selector: ({ editor: e }) => e?.isEmpty ?? true });

  return (
    <section className="editor" role="region" aria-label={label}>
      <div className="editor-bar">
        {editor && <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} />}
        <EditorPeople awareness={replica.awareness} />
      </div>
      <div className={`editor-frame ${empty ? 'is-empty' : ''}`}>
        <EditorContent editor={editor} />
      </div>
      {editor && <EditorLinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />}
    </section>
  );
}

/**
 * Another person's caret with their name. Hidden from screen readers: inside the text it would be
 * read as part of it ("Costs Robin Organiser"); who is here is said once, by the editor's status.
 */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === 'string' ? user.name : 'Someone';
  caret.append(label);
  return caret;
}

interface Person {
  clientId: number;
  name: string;
  color: string;
}

/** Who else has this document open now, from awareness. */
function EditorPeople({ awareness }: { awareness: Awareness }) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const read = () => {
      const others: Person[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
        if (clientId === awareness.clientID || !user || typeof user.name !== 'string') return;
        others.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#888888' });
      });
      setPeople(others);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  const label = useMemo(() => (people.length === 0 ? 'Only you are editing' : `Also editing: ${people.map((p) => p.name).join(', ')}`), [people]);
  return (
    <div className="editor-people" role="status" aria-label={label} title={label}>
      {people.map((p) => (
        <span key={p.clientId} className="editor-person" style={{ backgroundColor: p.color }} aria-hidden="true">
          {initials(p.name)}
        </span>
      ))}
      {people.length > 0 && <span className="muted editor-people-text" aria-hidden="true">{people.length === 1 ? `${people[0]!.name} is here` : `${people.length} others here`}</span>}
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}
