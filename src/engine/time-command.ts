/**
 * Jira smart-commit `#time` commands: `#time 1w 2d 4h 30m`, one to four parts in that order.
 * @see https://support.atlassian.com/jira-software-cloud/docs/process-issues-with-smart-commits/
 */
const TIME_COMMAND = /#time(?![\w-])/gi;
const DURATION =
  /^\s+(?:\d+w(?:\s+\d+d)?(?:\s+\d+h)?(?:\s+\d+m)?|\d+d(?:\s+\d+h)?(?:\s+\d+m)?|\d+h(?:\s+\d+m)?|\d+m)(?=\s|$)/i;

/** A duration part right after a valid duration means the parts were out of order (`30m 1h`). */
const STRAY_PART = /^\s+\d+[wdhm](?=\s|$)/i;

/** True when the message has a `#time` command without a valid duration after it. */
export function hasBadTimeCommand(message: string): boolean {
  for (const match of message.matchAll(TIME_COMMAND)) {
    const rest = message.slice(match.index + match[0].length);
    const duration = DURATION.exec(rest);
    if (!duration || STRAY_PART.test(rest.slice(duration[0].length))) return true;
  }
  return false;
}
