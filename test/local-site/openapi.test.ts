import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import { fetchSnapshot } from '../../src/fetch/fetch-snapshot';
import { ATLASSIAN_ROUTES as ROUTES } from '../../dev/local-site/routes';
import type { Exchange } from '../../dev/local-site/server';
import type { ErrorObject } from 'ajv';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { kvs } from '@forge/kvs';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { OpenApi } from '../support/openapi';
import { requesterFor, withSite } from '../support/site';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as unknown;
const api = new OpenApi();

/** Every exchange of a fetch of the demo, of a sprint with overflowing pages, and with a given board and sprint. */
async function recordedExchanges(): Promise<Exchange[]> {
  const all: Exchange[] = [];
  await withSite(
    DEMO,
    { record: true, admins: [DEMO_USERS.tess.accountId], confluence: generateConfluenceDemo() },
    async (site) => {
      await fetchSnapshot(requesterFor(site), { projectKey: 'FW' });
      await fetchSnapshot(requesterFor(site), { projectKey: 'FW', boardId: 3, sprintId: 7 });
      // The app's own calls, through the real resolvers: permissions, myself, a comment.
      const harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
      harness.install();
      const project = { extension: { project: { key: 'FW' } } };
      await harness.invoke('getSettings', {}, project, DEMO_USERS.tess.accountId);
      await harness.invoke('tick', { itemId: 'touch-base', ticked: true }, project, DEMO_USERS.tess.accountId);
      // A nudge (notify) and an escalation (a comment with ADF mentions), as the TPM sends them.
      const tess = DEMO_USERS.tess.accountId;
      const settings = { escalation: { level2: [DEMO_USERS.fowley.accountId] }, statusReport: { space: 'TEAM' } };
      expect(await harness.invoke('saveSettings', { settings }, project, tess)).toMatchObject({ ok: true });
      await harness.walkNow(project, tess);
      expect(await harness.invoke('nudge', { accountId: DEMO_USERS.john.accountId }, project, tess)).toMatchObject({
        ok: true,
      });
      expect(await harness.invoke('escalate', { issueKey: 'FW-136' }, project, tess)).toMatchObject({ ok: true });
      // The weekly status report: created, then (its id kept) read and updated.
      for (const version of [1, 2])
        expect(await harness.invoke('publishReport', {}, project, tess)).toMatchObject({ ok: true, data: { version } });
      // With its id no longer kept, the page is found by its title and recognised by its property.
      for (const key of harness.runtime.kvs.keys().filter((k) => k.startsWith('report-page:')))
        await harness.runtime.as(null, () => kvs.delete(key));
      expect(await harness.invoke('publishReport', {}, project, tess)).toMatchObject({
        ok: true,
        data: { version: 3 },
      });
      await harness.invoke(
        'postFocusComment',
        { kind: 'in', text: 'plan' },
        { extension: { project: { key: 'FW' }, issue: { key: 'FW-105' } } },
        DEMO_USERS.john.accountId,
      );
      await harness.invoke(
        'logWork',
        { timeSpent: '45m', started: '2026-11-19T09:00', comment: 'review' },
        { extension: { project: { key: 'FW' }, issue: { key: 'FW-105' } }, timezone: 'Europe/London' },
        DEMO_USERS.john.accountId,
      );
      // A person picker's search (Jira's user search, as the user) and the names of saved ids.
      expect(await harness.invoke('searchPeople', { query: 'dana', ids: [tess] }, project, tess)).toMatchObject({
        ok: true,
      });
      // The reading macro's calls: spaces, pages, blog posts, authors.
      const macro = {
        extension: { type: 'macro', config: { spaces: 'ENG,TEAM', daysBack: '7', targetMinutes: '60' } },
      };
      await harness.invoke('getReading', {}, macro, DEMO_USERS.dana.accountId);
      await harness.invoke('logReading', { minutes: 15 }, macro, DEMO_USERS.dana.accountId);
      await harness.invoke('getTeamReading', {}, macro, DEMO_USERS.dana.accountId);
      harness.uninstall();
      all.push(...site.exchanges);
    },
  );
  const big = generateLargeSprint({ issues: 120, commentsPerIssue: 25, worklogsPerIssue: 22, members: 6, seed: 11 });
  await withSite(big, { record: true }, async (site) => {
    await fetchSnapshot(requesterFor(site), { projectKey: 'BIG' });
    all.push(...site.exchanges);
  });
  return all;
}

/** The schema of a 200 JSON answer, or (JSW documents only give examples for sprints) the sprint bean. */
function responseValidator(e: Exchange) {
  const route = atlassian(e);
  if (!route) throw new Error(`unrouted ${e.method} ${e.path}`);
  const op = api.operation(route.document, route.method, e.path);
  if (!op) throw new Error(`no operation for ${route.method} ${route.template}`);
  const status = String(e.status);
  if (op.spec.responses?.[status]?.content?.['application/json']?.schema) {
    return {
      kind: 'response',
      validate: api.validator(
        route.document,
        OpenApi.pointer('paths', op.path, op.method, 'responses', status, 'content', 'application/json', 'schema'),
      ),
    };
  }
  return { kind: 'sprint bean', validate: api.validator(route.document, '#/components/schemas/SprintBean') };
}

