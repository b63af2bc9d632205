import { PROJECT, startReportingHarness, type ReportingHarness } from '../support/reporting-harness';
import type { PublishedPage, Result, SprintView, WalkView } from '../../src/app/contract';
import { DEMO_USERS } from '../../dev/demo/demo-snapshot';

/**
 * Issue-level security on everything a walk made as the app serves (issue 21, audit P1): the
 * Sprint tab and a TPM's Publish show only the issues the viewer may see; the weekly page the
 * app publishes names no issue at all.
 */
const { tess, john } = DEMO_USERS;
// FW-137 "Security fix for the login endpoint" joined the sprint; FW-46 left it; FW-1 is an epic.
const HIDDEN = ['FW-137', 'FW-46', 'FW-1'];
const names = (text: string) => HIDDEN.filter((k) => new RegExp(`${k}(?!\\d)`).test(text));

let demo: ReportingHarness;
let harness: ReportingHarness['harness'];
let confluence: ReportingHarness['confluence'];

beforeEach(async () => {
  demo = await startReportingHarness({
    hidden: { [john.accountId]: HIDDEN, [tess.accountId]: HIDDEN },
  });
  ({ harness, confluence } = demo);
});

afterEach(() => demo.close());

async function call<T>(key: string, as: string): Promise<T> {
  const r = (await harness.invoke(key, {}, PROJECT, as)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

test('the Sprint tab shows a member only the scope changes and epics they may see; the figures stay', async () => {
  const view = await call<SprintView>('getSprint', john.accountId);
  expect(names(JSON.stringify(view))).toEqual([]);
  expect(view.report?.burndown?.changes.map((c) => c.key)).toEqual(['FW-105']);
  expect(view.report?.epics.map((e) => e.key)).toEqual(['FW-2']);
  // Aggregates are the sprint's, not the viewer's: committed still counts every issue.
  expect(view.report?.burndown?.committed.issues).toBe(21);
  // A viewer who sees everything gets everything.
  const all = await call<SprintView>('getSprint', DEMO_USERS.dana.accountId);
  expect(all.report?.burndown?.changes.map((c) => c.key)).toEqual(['FW-105', 'FW-46', 'FW-137']);
});

test("the page names no hidden issue, not even in a visible finding's message", async () => {
  const walk = await call<WalkView>('getWalk', john.accountId);
  expect(names(JSON.stringify(walk.report))).toEqual([]);
});

test("a TPM's Publish writes only the issues that TPM may see", async () => {
  const page = await call<PublishedPage>('publishReport', tess.accountId);
  const body = confluence.pages.find((p) => p.id === page.pageId)?.body?.value ?? '';
  expect(body).toContain('FW-136'); // a blocker Tess may see
  expect(names(body)).toEqual([]);
});

test('the weekly page the app publishes names no issue: counts only', async () => {
  await harness.weekly();
  await harness.settled();
  const page = confluence.pages.find((p) => p.title.includes('2026-W47'));
  const body = page?.body?.value ?? '';
  expect(body).toContain('issues are counted, not named');
  expect(body).not.toMatch(/\bFW-\d+\b/);
  expect(body).toMatch(/Blocked issues: \d+/);
});
