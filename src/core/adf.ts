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
  return textOf(body, 0);
}

/**
 * The trimmed plain text (checks.md's "plain text"), as `adfToText(body).trim()`. Most comments are
 * one paragraph of one text node: their text is read as it is, without building the "text\n"
 * that trimming would copy again (two strings a comment, hundreds of thousands a large walk).
 */
export function plainText(body: unknown): string {
  const only = soleText(body);
  return (only ?? adfToText(body)).trim();
}

/** The text of a `doc > paragraph > text` body, else null. */
function soleText(body: unknown): string | null {
  if (body === null || typeof body !== 'object') return null;
  const doc = body as { type?: unknown; content?: unknown };
  if (doc.type !== 'doc' || !Array.isArray(doc.content) || doc.content.length !== 1) return null;
  const para = doc.content[0] as { type?: unknown; content?: unknown } | null;
  if (para === null || typeof para !== 'object' || para.type !== 'paragraph') return null;
  if (!Array.isArray(para.content) || para.content.length !== 1) return null;
  const node = para.content[0] as { type?: unknown; text?: unknown } | null;
  if (node === null || typeof node !== 'object' || node.type !== 'text') return null;
  return typeof node.text === 'string' ? node.text : '';
}

/** String concatenation rather than push/join: a walk flattens ~40,000 bodies, most of them tiny. */
function textOf(node: unknown, depth: number): string {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return '';
  const { type, text, attrs, content } = node as {
    type?: unknown;
    text?: unknown;
    attrs?: { text?: unknown; shortName?: unknown } | null;
    content?: unknown;
  };
  switch (type) {
    case 'text':
      return typeof text === 'string' ? text : '';
    case 'mention':
      return attrs && typeof attrs.text === 'string' ? attrs.text : '';
    case 'emoji':
      if (attrs && typeof attrs.text === 'string') return attrs.text;
      return attrs && typeof attrs.shortName === 'string' ? attrs.shortName : '';
    case 'hardBreak':
      return '\n';
    default: {
      let out = '';
      if (Array.isArray(content)) for (const child of content) out += textOf(child, depth + 1);
      return typeof type === 'string' && BLOCKS.has(type) ? `${out}\n` : out;
    }
  }
}
