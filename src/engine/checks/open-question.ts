import { finding, type Check } from '../check';
import type { CommentView } from '../context';
import type { Finding } from '../finding';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seed items 2 and 20: questions and blockers raised in comments get an answer. */
export const openQuestion: Check = {
  id: 'open-question',
  run(ctx) {
    const since = ctx.at - ctx.settings.questionWindowDays * DAY_MS;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const comments = issue.comments; // sorted by creation
      for (let i = 0; i < comments.length; i++) {
        const c = comments[i] as (typeof comments)[number];
        // App comments (automation, bots) neither ask nor answer.
        if (c.authorIsApp || c.created < since || c.created > ctx.at) continue;
        if (!c.text.includes('?') && !ctx.patterns.blocker.test(c.text, issue.key)) continue;
        if (answered(comments, i)) continue;
        out.push(
          finding(
            'open-question',
            'unanswered',
            'warning',
            { issueKey: issue.key, accountId: c.authorId },
            `${c.authorId ? ctx.name(c.authorId) : 'Someone'} asked on ${issue.key} and nobody answered yet`,
            { commentId: c.id, created: new Date(c.created).toISOString() },
          ),
        );
      }
    }
    return out;
  },
};

/** A later comment on the issue by a different author (apps do not answer). */
function answered(comments: readonly CommentView[], index: number): boolean {
  const question = comments[index] as CommentView;
  for (let j = index + 1; j < comments.length; j++) {
    const later = comments[j] as CommentView;
    if (!later.authorIsApp && later.created > question.created && later.authorId !== question.authorId) return true;
  }
  return false;
}
