import type { ConfluenceContent } from '../demo/confluence-demo';

type Node = { type?: string; text?: string; attrs?: Record<string, unknown>; marks?: Node[]; content?: Node[] };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The HTML element of each ADF block node the app writes. */
const TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  listItem: 'li',
  table: 'table',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
};

/** The ADF nodes the app writes, as HTML: enough for the preview to show a page as Confluence would. */
function render(node: Node): string {
  const inner = (node.content ?? []).map(render).join('');
  const tag = node.type === 'heading' ? `h${Number(node.attrs?.level ?? 2)}` : TAGS[node.type ?? ''];
  if (tag) return `<${tag}>${inner}</${tag}>`;
  if (node.type !== 'text') return inner; // doc, and anything the app does not write
  let html = esc(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') html = `<strong>${html}</strong>`;
    const href = mark.attrs?.href;
    if (mark.type === 'link' && typeof href === 'string') html = `<a href="${esc(href)}">${html}</a>`;
  }
  return html;
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
