import type { SprintView, WalkView } from '../../src/app/contract';
import type { AgentAction, AgentAnswer } from '../../src/app/agent/agent-contract';
import { DEMO_USERS } from '../../dev/demo/demo-snapshot';
import type { ForgeHarness } from '../../dev/preview/forge-harness';
import type { LocalSite } from '../../dev/local-site/server';
import { startDemo, type DemoHarness } from '../support/demo-harness';

/** The Rovo agent's actions (issue 27), invoked as Forge invokes an action's function: Rovo's payload and the user. */
const { tess, john, dana, fowley } = DEMO_USERS;
/** Where Rovo says it was asked: the FW project page. */
const ASKED = { context: { jira: { projectKey: 'FW' } } };

let demo: DemoHarness;
let site: LocalSite;
let harness: ForgeHarness;
async function start(hidden: Record<string, string[]> = {}, settings: Record<string, unknown> = {}): Promise<void> {
  demo = await startDemo({ hidden, settings, record: true });
  ({ site, harness } = demo);
}
afterEach(() => demo.close());

const ask = (action: AgentAction, inputs: Record<string, unknown>, as: string | null = tess.accountId) =>
  harness.agent(action, { ...ASKED, ...inputs }, as);
/** The Forge function itself, as the manifest's action module calls it: it answers Rovo with markdown. */
const invokeFunction = (action: AgentAction, payload: unknown, as: string) =>
  harness.runtime.as(as, () => harness.agentFunctions[action](payload, { principal: { accountId: as } }));
const page = <T>(key: string, as: string): Promise<T> => demo.data<T>(key, {}, as);
const comments = () => site.exchanges.filter((e) => e.route?.operationId === 'addComment' && e.status === 201);

test("today's summary is the page's walk: its score, every member's status, the blockers by level", async () => {
  await start();
  const walk = await page<WalkView>('getWalk', tess.accountId);
  const a = await ask('todaySummary', {});
  expect(a.ok).toBe(true);
  expect(a.markdown).toContain(`Score **${walk.report?.score}**/100; ${walk.findingCounts.total} findings.`);
  for (const m of walk.report?.members ?? []) expect(a.markdown).toContain(`| ${m.displayName} | ${m.status} |`);
  const blocked = walk.report?.findings.filter((f) => f.check === 'blocked') ?? [];
  const level = (l: number) => blocked.filter((f) => f.data.level === l).length;
  expect(a.markdown).toContain(`${level(1)} at level 1, ${level(2)} at level 2, ${level(3)} at level 3`);
  // The Forge function answers Rovo with the same markdown.
  expect(await invokeFunction('todaySummary', ASKED, tess.accountId)).toBe(a.markdown);
});

test("a member's day: their Focus notes as the stand-up board has them, and their findings", async () => {
  await start();
  const a = await ask('memberDay', { member: 'john' });
  expect(a.ok).toBe(true);
  const data = a.data as { member: { accountId: string }; findings: Array<{ accountId: string | null }> };
  expect(data.member.accountId).toBe(john.accountId);
  expect(a.markdown).toContain('**Focus In of today**: not written yet'); // as the stand-up test says of John
  expect(data.findings.length).toBeGreaterThan(0);
  expect(data.findings.every((f) => f.accountId === john.accountId)).toBe(true);
  const nobody = await ask('memberDay', { member: 'Nobody Here' });
  expect(nobody.ok).toBe(false);
  expect(nobody.markdown).toContain('No member called "Nobody Here"');
});

test('blockers and what to escalate; escalating through the agent sends once, then it is no longer due', async () => {
  await start({}, { escalation: { level2: [fowley.accountId], level3: [fowley.accountId] } });
  const before = await ask('blockers', {});
  const lines = (before.data as { blockers: Array<{ issueKey: string; level: number; escalated: number | null }> })
    .blockers;
  const due = lines.filter((b) => b.level >= 2);
  expect(due.length).toBeGreaterThan(0);
  expect(before.markdown).toContain(
    `**To escalate today**: ${due.map((b) => `${b.issueKey} (level ${b.level})`).join(', ')}.`,
  );
  const target = due[0]?.issueKey ?? '';
  // A member may not escalate: refused in the page's own words, nothing posted.
  const refused = await ask('escalateBlocker', { issueKey: target }, john.accountId);
  expect(refused.ok).toBe(false);
  expect(comments()).toHaveLength(0);
  const sent = await ask('escalateBlocker', { issueKey: target });
  expect(sent.markdown).toMatch(new RegExp(`^Escalated ${target} at level \\d to Diana Fowley`));
  const again = await ask('escalateBlocker', { issueKey: target });
  expect(again.markdown).toContain(`${target} was already escalated`);
  expect(comments()).toHaveLength(1);
  const after = await ask('blockers', {});
  expect(after.markdown).not.toContain(`${target} (level`);
});

