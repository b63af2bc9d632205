/**
 * Instants in Jira payloads always carry an offset (`2026-11-19T08:58:00.000+0100`).
 * They are parsed as instants (epoch ms); local calendar days come from the zone rules
 * in `zones.ts`, never from a fixed offset.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch ms of an ISO-8601 instant with an offset; NaN when it has no offset or is not a date. */
export function parseInstant(text: string): number {
  const m = INSTANT.exec(text);
  if (!m) return NaN;
  const [, local = '', offset = ''] = m;
  // Date.parse only knows `+01:00`; Jira writes `+0100`. Fractions beyond ms are cut.
  const normalized =
    local.replace(/(\.\d{3})\d+$/, '$1') +
    (offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset.toUpperCase());
  return Date.parse(normalized);
}

export function isInstant(text: string): boolean {
  return !Number.isNaN(parseInstant(text));
}
