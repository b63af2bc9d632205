import { DateTime } from 'luxon';

/** The TPM's calendar day and ISO week in the project's time zone. */
export function periodsAt(now: Date, zone: string): { day: string; week: string } {
  const t = DateTime.fromJSDate(now, { zone });
  return { day: t.toISODate() ?? '', week: t.toFormat("kkkk-'W'WW") };
}
