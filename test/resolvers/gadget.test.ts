import type { GadgetView, Result, SprintView, WalkView } from '../../src/app/contract';
import { DEMO_USERS } from '../../dev/demo/demo-snapshot';
import type { ForgeHarness } from '../../dev/preview/forge-harness';
import { PAGE, startDemo, type DemoHarness } from '../support/demo-harness';

/** The dashboard gadget (issue 27): its settings come in Jira's gadget context; it reads stored walks only. */
const { tess, dana } = DEMO_USERS;
const GADGET = (gadgetConfiguration: unknown) => ({
  extension: { type: 'jira:dashboardGadget', gadgetConfiguration },
});

let demo: DemoHarness;
let harness: ForgeHarness;
async function start(hidden: Record<string, string[]> = {}): Promise<void> {
  demo = await startDemo({ hidden, walk: false });
  ({ harness } = demo);
}
afterEach(() => demo.close());
const gadget = (config: unknown, as = tess.accountId) =>
  harness.invoke('getGadget', {}, GADGET(config), as) as Promise<Result<GadgetView>>;
async function data<T>(r: Promise<Result<T>>): Promise<T> {
  const x = await r;
  if (!x.ok) throw new Error(`${x.error.code}: ${x.error.message}`);
  return x.data;
}

test("the score, the members in red, the level 2-3 blockers, releases at risk and the next sprint: the page's", async () => {
  await start();
  expect((await data(gadget({ project: 'FW' }))).walk).toBeNull(); // no walk yet: the gadget says so
  await harness.walkNow(PAGE, tess.accountId);
  const walk = (await data(harness.invoke('getWalk', {}, PAGE, tess.accountId) as Promise<Result<WalkView>>)).report;
  const sprint = (await data(harness.invoke('getSprint', {}, PAGE, tess.accountId) as Promise<Result<SprintView>>))
    .report;
  const view = await data(gadget({ project: 'FW' }));
  expect(view.project?.key).toBe('FW');
  expect(view.show).toEqual(['score', 'red', 'blockers', 'releases', 'next']);
  expect(view.walk?.score).toBe(walk?.score);
  expect(view.walk?.red.map((m) => m.accountId)).toEqual(
    walk?.members.filter((m) => m.status === 'red').map((m) => m.accountId),
  );
  const high = walk?.findings.filter((f) => f.check === 'blocked' && Number(f.data.level) >= 2) ?? [];
  expect(high.length).toBeGreaterThan(0);
  expect(view.walk?.blockers.map((b) => b.issueKey).sort()).toEqual(high.map((f) => f.issueKey).sort());
  expect(view.walk?.releases.map((r) => r.name)).toEqual(
    (sprint?.releases ?? []).filter((r) => r.readiness !== 'ready').map((r) => r.name),
  );
  expect(view.walk?.next?.share).toBe(sprint?.nextSprint?.share);
  // The edit view's parts: only those are shown.
  expect((await data(gadget({ project: 'FW', show: ['score'] }))).show).toEqual(['score']);
});

test('a viewer never gets an issue they may not see; a project they may not browse is not found', async () => {
  await start({ [dana.accountId]: ['FW-137'] });
  await harness.walkNow(PAGE, tess.accountId);
  expect(JSON.stringify(await data(gadget({ project: 'FW' })))).toContain('FW-137');
  expect(JSON.stringify(await data(gadget({ project: 'FW' }, dana.accountId)))).not.toContain('FW-137');
  const other = await gadget({ project: 'NOPE' });
  expect(other.ok ? null : other.error.code).toBe('NOT_FOUND');
});

test("under privacy 'own' a member's gadget lists only their own row among the members in red", async () => {
  await start();
  await demo.data('saveSettings', { settings: { privacy: { membersSee: 'own' } } });
  await harness.walkNow(PAGE, tess.accountId);
  const team = await data(gadget({ project: 'FW' }));
  const red = team.walk?.red ?? [];
  expect(red.length).toBeGreaterThan(1);
  const member = red.find((m) => m.accountId !== tess.accountId)?.accountId ?? '';
  expect((await data(gadget({ project: 'FW' }, member))).walk?.red.map((m) => m.accountId)).toEqual([member]);
});

test('unset settings ask for a project; bad ones are named', async () => {
  await start();
  expect(await data(gadget(undefined))).toMatchObject({ project: null, walk: null });
  const bad = await gadget({ project: 'not a key' });
  expect(bad.ok ? null : bad.error).toMatchObject({ code: 'BAD_REQUEST', field: 'project' });
  expect(bad.ok ? '' : bad.error.message).toContain('project key');
  const parts = await gadget({ project: 'FW', show: ['everything'] });
  expect(parts.ok).toBe(false);
});
