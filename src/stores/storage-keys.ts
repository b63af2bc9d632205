import { createHash } from 'node:crypto';

/**
 * Every key the app stores under, built in this one place.
 *
 * Forge's key format is /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ with at most 500 characters
 * (Atlassian, "KVS and Custom Entity Store limits"). `encodeURIComponent` gives `%`, which
 * Forge refuses (INVALID_KEY), so a key part keeps [A-Za-z0-9._-] and writes every other
 * UTF-8 byte as `#` and two upper-case hex digits (`:` is `#3A`, `#` itself `#23`). Parts are
 * joined with `:`, which a part never holds unescaped, so distinct parts give distinct keys and
 * a prefix of whole parts is a query prefix. A part whose escaped form would pass
 * MAX_PART characters is written as `#h` and its SHA-256 (`h` is no hex digit, so it never
 * meets an escape): keys stay under 500 characters whatever an item id or account id holds.
 */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const MAX_KEY_LENGTH = 500;
const MAX_PART = 120;

export function keyPart(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `#${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (out === '') return '#';
  return out.length > MAX_PART ? `#h${createHash('sha256').update(value, 'utf8').digest('hex')}` : out;
}

/** The inverse of keyPart for parts that were not hashed (project keys, days). */
export function fromKeyPart(part: string): string {
  if (part === '#') return '';
  const bytes: number[] = [];
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '#') {
      bytes.push(parseInt(part.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(part.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

const key = (...parts: string[]) => parts.join(':');

/** The app's keys. `...Prefix` ends with `:` so a query never meets a longer sibling part. */
export const keys = {
  /** A risk of the register (`risk` entity) and one change of it (`risk-change`). */
  risk: (project: string, id: string) => key('risk', keyPart(project), keyPart(id)),
  riskChange: (project: string, id: string, at: string, n: string) =>
    key('risk-change', keyPart(project), keyPart(id), keyPart(at), keyPart(n)),
  /** A suggestion the TPM dismissed (its cause), never proposed again. */
  riskDismissed: (project: string, cause: string) => key('risk-dismissed', keyPart(project), keyPart(cause)),
  riskDismissedPrefix: (project: string) => `${key('risk-dismissed', keyPart(project))}:`,
  settings: (project: string) => key('settings', keyPart(project)),
  /** The row of the `settings-rev` entity: the settings' revision, for saves against what was read. */
  settingsRevision: (project: string) => key('settings-rev', keyPart(project)),
  settingsPrefix: () => 'settings:',
  projectOfSettingsKey: (k: string) => fromKeyPart(k.slice('settings:'.length)),

  tick: (project: string, period: string, itemId: string, accountId: string) =>
    key('tick', keyPart(project), keyPart(period), keyPart(itemId), keyPart(accountId)),
  ticksPrefix: (project: string, period: string) => `${key('tick', keyPart(project), keyPart(period))}:`,

  /** A day's summary: the Trend reads these alone. */
  historyDay: (project: string, day: string) => key('history', keyPart(project), keyPart(day)),
  historyPrefix: (project: string) => `${key('history', keyPart(project))}:`,
  dayOfHistoryKey: (k: string) => fromKeyPart(k.split(':').pop() ?? ''),
  /** A day's report without its findings, and the findings in parts that each fit a value. */
  walkMeta: (project: string, day: string, walkId: string) =>
    key('walk', keyPart(project), keyPart(day), keyPart(walkId), 'meta'),
  walkPart: (project: string, day: string, walkId: string, n: number) =>
    key('walk', keyPart(project), keyPart(day), keyPart(walkId), 'part', String(n)),
  /** Every walk of a day, the summary's and any a lost race left behind: retention deletes by it. */
  walkDayPrefix: (project: string, day: string) => `${key('walk', keyPart(project), keyPart(day))}:`,

  /** A closed sprint's velocity figures, kept once read (closed sprints do not change). */
  sprintFigures: (project: string, sprintId: number) => key('sprint-figures', keyPart(project), String(sprintId)),
  /** The project's latest sprint progress (the Sprint tab), written by each walk. */
  sprintReport: (project: string) => key('sprint-report', keyPart(project)),
  /** The project's latest stand-up board (Focus notes, hours, blockers), written by each walk. */
  standup: (project: string) => key('standup', keyPart(project)),
  /** The Confluence page of a week's status report: created once, updated after. */
  reportPage: (project: string, week: string) => key('report-page', keyPart(project), keyPart(week)),
  reportPagesPrefix: (project: string) => `${key('report-page', keyPart(project))}:`,

  /** A project's latest background walk (walk-run entity) and its progress. */
  walkRun: (project: string) => keyPart(project),
  walkProgress: (project: string, walkId: string) => key('walk-progress', keyPart(project), keyPart(walkId)),

  /** A sent-item row (nudge, digest, escalation): the project and what makes the sending unique. */
  sent: (project: string, dedupKey: string) => key(keyPart(project), keyPart(dedupKey)),
  /** The site's base URL, as the project page last saw it (links in emails from the background). */
  siteUrl: () => 'site-url',

  codeHost: (project: string) => key('codehost', keyPart(project)),
  codeHostToken: (project: string) => key('codehost-token', keyPart(project)),

  readingVisit: (accountId: string) => key('reading-visit', keyPart(accountId)),
  readingRead: (accountId: string, pageId: string) => key('reading-read', keyPart(accountId), keyPart(pageId)),
  readingReadPrefix: (accountId: string) => `${key('reading-read', keyPart(accountId))}:`,
  pageIdOfReadKey: (k: string) => fromKeyPart(k.split(':').pop() ?? ''),
  /** A reading-entry row of the custom entity. */
  readingEntry: (id: string) => keyPart(id),
  /** A reader's day total (reading-day entity). */
  readingDay: (accountId: string, date: string) => key(keyPart(accountId), keyPart(date)),
} as const;
