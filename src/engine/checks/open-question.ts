import { finding, type Check } from '../check';
import type { Finding } from '../finding';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seed items 2 and 20: questions and blockers raised in comments get an answer. */
export const openQuestion: Check = {
  id: 'open-question',
  run(ctx) {
    const since = ctx.at - ctx.settings.questionWindowDays * DAY_MS;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      // App comments (automation, bots) neither ask nor answer.
      const comments = issue.comments.filter((c) => !c.authorIsApp);
      comments.forEach((c, index) => {
        if (c.created < since || c.created > ctx.at) return;
        if (!c.text.includes('?') && !ctx.patterns.blocker.test(c.text, issue.key)) return;
        const answered = comments
          .slice(index + 1)
          .some((later) => later.created > c.created && later.authorId !== c.authorId);
        if (answered) return;
        out.push(
          finding(
            'open-question',
            'unanswered',
            'warning',
            { issueKey: issue.key, accountId: c.authorId },
            `${c.authorId ? ctx.name(c.authorId) : "Someone"} asked on ${issue.key} and nobody answered yet`,
            { commentId: c.id, created: new Date(c.created).toISOString() },
          ),
        );
      });
    }
    return out;
  },
};
