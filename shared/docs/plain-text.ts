// A rich-text document's plain text: what TipTap's collaboration extension keeps in the Y.Doc's
// `default` XML fragment, flattened to one line per block, for search and Markdown export.
import * as Y from 'yjs';

export const BODY_FIELD = 'default';

export function plainText(doc: Y.Doc): string {
  const lines: string[] = [];
  walk(doc.getXmlFragment(BODY_FIELD), lines);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function walk(node: Y.XmlFragment | Y.XmlElement, lines: string[]): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      appendInline(lines, child.toString().replace(/<[^>]+>/g, ''));
    } else if (child instanceof Y.XmlElement) {
      const block = !['text', 'hardBreak'].includes(child.nodeName);
      if (block) lines.push('');
      walk(child, lines);
    }
  }
}

function appendInline(lines: string[], text: string): void {
  if (lines.length === 0) lines.push('');
  lines[lines.length - 1] += text;
}

/** Replaces the body with plain paragraphs (the CLI and tests write bodies this way). */
export function setPlainText(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    const paragraphs = text.split(/\n{2,}|\n/).map((line) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(line)]);
      return paragraph;
    });
    fragment.insert(0, paragraphs);
  });
}