describe("the local site against Atlassian's OpenAPI documents", () => {
  let exchanges: Exchange[] = [];
  beforeAll(async () => {
    exchanges = await recordedExchanges();
  }, 60000);

  test('every route is an operation of the documents, with the same path template', () => {
    for (const route of ROUTES) {
      const op = api.operation(route.document, route.method, route.template.replace(/\{[\w-]+\}/g, 'x'));
      expect(op?.path).toBe(route.template.replace(/^\/wiki\/api\/v2/, ''));
      expect(op?.spec.operationId).toBe(route.operationId);
    }
  });

  test('the fetch layer used every endpoint the site serves', () => {
    const used = new Set(exchanges.map((e) => e.route?.operationId));
    expect([...used].sort()).toEqual(ROUTES.map((r) => r.operationId).sort());
  });

  test('every 2xx answer validates against its response schema', () => {
    let checked = 0;
    for (const e of exchanges.filter((x) => x.status === 200 || x.status === 201)) {
      const { kind, validate } = responseValidator(e);
      const bodies = kind === 'sprint bean' ? sprintsOf(e.json) : [e.json];
      if (bodies.length === 0) {
        // A page of no sprints (a board with no closed sprint yet): only its envelope to check.
        expect(e.json).toMatchObject({ values: [], isLast: true });
        checked++;
        continue;
      }
      for (const body of bodies) {
        const ok = validate(body);
        if (!ok) throw new Error(`${e.route?.operationId}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        checked++;
      }
    }
    // Every answer is checked: 200/201 against their schemas, and 204 (notify) carries no body.
    const noContent = exchanges.filter((x) => x.status === 204);
    for (const e of noContent) expect(e.json).toBeUndefined();
    expect(noContent.length).toBeGreaterThan(0);
    expect(checked + noContent.length).toBeGreaterThanOrEqual(exchanges.length);
  });

  test('every request of the fetch layer matches an operation: path, method, query parameters, body', () => {
    for (const e of exchanges) {
      const route = atlassian(e);
      expect(route).not.toBeNull();
      if (!route) continue;
      const op = api.operation(route.document, e.method, e.path);
      expect(op).not.toBeNull();
      if (!op) continue;
      const declared = api.queryParameters(op);
      for (const name of new Set(e.query.keys())) {
        if (!declared.has(name)) throw new Error(`${route.operationId}: query parameter ${name} is not declared`);
      }
      if (e.body !== undefined) {
        // A request body is declared inline or by reference to components/requestBodies.
        const bodyRef = (op.spec.requestBody as { $ref?: string } | undefined)?.$ref;
        const pointer = bodyRef
          ? `${bodyRef}/content/application~1json/schema`
          : OpenApi.pointer('paths', op.path, op.method, 'requestBody', 'content', 'application/json', 'schema');
        const validate = api.validator(route.document, pointer);
        if (!validate(e.body) && !ambiguousPageBody(e, validate.errors))
          throw new Error(`${route.operationId} body: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
    }
  });

  test("an error answer uses Jira's error shape", async () => {
    await withSite(DEMO, {}, async (site) => {
      const response = await fetch(`${site.url}/rest/api/3/search/jql`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from('a@b.c:x').toString('base64')}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ jql: 'assignee = currentUser()' }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errorMessages: string[]; errors: object };
      expect(body.errorMessages[0]).toMatch(/JQL/);
      expect(api.validator('jira-platform', '#/components/schemas/ErrorCollection')(body)).toBe(true);
    });
  });
});

/** The exchange's route, when it is an operation of Atlassian's documents. */
function atlassian(e: Exchange) {
  return ROUTES.find((r) => r === e.route) ?? null;
}

function sprintsOf(json: unknown): unknown[] {
  const values = (json as { values?: unknown[] }).values;
  return Array.isArray(values) ? values : [json];
}

/**
 * Confluence's page body is `oneOf` two schemas whose properties are all optional, so every body
 * matches both and `oneOf` refuses it. Such a body is checked against the one it is meant to be
 * (PageBodyWrite: a representation and its value), and the rest of the request passed.
 */
function ambiguousPageBody(e: Exchange, errors: ErrorObject[] | null | undefined): boolean {
  const onlyBody = (errors ?? []).every(
    (x) => x.instancePath === '/body' && x.keyword === 'oneOf' && Array.isArray(x.params.passingSchemas),
  );
  if (!onlyBody || !['createPage', 'updatePage'].includes(e.route?.operationId ?? '')) return false;
  const body = (e.body as { body?: { representation?: unknown; value?: unknown } }).body;
  const write = api.validator('confluence-v2', '#/components/schemas/PageBodyWrite');
  return write(body) && body?.representation === 'atlas_doc_format' && typeof body.value === 'string';
}
