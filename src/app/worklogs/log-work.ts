import { DateTime } from 'luxon';
import { addWorklog } from '../../fetch/jira/add-worklog';
import { getAllWorklogs } from '../../fetch/jira/get-all-worklogs';
import type { Requester } from '../../fetch/requester';
import { BadRequestError } from '../../core/errors';
import { parseInstant } from '../../core/time/instant';
import type { LoggedWork } from '../contract';

const DURATION = /^\s*(?:(\d+)w)?\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*$/i;

/** `1h 30m` (Jira's `w d h m`, in that order) as seconds; null when it is not a duration. */
export function durationSeconds(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m || !m.slice(1).some(Boolean)) return null;
  const [w = 0, d = 0, h = 0, min = 0] = m.slice(1).map((p) => Number(p ?? 0));
  // Jira's default time tracking: a day is 8 hours, a week 5 days.
  return ((w * 5 + d) * 8 + h) * 3600 + min * 60;
}

/**
 * Logs work on the issue as the user, from the panel: `started` is a local date-time in the
 * user's zone (`YYYY-MM-DDTHH:mm`). Answers the worklog and the user's minutes on that issue
 * that day, read back from Jira.
 */
export async function logWork(
  api: Requester,
  issueKey: string,
  accountId: string,
  zone: string,
  input: { timeSpent: string; started: string; comment?: string },
): Promise<LoggedWork> {
  const seconds = durationSeconds(input.timeSpent);
  if (seconds === null || seconds < 60)
    throw new BadRequestError('Time spent reads like 1h 30m (weeks, days, hours, minutes), at least 1m.', 'timeSpent');
  if (seconds > 24 * 3600) throw new BadRequestError('At most 24 hours in one worklog.', 'timeSpent');
  const start = DateTime.fromISO(input.started, { zone });
  if (!start.isValid) throw new BadRequestError('Started is a date and time, such as 2026-11-19T09:00.', 'started');
  const comment = input.comment?.trim();
  const { id } = await addWorklog(api, issueKey, {
    timeSpentSeconds: seconds,
    started: start.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZZ"),
    comment: comment
      ? { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: comment }] }] }
      : null,
  });
  const day = start.toISODate() ?? '';
  const logs = (await getAllWorklogs(api, issueKey)) as Array<{
    author?: { accountId?: string };
    started?: string;
    timeSpentSeconds?: number;
  }>;
  const dayMinutes = logs
    .filter((w) => w.author?.accountId === accountId && typeof w.started === 'string')
    .filter((w) => DateTime.fromMillis(parseInstant(w.started ?? ''), { zone }).toISODate() === day)
    .reduce((n, w) => n + Math.round((w.timeSpentSeconds ?? 0) / 60), 0);
  return { worklogId: id, day, dayMinutes };
}
