import { visibleAmong, visibleKeys } from '../../src/app/walks/visible-keys';
import type { ApiRequest, ApiResponse, Requester } from '../../src/fetch/requester';

/**
 * Issue 26: the page asks Jira only about the keys it shows, by bulk fetch, when that takes fewer
 * rounds than paging the whole project's keys; either way it gets exactly the keys the viewer may
 * see. A stand-in of Jira as its documents describe it: the ids-only search pages 5,000 keys of
 * what the caller may see, and the bulk fetch (at most 100 keys) leaves out what the caller may
 * not see, or what does not exist, without an error.
 */
class Jira implements Requester {
  readonly calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    private readonly project: readonly string[],
    private readonly hidden: ReadonlySet<string>,
  ) {}

  async request(req: ApiRequest): Promise<ApiResponse> {
    this.calls.push(req.path);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setTimeout(r, 1));
    this.inFlight--;
    const seen = (k: string) => !this.hidden.has(k);
    const body = req.body as Record<string, unknown>;
    if (req.path === '/rest/api/3/search/jql') {
      const all = this.project.filter(seen);
      const from = Number(body.nextPageToken ?? 0);
      const size = Number(body.maxResults);
      const page = all.slice(from, from + size);
      const isLast = from + size >= all.length;
      return ok({
        issues: page.map((key) => ({ id: key, key })),
        isLast,
        ...(isLast ? {} : { nextPageToken: String(from + size) }),
      });
    }
    if (req.path === '/rest/api/3/issue/bulkfetch') {
      const asked = body.issueIdsOrKeys as string[];
      if (asked.length > 100) return { status: 400, headers: {}, json: { errorMessages: ['too many'] } };
      const known = new Set([...this.project, 'OPS-12']);
      const issues = asked.filter((k) => known.has(k) && seen(k)).map((key) => ({ id: key, key, fields: {} }));
      return ok({ issues, issueErrors: [] });
    }
    throw new Error(`unexpected call ${req.path}`);
  }
}

const ok = (json: unknown): ApiResponse => ({ status: 200, headers: {}, json });
const keys = (n: number) => Array.from({ length: n }, (_, i) => `BIG-${i + 1}`);

test('a screen naming 3,000 keys of a 50,000-issue project: 31 bulk fetches, 10 at a time, no search', async () => {
  const project = keys(50000);
  const hidden = new Set(['BIG-7', 'BIG-2999', 'BIG-40000', 'OPS-12']);
  const jira = new Jira(project, hidden);
  const named = [...keys(3000), 'BIG-40000', 'BIG-7', 'OPS-12', 'OPS-13', 'NOPE-1'];
  const visible = await visibleAmong(jira, 'BIG', named, 50000);
  expect(jira.calls.filter((p) => p.endsWith('/search/jql'))).toHaveLength(0);
  expect(jira.calls).toHaveLength(31); // 3,005 distinct keys
  expect(jira.maxInFlight).toBe(10);
  expect(visible.size).toBe(2998);
  for (const key of ['BIG-7', 'BIG-2999', 'BIG-40000', 'OPS-12', 'OPS-13', 'NOPE-1'])
    expect(visible.has(key)).toBe(false);
  expect(visible.has('BIG-1')).toBe(true);
  expect(visible.has('BIG-3000')).toBe(true);
});

test('the same keys of a 10,000-issue project: the project search is fewer rounds, and gives the same answer', async () => {
  const hidden = new Set(['BIG-7', 'BIG-2999', 'OPS-12']);
  const named = [...keys(3000), 'BIG-7', 'OPS-12', 'OPS-14'];
  const small = new Jira(keys(10000), hidden);
  const bySearch = await visibleAmong(small, 'BIG', named, 10000);
  // Two search pages, then the other project's keys by bulk fetch (one call: OPS-12 and OPS-14).
  expect(small.calls).toEqual(['/rest/api/3/search/jql', '/rest/api/3/search/jql', '/rest/api/3/issue/bulkfetch']);
  const large = new Jira(keys(10000), hidden);
  const byBulk = await visibleAmong(large, 'BIG', named, 60000);
  expect(large.calls.every((p) => p.endsWith('/bulkfetch'))).toBe(true);
  const shown = (v: ReadonlySet<string>) => named.filter((k) => v.has(k)).sort();
  expect(shown(byBulk)).toEqual(shown(bySearch));
  expect(shown(byBulk)).toHaveLength(2998);
});

test('a screen that names no issue asks Jira nothing; visibleKeys still pages the project', async () => {
  const jira = new Jira(keys(12000), new Set());
  expect((await visibleAmong(jira, 'BIG', [], 12000)).size).toBe(0);
  expect(jira.calls).toEqual([]);
  expect((await visibleKeys(jira, 'BIG')).size).toBe(12000);
  expect(jira.calls).toHaveLength(3);
});
