import type { ResolverKey, Resolvers } from '../app/contract';
import { AGENT_ACTIONS, type AgentAction, type AgentAnswer } from '../app/agent/agent-contract';
import {
  blockersMarkdown,
  memberDayMarkdown,
  nextSprintMarkdown,
  releasesMarkdown,
  summaryMarkdown,
  type BlockerLine,
} from '../app/agent/agent-markdown';
import { buildStatusReport } from '../app/reports/status-report-service';
import { cutStatusReport } from '../app/walks/visibility';
import { visibleKeys } from '../app/walks/visible-keys';
import { siteUrlOf } from '../app/sending/sent-log';
import { canBrowseProject } from '../fetch/jira/can-browse-project';
import { reportDocument } from '../reporting/report-document';
import { toMarkdown } from '../reporting/render-report';
import { toInputError } from '../core/zod-input-error';
import { FocusWalkError } from '../core/errors';
import { createHandlers } from './definitions';
import { services, type HandlerDeps } from './deps';
import type { InvocationContext } from './context';
import { AGENT_INPUTS, type AgentInput } from './agent-inputs';

/** A resolver's refusal, carried to the agent's answer in its own words. */
class Refused extends Error {}

type Ask = <K extends ResolverKey>(key: K, payload: Resolvers[K]['payload']) => Promise<Resolvers[K]['response']>;
interface Run<A extends AgentAction> {
  input: AgentInput<A>;
  project: string;
  ask: Ask;
  context: InvocationContext;
}

/**
 * The Rovo agent's actions (manifest `action` modules). Each runs as the asking user through the
 * project page's own resolvers (the same validation, issue visibility, `privacy.membersSee`, TPM
 * checks and sent-once log as the page's buttons), on the stored walk: nothing is walked inside
 * an action. The acting ones (nudge, escalate, publish) are TRIGGER/CREATE actions, so Rovo asks
 * the user to confirm before it calls them.
 */
