import type { Block, Span } from './report-document';

/** Markdown (CommonMark with GitHub tables): for a terminal, a pull request, a chat. */
export function toMarkdown(blocks: readonly Block[]): string {
  const esc = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');
  const spans = (list: readonly Span[]) =>
    list
      .map((s) => {
        const text = s.href ? `[${esc(s.text)}](${s.href})` : esc(s.text);
        return s.strong ? `**${text}**` : text;
      })
      .join('');
  return `${blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${esc(b.text)}`;
        case 'paragraph':
          return spans(b.spans);
        case 'bullets':
          return b.items.map((i) => `- ${spans(i)}`).join('\n');
        case 'table':
          return [
            `| ${b.head.map(esc).join(' | ')} |`,
            `|${b.head.map(() => ' --- |').join('')}`,
            ...b.rows.map((r) => `| ${r.map(spans).join(' | ')} |`),
          ].join('\n');
      }
    })
    .join('\n\n')}\n`;
}

/** A standalone HTML page (escaped; tables with header cells for screen readers). */
export function toHtml(blocks: readonly Block[], title: string): string {
  const esc = (s: string) =>
    s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
  const spans = (list: readonly Span[]) =>
    list
      .map((s) => {
        const text = s.href ? `<a href="${esc(s.href)}">${esc(s.text)}</a>` : esc(s.text);
        return s.strong ? `<strong>${text}</strong>` : text;
      })
      .join('');
  const body = blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${spans(b.spans)}</p>`;
        case 'bullets':
          return `<ul>${b.items.map((i) => `<li>${spans(i)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${spans(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

type AdfNode = Record<string, unknown>;

/** The Atlassian Document Format, as a Confluence page body (`atlas_doc_format`). */
export function toAdf(blocks: readonly Block[]): { type: 'doc'; version: 1; content: AdfNode[] } {
  const inline = (list: readonly Span[]): AdfNode[] =>
    list
      .filter((s) => s.text !== '')
      .map((s) => {
        const marks = [
          ...(s.strong ? [{ type: 'strong' }] : []),
          ...(s.href ? [{ type: 'link', attrs: { href: s.href } }] : []),
        ];
        return { type: 'text', text: s.text, ...(marks.length ? { marks } : {}) };
      });
  const paragraph = (list: readonly Span[]): AdfNode => ({ type: 'paragraph', content: inline(list) });
  const cell = (type: 'tableHeader' | 'tableCell', list: readonly Span[]): AdfNode => ({
    type,
    content: [paragraph(list)],
  });
  return {
    type: 'doc',
    version: 1,
    content: blocks.map((b): AdfNode => {
      switch (b.kind) {
        case 'heading':
          return { type: 'heading', attrs: { level: b.level }, content: [{ type: 'text', text: b.text }] };
        case 'paragraph':
          return paragraph(b.spans);
        case 'bullets':
          return { type: 'bulletList', content: b.items.map((i) => ({ type: 'listItem', content: [paragraph(i)] })) };
        case 'table':
          return {
            type: 'table',
            attrs: { isNumberColumnEnabled: false, layout: 'default' },
            content: [
              { type: 'tableRow', content: b.head.map((h) => cell('tableHeader', [{ text: h }])) },
              ...b.rows.map((r) => ({ type: 'tableRow', content: r.map((c) => cell('tableCell', c)) })),
            ],
          };
      }
    }),
  };
}
