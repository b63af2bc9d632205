import { FetchRequester } from '../../src/fetch/fetch-requester';
import { fetchSnapshot, type JiraReads } from '../../src/fetch/fetch-snapshot';
import { RetryingRequester, type RetryPolicy } from '../../src/fetch/retrying-requester';
import { startLocalSite, type LocalSite, type LocalSiteOptions } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/** Runs `fn` against a local site serving `data` (in its Jira-visible form), then stops it. */
export async function withSite<T>(
  data: unknown,
  options: LocalSiteOptions,
  fn: (site: LocalSite, served: SiteData) => Promise<T>,
): Promise<T> {
  const served = toSiteDataSet(data as SiteData);
  const site = await startLocalSite(served, options);
  try {
    return await fn(site, served);
  } finally {
    await site.close();
  }
}

export function requesterFor(site: LocalSite, token = 'x', policy?: RetryPolicy): RetryingRequester {
  return new RetryingRequester(new FetchRequester(site.url, 'tpm@acme.test', token), policy);
}

export function fetchFrom(site: LocalSite, projectKey: string): Promise<JiraReads> {
  return fetchSnapshot(requesterFor(site), {
    projectKey,
    site: site.url,
    now: () => new Date('2026-11-19T17:25:00.000Z'),
  });
}

/** The served data set as a fetch should give it back: the people its issues name, by account id. */
export function expectedSnapshot(
  served: SiteData,
  fetched: Pick<JiraReads, 'site' | 'fetchedAt'>,
): Record<string, unknown> {
  const named = new Set(namedPeople(served));
  const users = (served.users ?? [])
    .filter((u) => named.has(u.accountId))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
  // The local site, like Jira Software, always has the Sprint field (customfield_10020).
  const fields = { ...served.fields, sprint: 'customfield_10020' };
  // The next sprint and the versions are read even when there are none (checks-delivery.md).
  const upcoming = served.upcoming ?? { sprint: null, issues: [] };
  const versions = served.versions ?? [];
  return { ...served, site: fetched.site, fetchedAt: fetched.fetchedAt, users, fields, upcoming, versions };
}

/** Everyone the snapshot's issues name (assignees, comment and worklog authors). */
export function namedPeople(snapshot: SiteData): string[] {
  const ids = new Set<string>();
  for (const issue of snapshot.issues) {
    const f = issue.fields as {
      assignee?: { accountId: string } | null;
      comment?: { comments: Array<{ author?: { accountId: string } }> };
      worklog?: { worklogs: Array<{ author?: { accountId: string } }> };
    };
    if (f.assignee) ids.add(f.assignee.accountId);
    for (const c of f.comment?.comments ?? []) if (c.author) ids.add(c.author.accountId);
    for (const w of f.worklog?.worklogs ?? []) if (w.author) ids.add(w.author.accountId);
  }
  return [...ids].sort();
}