export function agentActions(deps: HandlerDeps) {
  const handlers = createHandlers(deps);
  const { background } = services(deps);

  const blockerLines = async (ask: Ask): Promise<BlockerLine[]> => {
    const walk = await ask('getWalk', {});
    // Every escalation of the log's 90 days, page by page (the log answers 100 rows a page).
    const items: Resolvers['getSent']['response']['items'] = [];
    for (let cursor: string | null | undefined; cursor !== null;) {
      const page = await ask('getSent', { limit: 100, ...(cursor ? { cursor } : {}) });
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    const escalated = new Map<string, number>();
    for (const r of items)
      if (r.kind === 'escalation' && r.issueKey)
        escalated.set(r.issueKey, Math.max(escalated.get(r.issueKey) ?? 0, r.level ?? 0));
    return (walk.report?.findings ?? [])
      .filter((f) => f.check === 'blocked' && f.issueKey)
      .map((f) => ({
        issueKey: f.issueKey ?? '',
        level: Number(f.data.level),
        days: Number(f.data.days ?? 0),
        message: f.message,
        escalated: escalated.get(f.issueKey ?? '') ?? null,
      }))
      .sort((a, b) => b.level - a.level || b.days - a.days);
  };

  /** A member of the walk the asker may see, by account id or name (whole, else the start of it). */
  const memberOf = async (ask: Ask, who: string) => {
    const members = (await ask('getWalk', {})).report?.members ?? [];
    const lower = who.toLowerCase();
    const found =
      members.find((m) => m.accountId === who || m.displayName.toLowerCase() === lower) ??
      (members.filter((m) => m.displayName.toLowerCase().startsWith(lower)).length === 1
        ? members.find((m) => m.displayName.toLowerCase().startsWith(lower))
        : undefined);
    if (!found)
      throw new Refused(
        `No member called "${who}" in the latest walk that you may see (${members.map((m) => m.displayName).join(', ') || 'none'}).`,
      );
    return found;
  };

  const actions: { [A in AgentAction]: (run: Run<A>) => Promise<{ data: unknown; markdown: string }> } = {
    todaySummary: async ({ ask }) => {
      const walk = await ask('getWalk', {});
      if (!walk.report) throw new Refused('This project has no walk yet: open Focus Walk and Refresh.');
      const blockers = await blockerLines(ask);
      const data = {
        at: walk.report.at,
        score: walk.report.score,
        members: walk.report.members,
        findings: walk.findingCounts,
        blockers,
      };
      return { data, markdown: summaryMarkdown(walk.report, walk.findingCounts, blockers) };
    },
    memberDay: async ({ ask, input }) => {
      const m = await memberOf(ask, input.member);
      const [standup, findings] = await Promise.all([
        ask('getStandup', {}),
        ask('getFindings', { member: m.accountId, limit: 50 }),
      ]);
      const card = standup.standup?.members.find((x) => x.accountId === m.accountId) ?? null;
      const data = { member: m, standup: card, findings: findings.rows, findingsTotal: findings.matched };
      return { data, markdown: memberDayMarkdown(card, m.status, m.displayName, findings.rows) };
    },
    blockers: async ({ ask }) => {
      const blockers = await blockerLines(ask);
      return { data: { blockers }, markdown: blockersMarkdown(blockers) };
    },
    nextSprint: async ({ ask }) => {
      const next = (await ask('getSprint', {})).report?.nextSprint ?? null;
      return { data: { nextSprint: next }, markdown: nextSprintMarkdown(next) };
    },
    releases: async ({ ask }) => {
      const releases = (await ask('getSprint', {})).report?.releases ?? null;
      return { data: { releases }, markdown: releasesMarkdown(releases) };
    },
    statusDraft: async ({ project, context }) => {
      const api = deps.requester('user');
      const visible = await visibleKeys(api, project);
      const report = await buildStatusReport(background, project, context.siteUrl ?? null, (r) =>
        cutStatusReport(r, visible),
      );
      return { data: { report }, markdown: toMarkdown(reportDocument(report)) };
    },
    nudgeMember: async ({ ask, input }) => {
      const m = await memberOf(ask, input.member);
      const outcomes = await ask('nudge', { accountId: m.accountId, ...(input.code ? { code: input.code } : {}) });
      const lines = outcomes.map((o) => `- ${o.code}: ${o.outcome}${o.reason ? ` (${o.reason})` : ''}`);
      return {
        data: { member: m.displayName, outcomes },
        markdown: [`Nudge for ${m.displayName}:`, ...lines].join('\n'),
      };
    },
    escalateBlocker: async ({ ask, input }) => {
      const r = await ask('escalate', { issueKey: input.issueKey });
      const to = r.to.map((p) => p.displayName).join(', ');
      const markdown =
        r.outcome === 'sent'
          ? `Escalated ${input.issueKey} at level ${r.level ?? '?'} to ${to}; it is in the Sent tab.`
          : `${input.issueKey} was already escalated at level ${r.level ?? '?'} on ${r.at} by ${r.by?.displayName ?? 'the app'}: nothing sent again (the project page's Escalate can repeat it).`;
      return { data: r, markdown };
    },
    publishReport: async ({ ask }) => {
      const page = await ask('publishReport', {});
      return {
        data: page,
        markdown: `Published "${page.title}" (version ${page.version})${page.url ? `: ${page.url}` : ''}.`,
      };
    },
  };

  /** One action, as Forge invokes it: Rovo's payload (inputs and where it was asked) and the invocation context. */
  async function run(
    action: AgentAction,
    payload: unknown,
    request: { principal?: { accountId?: string } } | undefined,
  ): Promise<AgentAnswer> {
    const accountId = request?.principal?.accountId;
    if (!accountId) return refusal('there is no signed-in user in the invocation (Rovo acts for a user)');
    const parsed = AGENT_INPUTS[action].safeParse(payload ?? {});
    if (!parsed.success) return refusal(toInputError('inputs', parsed.error).message);
    const input = parsed.data as AgentInput<typeof action>;
    const project = input.project ?? input.context?.jira?.projectKey;
    if (!project) return refusal('name the Jira project (its key, such as FW), or ask from one of its pages');
    try {
      const api = deps.requester('user');
      if (!(await canBrowseProject(api, project)))
        return refusal(`there is no project ${project}, or you may not see it`);
      const siteUrl = await siteUrlOf(deps.store);
      const context: InvocationContext = {
        accountId,
        ...(siteUrl ? { siteUrl } : {}),
        extension: { type: 'rovo:action', project: { key: project } },
      };
      const ask: Ask = async (key, p) => {
        const r = await handlers[key]({ payload: p, context });
        if (!r.ok) throw new Refused(r.error.message);
        return r.data;
      };
      // The action and its input were parsed together (AGENT_INPUTS[action]): the pair is consistent.
      const perform: (r: Run<AgentAction>) => Promise<{ data: unknown; markdown: string }> = actions[action];
      const answer = await perform({ input, project, ask, context });
      return { ok: true, ...answer };
    } catch (error) {
      if (error instanceof Refused || error instanceof FocusWalkError) return refusal(error.message);
      console.error(`agent action ${action} failed`, error);
      return refusal('an unexpected error; the details are in the app logs');
    }
  }

  /** Forge functions, one per action module: each answers Rovo with the markdown. */
  const functions = Object.fromEntries(
    AGENT_ACTIONS.map((a) => [
      a,
      async (payload: unknown, request?: { principal?: { accountId?: string } }) =>
        (await run(a, payload, request)).markdown,
    ]),
  ) as Record<AgentAction, (payload: unknown, request?: { principal?: { accountId?: string } }) => Promise<string>>;
  return { run, functions };
}

const refusal = (why: string): AgentAnswer => ({
  ok: false,
  markdown: `Focus Walk could not do that: ${why}.`,
  data: { error: why },
});
