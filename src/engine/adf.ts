/**
 * Plain text of a comment body, as checks.md defines it. Atlassian's own ADF packages
 * (@atlaskit/adf-utils' traverse, the renderer's text serializer) either give no "end of
 * block" hook or pull in React, so this small walker implements the spec's rules directly:
 * text nodes give their text, mentions and emoji their `attrs.text` (emoji: or shortName),
 * hardBreak a newline, and each block node ends with a newline. A string body is kept as is.
 * Any other shape gives '' rather than throwing: a malformed body never crashes a walk.
 */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'codeBlock',
  'panel',
  'tableCell',
  'tableHeader',
]);

const MAX_DEPTH = 100;

export function adfToText(body: unknown): string {
  if (typeof body === 'string') return body;
  const out: string[] = [];
  walkNode(body, out, 0);
  return out.join('');
}

function walkNode(node: unknown, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  const { type, text, attrs, content } = node as {
    type?: unknown;
    text?: unknown;
    attrs?: { text?: unknown; shortName?: unknown } | null;
    content?: unknown;
  };
  switch (type) {
    case 'text':
      if (typeof text === 'string') out.push(text);
      return;
    case 'mention':
      if (attrs && typeof attrs.text === 'string') out.push(attrs.text);
      return;
    case 'emoji':
      if (attrs && typeof attrs.text === 'string') out.push(attrs.text);
      else if (attrs && typeof attrs.shortName === 'string') out.push(attrs.shortName);
      return;
    case 'hardBreak':
      out.push('\n');
      return;
    default:
      if (Array.isArray(content)) for (const child of content) walkNode(child, out, depth + 1);
      if (typeof type === 'string' && BLOCKS.has(type)) out.push('\n');
  }
}
