import { DateTime, IANAZone } from 'luxon';

/**
 * Local calendar dates and times of instants in IANA zones, by luxon's zone rules (DST-correct).
 * Results are memoised per 15-minute UTC bucket: every zone offset in use today is a multiple
 * of 15 minutes, so local midnights and DST transitions fall on bucket edges and the answer is
 * constant inside a bucket. This keeps a 2,000-issue walk (60,000 instants) fast.
 */
const BUCKET_MS = 15 * 60 * 1000;
const dateCache = new Map<string, Map<number, string>>();
const startCache = new Map<string, number>();
const validZones = new Map<string, boolean>();

export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  let ok = validZones.get(zone);
  if (ok === undefined) {
    // Only real IANA names: luxon also accepts fixed offsets such as "UTC+3", which we refuse.
    ok = IANAZone.isValidZone(zone) && !/^(utc|gmt)?[+-]/i.test(zone);
    validZones.set(zone, ok);
  }
  return ok;
}

/** `YYYY-MM-DD` of instant `ms` in `zone`. */
export function localDate(ms: number, zone: string): string {
  let byBucket = dateCache.get(zone);
  if (!byBucket) {
    byBucket = new Map();
    dateCache.set(zone, byBucket);
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  let date = byBucket.get(bucket);
  if (date === undefined) {
    date = DateTime.fromMillis(bucket * BUCKET_MS, { zone }).toISODate() ?? '';
    byBucket.set(bucket, date);
  }
  return date;
}

/** `HH:mm` of instant `ms` in `zone`. */
export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
}

/** The instant at which local day `date` starts in `zone` (not always 00:00 on DST days). */
export function startOfLocalDay(date: string, zone: string): number {
  const key = `${zone}|${date}`;
  let start = startCache.get(key);
  if (start === undefined) {
    start = DateTime.fromISO(date, { zone }).startOf('day').toMillis();
    startCache.set(key, start);
  }
  return start;
}

/** [start, end) of local day `date` in `zone`; 23 or 25 hours long on DST days. */
export function localDayRange(date: string, zone: string): [number, number] {
  return [startOfLocalDay(date, zone), startOfLocalDay(addDays(date, 1), zone)];
}

/**
 * Calendar answers about a few hundred distinct dates, asked hundreds of thousands of times a
 * walk (working days of every issue and member): each computed once with luxon, then looked up.
 * Cleared past 50,000 entries so a long-lived process stays small.
 */
const calendarCache = new Map<string, string | number>();
function cached<T extends string | number>(key: string, compute: () => T): T {
  let value = calendarCache.get(key) as T | undefined;
  if (value === undefined) {
    if (calendarCache.size >= 50000) calendarCache.clear();
    calendarCache.set(key, (value = compute()));
  }
  return value;
}

/** Calendar arithmetic on `YYYY-MM-DD` dates (no zone involved). */
export function addDays(date: string, days: number): string {
  return cached(`+${days}|${date}`, () => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date);
}

/** ISO weekday, 1 = Monday. */
export function isoWeekday(date: string): number {
  return cached(`w|${date}`, () => DateTime.fromISO(date, { zone: 'utc' }).weekday);
}

/** `Thu 19 Nov` for messages. */
export function formatDay(date: string): string {
  return cached(`f|${date}`, () => DateTime.fromISO(date, { zone: 'utc' }).toFormat('ccc d LLL'));
}
