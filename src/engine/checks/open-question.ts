import { finding, type Check } from '../check';
import type { WalkContext } from '../context';
import { commentId, type IssueView } from '../issue-view';
import type { Finding } from '../finding';
import { APP_WRITTEN, ASKS } from '../comment-marks';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seed items 2 and 20: questions and blockers raised in comments get an answer. */
export const openQuestion: Check = {
  id: 'open-question',
  codes: ['unanswered'],
  run(ctx) {
    const since = ctx.at - ctx.settings.questionWindowDays * DAY_MS;
    const { created, authors, marks } = ctx.comments;
    const out: Finding[] = [];
    // The earliest unanswered question of each asker on an issue (one finding per asker), in the
    // order the askers first asked: two lists reused from issue to issue, `count` long (a map an
    // issue, and the iteration of its entries, were 4 MB of garbage a 20,000-issue walk).
    const askers: (string | null)[] = [];
    const firsts: number[] = [];
    const issues = ctx.issues;
    for (let n = 0; n < issues.length; n++) {
      const issue = issues[n] as IssueView;
      let count = 0;
      for (let i = issue.commentStart; i < issue.commentEnd; i++) {
        const at = created[i] ?? NaN;
        const asker = authors[i] ?? null;
        // App comments (automation, bots) neither ask nor answer; the window is tested first (most
        // comments lie outside it), the author's account type only then.
        if (at < since || at > ctx.at || ctx.isApp(asker)) continue;
        // A question mark or the blocker pattern, in a comment that is the team's, not one Focus
        // Walk wrote (an escalation names a blocker): marked as the view was built (comment-marks.ts).
        if (marks[i] !== ASKS) continue;
        if (answered(ctx, issue, i)) continue;
        let k = 0;
        while (k < count && askers[k] !== asker) k++;
        const seen = firsts[k] ?? 0;
        if (k === count) {
          askers[k] = asker;
          firsts[k] = i;
          count++;
        } else if (
          at < (created[seen] ?? NaN) ||
          (at === created[seen] && commentId(issue, i) < commentId(issue, seen))
        )
          firsts[k] = i;
      }
      for (let k = 0; k < count; k++) {
        const asker = askers[k] ?? null;
        const i = firsts[k] ?? 0;
        out.push(
          finding(
            'open-question',
            'unanswered',
            'warning',
            { issueKey: issue.key, accountId: asker },
            `${asker ? ctx.name(asker) : 'Someone'} asked on ${issue.key} and nobody answered yet`,
            { commentId: commentId(issue, i), created: new Date(created[i] ?? NaN).toISOString() },
          ),
        );
      }
    }
    return out;
  },
};

/** A later comment on the issue by a different author (apps do not answer). */
function answered(ctx: WalkContext, issue: IssueView, question: number): boolean {
  const { created, authors, marks } = ctx.comments;
  const at = created[question] ?? NaN;
  const asker = authors[question] ?? null;
  for (let j = issue.commentStart; j < issue.commentEnd; j++) {
    const author = authors[j] ?? null;
    if ((created[j] ?? NaN) > at && author !== asker && !ctx.isApp(author) && marks[j] !== APP_WRITTEN) return true;
  }
  return false;
}
