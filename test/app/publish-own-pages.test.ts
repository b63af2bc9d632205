import { PROJECT, startReportingHarness, type ReportingHarness } from '../support/reporting-harness';
import type { PublishedPage, Result } from '../../src/app/contract';
import { DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { kvs } from '@forge/kvs';

/**
 * Publish never overwrites a page it did not make (issue 21, audit P3): a page found by the
 * week's title is adopted only when it carries the app's content property.
 */
const { tess, john } = DEMO_USERS;
const TITLE = 'Focus Walk (FW) status 2026-W47';
let demo: ReportingHarness;
let harness: ReportingHarness['harness'];
let confluence: ReportingHarness['confluence'];

beforeEach(async () => {
  demo = await startReportingHarness();
  ({ harness, confluence } = demo);
});

afterEach(() => demo.close());

const publish = async () =>
  (await harness.invoke('publishReport', {}, PROJECT, tess.accountId)) as Result<PublishedPage>;

test("a user's page with the week's title is left alone: Publish stops, naming the title and the space", async () => {
  const space = confluence.spaces.find((s) => s.key === 'TEAM');
  const body = { representation: 'atlas_doc_format', value: '{"type":"doc","version":1,"content":[]}' };
  const at = '2026-11-16T09:00:00.000Z';
  confluence.pages.push({
    id: '990001',
    status: 'current',
    title: TITLE,
    spaceId: space?.id ?? '',
    authorId: john.accountId,
    createdAt: at,
    version: { createdAt: at, number: 3, message: '', minorEdit: false, authorId: john.accountId },
    body,
    _links: { webui: '/spaces/TEAM/pages/990001' },
  });
  const result = await publish();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('CONFLICT');
  expect(result.error.message).toContain(TITLE);
  expect(result.error.message).toContain('TEAM');
  const page = confluence.pages.find((p) => p.id === '990001');
  expect(page?.version.number).toBe(3);
  expect(page?.body).toEqual(body);
  // The weekly trigger (as the app) leaves it alone too.
  await harness.weekly();
  await harness.settled();
  expect(confluence.pages.find((p) => p.id === '990001')?.version.number).toBe(3);
  expect(confluence.pages.filter((p) => p.title === TITLE)).toHaveLength(1);
});

test('the page the app made is marked, and found again by its title when its id was not kept', async () => {
  const first = await publish();
  if (!first.ok) throw new Error(first.error.message);
  const made = confluence.pages.find((p) => p.id === first.data.pageId);
  expect(made?.properties?.map((p) => p.key)).toEqual(['focus-walk-status-report']);
  // Another installation's storage (or a lost record) has no page id: the title finds the app's own page.
  for (const key of harness.runtime.kvs.keys().filter((k) => k.startsWith('report-page:')))
    await harness.runtime.as(null, () => kvs.delete(key));
  const again = await publish();
  if (!again.ok) throw new Error(again.error.message);
  expect(again.data).toMatchObject({ pageId: first.data.pageId, version: 2 });
});
