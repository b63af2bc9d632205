/**
 * How a walk knows the comments Focus Walk itself wrote (escalations, and any later ones): their
 * last paragraph is exactly this line. They never become findings, nor answer a question: a walk
 * reports on the team's work, not on its own noise (checks.md ignores apps' comments the same way).
 * Posted as the TPM, such a comment is a user's comment to Jira, so the mark is what tells.
 */
export const APP_COMMENT_MARK = 'Posted by Focus Walk.';

/** Whether a comment's plain text ends with the mark (its last non-empty line). */
export function isAppWritten(plainText: string): boolean {
  const end = plainText.trimEnd();
  if (!end.endsWith(APP_COMMENT_MARK)) return false;
  const before = end.slice(0, end.length - APP_COMMENT_MARK.length);
  return before === '' || before.endsWith('\n');
}
