import { generateLargeSprint } from '../../dev/demo/large-sprint';
import { fetchSnapshot } from '../../src/fetch/fetch-snapshot';
import type { ApiRequest, ApiResponse, Requester } from '../../src/fetch/requester';
import { expectedSnapshot, requesterFor, withSite } from '../support/site';

/**
 * Issue 26: the people the issues name are read as soon as the first bulk page lands, beside the
 * other pages, so the users call is not the walk's last step; someone named only in a later page
 * is read after the last page. The snapshot is the same whichever way each person was read.
 */
test('the team is read after the first bulk page; a person first named by the last page after it', async () => {
  const data = generateLargeSprint({ issues: 250, commentsPerIssue: 2, worklogsPerIssue: 1, members: 8, seed: 5 });
  const issues = data.issues as Array<{ key: string; fields: { assignee: unknown } }>;
  // BIG-250 (the last page, in the search's key order) is the only issue naming Lee.
  const lee = { accountId: '712020:late-lee', displayName: 'Lee Late', timeZone: 'UTC' };
  (issues.find((i) => i.key === 'BIG-250') as { fields: { assignee: unknown } }).fields.assignee = lee;
  (data.users as unknown[]).push(lee);
  await withSite(data, {}, async (site, served) => {
    const calls: Array<{ path: string; start: number; end: number }> = [];
    const inner = requesterFor(site);
    let clock = 0;
    const api: Requester = {
      async request(req: ApiRequest): Promise<ApiResponse> {
        const call = { path: req.path.split('?')[0] ?? '', start: clock++, end: -1 };
        calls.push(call);
        const response = await inner.request(req);
        call.end = clock++;
        return response;
      },
    };
    // One bulk page at a time: the pages land in order, each after the previous one.
    const fetched = await fetchSnapshot(api, { projectKey: 'BIG', concurrency: 1 });
    expect(fetched).toEqual(expectedSnapshot(served, fetched));
    expect(fetched.users.map((u) => u.accountId)).toContain(lee.accountId);
    const pages = calls.filter((c) => c.path === '/rest/api/3/issue/bulkfetch');
    const users = calls.filter((c) => c.path === '/rest/api/3/user/bulk');
    expect(pages).toHaveLength(3);
    expect(users).toHaveLength(2);
    // The team's read starts before the second page ends; Lee's only after the last page.
    expect(users[0]?.start).toBeLessThan(pages[1]?.end ?? -1);
    expect(users[1]?.start).toBeGreaterThan(pages[2]?.end ?? Infinity);
  });
}, 60000);
