import { jiraError, type Route } from '../route';

/**
 * `POST /issue/{key}/notify`: Jira queues an email to the named users and answers 204; the
 * local site records it in its outbox (the preview shows it; tests count it) and writes nothing
 * to the issue, as Jira does.
 */
export const notify: Route = {
  operationId: 'notify',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/issue/{issueIdOrKey}/notify',
  writes: true,
  handle({ data, params, body, caller, now, outbox }) {
    const issue = data.issues.find((i) => i.key === params.issueIdOrKey || i.id === params.issueIdOrKey);
    if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    const n = (body ?? {}) as { subject?: string; textBody?: string; to?: { users?: Array<{ accountId?: string }> } };
    const to = (n.to?.users ?? []).map((u) => u.accountId).filter((id): id is string => typeof id === 'string');
    if (to.length === 0) return jiraError(400, 'The notification has no recipients.');
    outbox.push({
      issueKey: issue.key,
      subject: n.subject ?? issue.key,
      textBody: n.textBody ?? '',
      to,
      by: caller,
      at: now().toISOString(),
    });
    return { status: 204, json: undefined };
  },
};
