import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import { walk, walkWithStandup } from '../../src/engine/walk';
import { textsReadSince } from '../../src/engine/text-window';
import { sprintReport } from '../../src/reporting/sprint-report';
import { parseSettings } from '../../src/settings/schema';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { fetchSnapshot } from '../../src/fetch/fetch-snapshot';
import { ApiError } from '../../src/fetch/requester';
import type { SiteData } from '../../dev/local-site/site-data';
import { expectedSnapshot, fetchFrom, namedPeople, requesterFor, withSite } from '../support/site';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;

describe('fetching a snapshot from the local site', () => {
  test('the fetched snapshot equals the data set it served', async () => {
    await withSite(DEMO, {}, async (site, served) => {
      const fetched = await fetchFrom(site, 'FW');
      expect(fetched).toEqual(expectedSnapshot(served, fetched));
      expect((fetched.users as Array<{ accountId: string }>).map((u) => u.accountId).sort()).toEqual(
        namedPeople(served),
      );
    });
  });

  test('the walk of the fetched snapshot equals the walk of the data set', async () => {
    await withSite(DEMO, {}, async (site, served) => {
      const fetched = await fetchFrom(site, 'FW');
      expect(walk(fetched, {}, DEMO_AT)).toEqual(walk(served, {}, DEMO_AT));
      // Jira knows linked code only by counts: the list-based codes need a code host (issue 6).
      const codes = walk(fetched, {}, DEMO_AT).findings.map((f) => `${f.check}/${f.code}`);
      expect(codes).toContain('smart-commit/no-dev');
      expect(codes).not.toContain('smart-commit/branch-name');
    });
  });

  test('a demo sprint takes 12 calls: one per endpoint, and 3 for the next sprint and the releases', async () => {
    await withSite(DEMO, {}, async (site) => {
      await fetchFrom(site, 'FW');
      expect(site.total()).toBe(12);
      // The sprint's ids, then the next sprint's issues with their descriptions.
      expect(site.counts.searchAndReconsileIssuesUsingJqlPost).toBe(2);
      expect(site.counts.getProjectVersionsPaginated).toBe(1);
      expect(site.counts.bulkFetchIssues).toBe(1);
    });
  });

  test.each([0, 1, 100, 101, 2500])(
    'paging: a sprint of %i issues',
    async (issues) => {
      const data = generateLargeSprint({
        issues,
        commentsPerIssue: 2,
        worklogsPerIssue: 1,
        members: 12,
        seed: issues + 1,
      });
      await withSite(data, {}, async (site, served) => {
        const fetched = await fetchFrom(site, 'BIG');
        expect(fetched).toEqual(expectedSnapshot(served, fetched));
        // Ids first (5,000 a page), then the issues 100 a bulk fetch, changelogs 1,000 a call.
        // One more search: the Ready column stands in for a next sprint the board does not have.
        expect(site.counts.searchAndReconsileIssuesUsingJqlPost).toBe(Math.max(1, Math.ceil(issues / 5000)) + 1);
        expect(site.counts.bulkFetchIssues ?? 0).toBe(Math.ceil(issues / 100));
        expect(site.counts.getBulkChangelogs ?? 0).toBe(Math.ceil(issues / 1000));
        expect(site.counts.getComments ?? 0).toBe(0);
        expect(site.total()).toBeLessThanOrEqual(
          Math.ceil(issues / 5000) + Math.ceil(issues / 100) + Math.ceil(issues / 1000) + 12 + 3,
        );
      });
    },
    60000,
  );

  test('an issue with 250 comments and 45 worklogs: the inline pages are completed', async () => {
    const data = generateLargeSprint({ issues: 1, commentsPerIssue: 250, worklogsPerIssue: 45, members: 5, seed: 3 });
    await withSite(data, {}, async (site, served) => {
      const fetched = await fetchFrom(site, 'BIG');
      expect(fetched).toEqual(expectedSnapshot(served, fetched));
      const issue = (
        fetched.issues as unknown as Array<{
          fields: { comment: { comments: unknown[] }; worklog: { worklogs: unknown[] } };
        }>
      )[0];
      const servedIssue = served.issues[0]?.fields as {
        comment: { comments: unknown[] };
        worklog: { worklogs: unknown[] };
      };
      // The generator drops what would lie after the snapshot's moment, so a few less than asked.
      expect(servedIssue.comment.comments.length).toBeGreaterThan(200);
      expect(servedIssue.worklog.worklogs.length).toBeGreaterThan(20);
      expect(issue?.fields.comment.comments).toHaveLength(servedIssue.comment.comments.length);
      expect(issue?.fields.worklog.worklogs).toHaveLength(servedIssue.worklog.worklogs.length);
      expect(site.counts.getComments).toBe(3); // pages of 100
      expect(site.counts.getIssueWorklog).toBe(1);
    });
  });

  test('no active sprint: the unresolved issues of the project', async () => {
    const data = {
      ...generateLargeSprint({ issues: 30, commentsPerIssue: 1, worklogsPerIssue: 1, members: 4, seed: 9 }),
      sprint: null,
    };
    await withSite(data, {}, async (site, served) => {
      const fetched = await fetchFrom(site, 'BIG');
      const unresolved = served.issues.filter(
        (i) => (i.fields.status as { statusCategory: { key: string } }).statusCategory.key !== 'done',
      );
      expect(fetched.sprint).toBeNull();
      expect((fetched.issues as Array<{ key: string }>).map((i) => i.key)).toEqual(unresolved.map((i) => i.key));
    });
  });

  test('a given board and sprint are read, not searched for', async () => {
    await withSite(DEMO, {}, async (site) => {
      const fetched = await fetchSnapshot(requesterFor(site), { projectKey: 'FW', boardId: 3, sprintId: 7 });
      expect((fetched.sprint as { id: number }).id).toBe(7);
      expect(site.counts.getAllBoards).toBeUndefined();
      expect(site.counts.getBoard).toBe(1);
      expect(site.counts.getSprint).toBe(1);
    });
  });

  test('faults: every 5th call 429 (Retry-After: 1), every 7th a 500, latency up to 300 ms: the same report', async () => {
    const data = generateLargeSprint({ issues: 450, commentsPerIssue: 3, worklogsPerIssue: 2, members: 10, seed: 5 });
    const clean = await withSite(data, {}, async (site) => walk(await fetchFrom(site, 'BIG'), {}, DEMO_AT));
    await withSite(
      data,
      { faults: { every429: 5, retryAfterSeconds: 1, every500: 7, latencyMs: [0, 300] } },
      async (site) => {
        const faulty = walk(await fetchFrom(site, 'BIG'), {}, DEMO_AT);
        expect(faulty).toEqual(clean);
        expect(site.total()).toBeGreaterThan(14); // 14 calls when clean, plus the retried ones
      },
    );
  }, 90000);

  test('a 401 fails at once, naming the call and the reason', async () => {
    await withSite(DEMO, { token: 'right' }, async (site) => {
      const error = await fetchSnapshot(requesterFor(site, 'wrong'), { projectKey: 'FW' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(401);
      expect((error as ApiError).message).toMatch(/HTTP 401 \(Client must be authenticated/);
      expect(site.total()).toBeLessThanOrEqual(3); // the first concurrent calls, no retries
    });
  });

  test('a project that does not exist: 404 at once', async () => {
    await withSite(DEMO, {}, async (site) => {
      const error = (await fetchSnapshot(requesterFor(site), { projectKey: 'NOPE' }).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(error.status).toBe(404);
      expect(error.message).toContain('could not read the project NOPE');
    });
  });

  test('slim reads (the background walk) give the same walk as full reads, in a fraction of the size', async () => {
    const data = generateLargeSprint({ issues: 300, commentsPerIssue: 25, worklogsPerIssue: 22, members: 8, seed: 5 });
    for (const set of [DEMO, data]) {
      await withSite(set, {}, async (site) => {
        const full = await fetchSnapshot(requesterFor(site), {
          projectKey: (set as { project: { key: string } }).project.key,
        });
        const slim = await fetchSnapshot(requesterFor(site), {
          projectKey: (set as { project: { key: string } }).project.key,
          slim: true,
        });
        expect(walk(slim, {}, DEMO_AT)).toEqual(walk(full, {}, DEMO_AT));
        // The Sprint tab replays the changelogs: slim histories give the same burndown.
        const sprint = (s: typeof full) => sprintReport(parseSnapshot(s), parseSettings({}), Date.parse(DEMO_AT));
        expect(sprint(slim)).toEqual(sprint(full));
        // ...and the replay did read them: the done transitions step the line down during the sprint.
        expect(new Set(sprint(full).burndown?.series.map((p) => p.remaining.issues)).size).toBeGreaterThan(1);
        expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length / 2);
        // One object per distinct status, issue type, priority and parent; nothing links back.
        const statuses = new Set(slim.issues.map((i) => i.fields.status));
        expect(statuses.size).toBe(new Set(full.issues.map((i) => JSON.stringify(i.fields.status))).size);
        expect(JSON.stringify([slim.issues, slim.changelogs])).not.toMatch(/"self"|"iconUrl"|"avatarUrls"/);
      });
    }
  }, 60000);

  test("compact reads (comments and worklogs moved to the walk's columns as pages arrive) give the same report as a saved snapshot", async () => {
    const data = generateLargeSprint({ issues: 2000, commentsPerIssue: 6, worklogsPerIssue: 4, members: 20, seed: 9 });
    for (const set of [DEMO, data]) {
      await withSite(set, {}, async (site) => {
        const key = (set as { project: { key: string } }).project.key;
        const full = await fetchSnapshot(requesterFor(site), { projectKey: key });
        const settings = parseSettings({});
        const at = Date.parse(DEMO_AT);
        // As a background walk reads: old comments keep no text (engine/text-window.ts).
        const textsSince = textsReadSince(settings, at);
        const { activity, ...compact } = await fetchSnapshot(requesterFor(site), {
          projectKey: key,
          slim: true,
          compact: true,
          textsSince,
        });
        // No Jira-shaped comment or worklog is left in the issues: they live in the activity's columns.
        expect(compact.issues.some((i) => (i.fields.comment as { comments: unknown[] }).comments.length > 0)).toBe(
          false,
        );
        expect(activity?.size).toBe(full.issues.length);
        const dropped = [...(activity?.values() ?? [])].flatMap((a) =>
          [...a.commentCreated].filter((t, i) => t < textsSince && a.commentTexts[i] === ''),
        );
        expect(dropped.length).toBeGreaterThan(0); // the cut happened, and changes nothing below
        const fromCompact = walkWithStandup(parseSnapshot(compact), settings, at, activity);
        const fromFull = walkWithStandup(parseSnapshot(full), settings, at);
        expect(fromCompact.report).toEqual(walk(full, {}, DEMO_AT));
        expect(fromCompact.standup).toEqual(fromFull.standup);
        const notes = fromFull.standup.members.flatMap((m) => [m.focusIn, m.focusOut]).filter(Boolean);
        expect(notes.length).toBeGreaterThan(0);
        expect(fromCompact.report.findings.some((f) => f.check === 'open-question')).toBe(true); // comments were read
        expect(fromCompact.report.findings.some((f) => f.check === 'daily-worklog')).toBe(true); // and worklogs
      });
    }
  }, 120000);
});
