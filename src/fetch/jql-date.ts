/**
 * Absolute dates for JQL. The app never sends a relative date (`updated >= -12d`): Jira resolves
 * those against its own clock, not the walk's instant. Jira reads a JQL date in the requesting
 * user's time zone (UTC-12 to UTC+14), so the window is widened by a day here and cut exactly in
 * code (`onOrAfter`).
 */
const DAY_MS = 86400000;

/** `"YYYY-MM-DD"`: a calendar date whose midnight, in any zone, is at or before `since`. */
export function jqlDateOnOrBefore(since: number): string {
  return `"${new Date(since - DAY_MS).toISOString().slice(0, 10)}"`;
}

/** Whether an issue's `updated` (else `created`) instant is at or after `since`: the exact cut. */
export function updatedOnOrAfter(fields: Record<string, unknown>, since: number): boolean {
  const stamp = fields.updated ?? fields.created;
  const t = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
  return Number.isNaN(t) || t >= since;
}
