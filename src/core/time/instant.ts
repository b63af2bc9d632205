/**
 * Instants in Jira payloads always carry an offset (`2026-11-19T08:58:00.000+0100`).
 * They are parsed as instants (epoch ms); local calendar days come from the zone rules
 * in `zones.ts`, never from a fixed offset. A walk parses ~100,000 of them, so this is a
 * strict reader over character codes (a regex or Date.parse costs ~10x more).
 */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of `len` digits at `at`, or -1. */
function digits(text: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The parsed instant is handed back through this slot, not as a return value: a double returned
 * from a function V8 does not inline is boxed on the heap, and a 20,000-issue walk parses ~1.3
 * million instants (43 MB of boxes, about a fifth of what the walk allocated, each scavenge
 * dearer the larger the heap). `parseInstant` below is small enough to be inlined.
 */
const OUT = new Float64Array(1);

/** Epoch ms of an ISO-8601 instant with an offset; NaN when it has no offset or is not a date. */
export function parseInstant(text: string): number {
  // Not `readInstant(text) ? OUT[0] : NaN`: V8 merges that branch's number with the constant NaN
  // as a boxed value, so every parse allocated 16 bytes after all (old-space garbage in a large walk).
  if (!readInstant(text)) OUT[0] = NaN;
  return OUT[0] as number;
}

/** Parses into OUT[0]; false when the text is no instant with an offset. */
function readInstant(text: string): boolean {
  if (typeof text !== 'string' || text.length < 17) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text[4] !== '-' || text[7] !== '-' || (text[10] !== 'T' && text[10] !== 't') || text[13] !== ':') return false;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return false;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeap(year))) return false;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text[i] === ':') {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (text[i] === '.') {
      let scale = 100;
      let n = 0;
      i++;
      const start = i;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        if (scale >= 1) ms += c * scale;
        scale /= 10;
        n++;
      }
      if (n === 0 || n > 9 || i === start) return false;
    }
  }
  // Date.UTC reads years 0-99 as 1900-1999; kept for them, so no instant changes meaning.
  const local =
    year < 100
      ? Date.UTC(year, month - 1, day, hour, minute, second, ms)
      : daysFromCivil(year, month, day) * 86400000 + hour * 3600000 + minute * 60000 + second * 1000 + ms;
  const rest = text.length - i;
  if (rest === 1 && (text[i] === 'Z' || text[i] === 'z')) {
    OUT[0] = local;
    return true;
  }
  const sign = text[i];
  if ((sign !== '+' && sign !== '-') || (rest !== 5 && rest !== 6)) return false;
  const oh = digits(text, i + 1, 2);
  const om = digits(text, rest === 6 ? i + 4 : i + 3, 2);
  if (rest === 6 && text[i + 3] !== ':') return false;
  if (oh < 0 || oh > 18 || om < 0 || om > 59) return false;
  const offset = (oh * 60 + om) * 60000;
  OUT[0] = sign === '-' ? local + offset : local - offset;
  return true;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), as Date.UTC counts them. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isInstant(text: string): boolean {
  return readInstant(text);
}
