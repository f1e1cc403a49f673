// The minutes: a rich-text Yjs document co-edited with the proposals' editor (TipTap's `default`
// XML fragment), in room `<chapter>/minutes/<meeting>`. Pre-filled from the agenda, read back as
// Markdown when the meeting is sealed.
import * as Y from 'yjs';
import { BODY_FIELD } from '../docs/plain-text.js';

export function minutesRoom(chapterId: string, meetingId: string): string {
  return `${chapterId}/minutes/${meetingId}`;
}

/** The meeting a minutes room belongs to, or null for any other room. */
export function meetingOfRoom(room: string): { chapterId: string; meetingId: string } | null {
  const [chapterId, kind, meetingId] = room.split('/');
  return kind === 'minutes' && chapterId && meetingId ? { chapterId, meetingId } : null;
}

/** A heading per agenda item with an empty paragraph under it, if the minutes are still empty. */
export function prefillMinutes(doc: Y.Doc, agendaTitles: string[]): boolean {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  if (fragment.length > 0 || agendaTitles.length === 0) return false;
  doc.transact(() => {
    const blocks: Y.XmlElement[] = [];
    agendaTitles.forEach((title, i) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 2 as unknown as string);
      heading.insert(0, [new Y.XmlText(`${i + 1}. ${title}`)]);
      const paragraph = new Y.XmlElement('paragraph');
      blocks.push(heading, paragraph);
    });
    fragment.insert(0, blocks);
  });
  return true;
}

/** The minutes as Markdown: headings, paragraphs, lists, quotes; inline marks dropped. */
export function minutesMarkdown(doc: Y.Doc): string {
  const out: string[] = [];
  writeBlocks(doc.getXmlFragment(BODY_FIELD), out, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function writeBlocks(node: Y.XmlFragment | Y.XmlElement, out: string[], indent: string): void {
  for (const child of node.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    switch (child.nodeName) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(child.getAttribute('level')) || 2));
        out.push('', `${'#'.repeat(Math.min(6, level + 1))} ${inlineText(child)}`, '');
        break;
      }
      case 'bulletList':
      case 'orderedList':
        child.toArray().forEach((item, i) => {
          if (!(item instanceof Y.XmlElement)) return;
          const marker = child.nodeName === 'orderedList' ? `${i + 1}.` : '-';
          const lines: string[] = [];
          writeBlocks(item, lines, `${indent}  `);
          const [first = '', ...rest] = lines.filter((l) => l.trim() !== '');
          out.push(`${indent}${marker} ${first.trim()}`, ...rest);
        });
        out.push('');
        break;
      case 'blockquote': {
        const lines: string[] = [];
        writeBlocks(child, lines, '');
        out.push(...lines.filter((l) => l.trim() !== '').map((l) => `> ${l}`), '');
        break;
      }
      case 'listItem':
        writeBlocks(child, out, indent);
        break;
      default:
        out.push(`${indent}${inlineText(child)}`, '');
    }
  }
}

function inlineText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += child.toString().replace(/<[^>]+>/g, '');
    else if (child instanceof Y.XmlElement) text += child.nodeName === 'hardBreak' ? '\n' : inlineText(child);
  }
  return text;
}