test('nudging a member: TPMs only, sent once (the emails Jira sent count one)', async () => {
  await start();
  const refused = await ask('nudgeMember', { member: 'John' }, dana.accountId);
  expect(refused.ok).toBe(false);
  expect(site.outbox).toHaveLength(0);
  const first = await ask('nudgeMember', { member: 'John', code: 'focus-in/missing' });
  expect(first.ok).toBe(true);
  expect(first.markdown).toContain('focus-in/missing: sent');
  const mails = site.outbox.length;
  expect(mails).toBe(1);
  const second = await ask('nudgeMember', { member: 'John', code: 'focus-in/missing' });
  expect(second.markdown).toContain('focus-in/missing: already');
  expect(site.outbox).toHaveLength(mails);
  // The Sent tab logs it, as the page's Nudge would.
  const log = await page<{ items: Array<{ kind: string; to: Array<{ accountId: string }> }> }>(
    'getSent',
    tess.accountId,
  );
  expect(log.items.filter((r) => r.kind === 'nudge' && r.to.some((p) => p.accountId === john.accountId))).toHaveLength(
    1,
  );
});

test("the next sprint, the releases and the status draft are the Sprint tab's; publish is the TPM's", async () => {
  await start({}, { statusReport: { space: 'TEAM' } });
  const sprint = await page<SprintView>('getSprint', tess.accountId);
  const next = await ask('nextSprint', {});
  const n = sprint.report?.nextSprint;
  expect(next.markdown).toContain(n ? `${n.share}% ready` : 'read no next sprint');
  const releases = await ask('releases', {});
  const risky = (sprint.report?.releases ?? []).filter((r) => r.readiness !== 'ready');
  for (const r of risky) expect(releases.markdown).toContain(`| ${r.name} |`);
  const draft = await ask('statusDraft', {});
  expect(draft.ok).toBe(true);
  expect(draft.markdown).toMatch(/^# /);
  expect((await ask('publishReport', {}, john.accountId)).ok).toBe(false);
  const published = await ask('publishReport', {});
  expect(published.ok).toBe(true);
  expect(published.markdown).toMatch(/^Published "/);
});

test('an issue the asker may not see appears in no answer (blockers, summary, draft, member day)', async () => {
  await start({ [dana.accountId]: ['FW-137'] });
  const tpm = await ask('blockers', {});
  expect(tpm.markdown).toContain('FW-137');
  const members = (await page<WalkView>('getWalk', tess.accountId)).report?.members ?? [];
  const asks: Array<[AgentAction, Record<string, unknown>]> = [
    ['blockers', {}],
    ['todaySummary', {}],
    ['statusDraft', {}],
    ...members.map((m): [AgentAction, Record<string, unknown>] => ['memberDay', { member: m.accountId }]),
  ];
  for (const [action, inputs] of asks) {
    const a: AgentAnswer = await ask(action, inputs, dana.accountId);
    expect(a.ok).toBe(true);
    expect(a.markdown).not.toContain('FW-137');
    expect(JSON.stringify(a.data)).not.toContain('FW-137');
  }
});

test('bad inputs are named, and nothing is read for them', async () => {
  await start();
  expect((await ask('memberDay', {})).markdown).toMatch(/member/);
  expect((await harness.agent('todaySummary', { project: 'fw' }, tess.accountId)).markdown).toMatch(/project key/);
  expect((await harness.agent('todaySummary', { project: 'NOPE' }, tess.accountId)).markdown).toContain(
    'there is no project NOPE, or you may not see it',
  );
  expect((await harness.agent('todaySummary', {}, tess.accountId)).markdown).toContain('name the Jira project');
  expect((await ask('escalateBlocker', { issueKey: 'not a key' })).markdown).toMatch(/issue key/);
  expect((await ask('todaySummary', {}, null)).markdown).toContain('no signed-in user');
});
