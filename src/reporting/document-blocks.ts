/** A piece of text; `href` makes it a link, `strong` bold. */
export interface Span {
  text: string;
  href?: string;
  strong?: boolean;
}

/** The report's content once, format-free: each renderer (markdown, html, ADF) writes these blocks. */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'bullets'; items: Span[][] }
  | { kind: 'table'; head: string[]; rows: Span[][][] };
