import { ApiError, type ApiRequest, type Requester } from '../requester';

export interface Notification {
  subject: string;
  textBody: string;
  htmlBody: string;
  /** Account ids: only these people get the email. */
  to: string[];
}

/**
 * Emails the named users about an issue, through Jira's mail queue: nothing is written to the
 * issue or its history. Not idempotent (a second call is a second email), so a POST that may
 * have landed is never sent again (RetryingRequester), and callers claim the sending first.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post
 */
export async function notify(api: Requester, issueKey: string, n: Notification): Promise<void> {
  const req: ApiRequest = {
    product: 'jira',
    method: 'POST',
    path: `/rest/api/3/issue/${encodeURIComponent(issueKey)}/notify`,
    body: {
      subject: n.subject,
      textBody: n.textBody,
      htmlBody: n.htmlBody,
      to: {
        users: n.to.map((accountId) => ({ accountId })),
        reporter: false,
        assignee: false,
        watchers: false,
        voters: false,
      },
    },
    purpose: `notify about ${issueKey}`,
  };
  // Jira answers 204 with no body; anything else of 2xx is not what this call expects.
  const response = await api.request(req);
  if (response.status !== 204 && response.status !== 200) throw new ApiError(req, response.status, 'unexpected answer');
}
