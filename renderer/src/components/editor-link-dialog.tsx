// Adds, changes or removes the link on the selected text. Addresses without a scheme get https://;
// only web and mail addresses are taken (a javascript: link in a shared document is an attack).
import type { Editor } from '@tiptap/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from './dialog';
import { Field } from './field';

/** The address to link to, or a reason it cannot be one. */
export function linkAddress(typed: string): { ok: true; href: string } | { ok: false; reason: string } {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'Type an address, like https://example.org' };
  const href = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, reason: `“${text}” is not a web address; type one like https://example.org` };
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return { ok: false, reason: 'Only web (https://) and e-mail (mailto:) addresses can be linked' };
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, reason: `“${text}” has no domain; type one like https://example.org` };
  }
  return { ok: true, href: url.href };
}

export function EditorLinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose(): void }) {
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const existing = open ? ((editor.getAttributes('link').href as string | undefined) ?? '') : '';

  useEffect(() => {
    if (open) {
      setText(existing);
      setTouched(false);
    }
  }, [open, existing]);

  const checked = linkAddress(text);
  const error = touched && !checked.ok ? checked.reason : null;

  function apply(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    if (editor.state.selection.empty && !existing) {
      // Nothing selected: the address itself becomes the linked text.
      editor.chain().focus().insertContent({ type: 'text', text: checked.href, marks: [{ type: 'link', attrs: { href: checked.href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: checked.href }).run();
    }
    onClose();
  }

  return (
    <Dialog open={open} title={existing ? 'Edit link' : 'Add a link'} onClose={onClose}>
      <form className="stack" onSubmit={apply} noValidate>
        <Field label="Address" error={error} hint={editor.state.selection.empty && !existing ? 'With no text selected, the address is inserted as the link text.' : undefined}>
          <input type="text" value={text} autoFocus spellCheck={false} autoComplete="off" placeholder="https://" onChange={(e) => setText(e.target.value)} onBlur={() => setTouched(true)} />
        </Field>
        <div className="dialog-actions">
          {existing && (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              Remove link
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Apply link
          </button>
        </div>
      </form>
    </Dialog>
  );
}
