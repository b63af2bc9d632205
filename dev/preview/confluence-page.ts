import type { ConfluenceContent } from '../demo/confluence-demo';

type Node = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: Node[]; content?: Node[] };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The ADF nodes the app writes, as HTML: enough for the preview to show a page as Confluence would. */
function render(node: Node): string {
  const inner = (node.content ?? []).map(render).join('');
  switch (node.type) {
    case 'doc':
      return inner;
    case 'heading': {
      const level = Number(node.attrs?.level ?? 2);
      return `<h${level}>${inner}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inner}</p>`;
    case 'bulletList':
      return `<ul>${inner}</ul>`;
    case 'listItem':
      return `<li>${inner}</li>`;
    case 'table':
      return `<table>${inner}</table>`;
    case 'tableRow':
      return `<tr>${inner}</tr>`;
    case 'tableHeader':
      return `<th>${inner}</th>`;
    case 'tableCell':
      return `<td>${inner}</td>`;
    case 'text': {
      let html = esc(node.text ?? '');
      for (const mark of node.marks ?? []) {
        if (mark.type === 'strong') html = `<strong>${html}</strong>`;
        const href = mark.attrs?.href;
        if (mark.type === 'link' && typeof href === 'string') html = `<a href="${esc(href)}">${html}</a>`;
      }
      return html;
    }
    default:
      return inner;
  }
}

/** A page the app wrote, as the preview shows it under /wiki/spaces/KEY/pages/ID. */
export function confluencePage(page: ConfluenceContent): string {
  const doc = page.body ? (JSON.parse(page.body.value) as Node) : { type: 'doc', content: [] };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)}</title>
<style>body{font-family:-apple-system,"Segoe UI",Roboto,sans-serif;max-width:900px;margin:24px auto;color:#172b4d}
table{border-collapse:collapse}th,td{border:1px solid #dcdfe4;padding:4px 8px;text-align:left}th{background:#f1f2f4}
.meta{color:#626f86;font-size:13px}</style></head>
<body><p class="meta">Confluence stand-in · version ${page.version.number} · ${esc(page.version.createdAt)}</p>
${render(doc)}</body></html>`;
}
