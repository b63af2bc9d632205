import { addComment } from '../fetch/jira/add-comment';
import { startWalk } from '../app/walks/background-walks';
import { issueFindings } from '../app/walks/issue-findings';
import { logWork } from '../app/worklogs/log-work';
import { accountIdOf, issueKeyOf } from './context';
import { handler, type Handler } from './handler';
import type { Services } from './deps';

/** The issue context panel's resolvers (jira:issueContext): the issue's findings, Focus In / Out, log work. */
export function issuePanelResolvers(s: Services) {
  const { deps, background, walkDeps, zoneOf } = s;
  return {
    getIssueFindings: handler('getIssueFindings', async (_p, context) => {
      const issueKey = issueKeyOf(context);
      const project = context.extension?.project?.key ?? issueKey.split('-')[0] ?? '';
      return {
        ok: true,
        data: await issueFindings(walkDeps, deps.requester('user'), project, issueKey, accountIdOf(context), (day) =>
          startWalk(background, project, day),
        ),
      };
    }),

    postFocusComment: handler('postFocusComment', async ({ kind, text }, context) => {
      accountIdOf(context); // a signed-in user, who is the comment's author (asUser)
      const issueKey = issueKeyOf(context);
      const lines = text.split('\n').map((l) => l.trimEnd());
      const { id } = await addComment(deps.requester('user'), issueKey, [
        kind === 'in' ? 'Focus In' : 'Focus Out',
        ...lines,
      ]);
      return { ok: true, data: { commentId: id } };
    }),

    logWork: handler('logWork', async ({ timeSpent, started, comment }, context) => {
      const accountId = accountIdOf(context); // the worklog's author (asUser)
      const issueKey = issueKeyOf(context);
      return {
        ok: true,
        data: await logWork(deps.requester('user'), issueKey, accountId, zoneOf(context), {
          timeSpent,
          started,
          ...(comment ? { comment } : {}),
        }),
      };
    }),
  } satisfies { [K in 'getIssueFindings' | 'postFocusComment' | 'logWork']: Handler<K> };
}
