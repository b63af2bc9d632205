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

/** Epoch ms of an ISO-8601 instant with an offset; NaN when it has no offset or is not a date. */
export function parseInstant(text: string): number {
  if (typeof text !== 'string' || text.length < 17) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text[4] !== '-' || text[7] !== '-' || (text[10] !== 'T' && text[10] !== 't') || text[13] !== ':') return NaN;
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeap(year))) return NaN;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text[i] === ':') {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return NaN;
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
      if (n === 0 || n > 9 || i === start) return NaN;
    }
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const rest = text.length - i;
  if (rest === 1 && (text[i] === 'Z' || text[i] === 'z')) return local;
  const sign = text[i];
  if ((sign !== '+' && sign !== '-') || (rest !== 5 && rest !== 6)) return NaN;
  const oh = digits(text, i + 1, 2);
  const om = digits(text, rest === 6 ? i + 4 : i + 3, 2);
  if (rest === 6 && text[i + 3] !== ':') return NaN;
  if (oh < 0 || oh > 18 || om < 0 || om > 59) return NaN;
  const offset = (oh * 60 + om) * 60000;
  return sign === '-' ? local + offset : local - offset;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isInstant(text: string): boolean {
  return !Number.isNaN(parseInstant(text));
}
