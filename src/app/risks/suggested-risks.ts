import type { Finding } from '../../engine/finding';
import type { Report } from '../../engine/report';
import type { Settings } from '../../settings/schema';

/** A risk the walk proposes: the TPM accepts it into the register or dismisses it, once per cause. */
export interface SuggestedRisk {
  /** What it comes from: `blocked:FW-12` or `version:10001`; never proposed again once taken or dismissed. */
  cause: string;
  title: string;
  description: string;
  probability: number;
  impact: number;
  issueKeys: string[];
  /** Why the walk proposes it, in a sentence. */
  why: string;
}

const stringsOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** A blocker at level 3, or another team's blocker older than the level-2 threshold. */
function fromBlocker(f: Finding, settings: Settings): SuggestedRisk | null {
  if (f.check !== 'blocked' || !f.issueKey) return null;
  const level = Number(f.data['level']);
  const days = Number(f.data['days']);
  const crossTeam = f.data['crossTeam'] === true;
  const old = crossTeam && days > settings.blocked.escalateDays[0];
  if (level < 3 && !old) return null;
  const blockers = stringsOf(f.data['blockers']);
  const summary = typeof f.data['summary'] === 'string' ? f.data['summary'] : '';
  const span = `${days} working day${days === 1 ? '' : 's'}`;
  // The texts name only the blocked issue: the linked issues are cut to each viewer, words are not.
  const why =
    level >= 3
      ? `${f.issueKey} is blocked at escalation level 3 (${span})`
      : `${f.issueKey} has waited on another team for ${span}`;
  const by = blockers.length ? `, by ${blockers.length} issue${blockers.length === 1 ? '' : 's'}` : '';
  return {
    cause: `blocked:${f.issueKey}`,
    title: `${f.issueKey}${summary ? ` "${summary}"` : ''} may slip: it is blocked`.slice(0, 200),
    description: `${why}${by}.`,
    probability: level >= 3 ? 4 : 3,
    impact: level >= 3 ? 4 : 3,
    issueKeys: [f.issueKey, ...blockers],
    why,
  };
}

/** A version at risk or blocked. */
function fromVersion(f: Finding): SuggestedRisk | null {
  if (f.check !== 'version' || (f.code !== 'at-risk' && f.code !== 'blocked') || !f.subject) return null;
  const name = typeof f.data['version'] === 'string' ? f.data['version'] : f.subject;
  const blockers = stringsOf(f.data['blockers']);
  const failing = stringsOf(f.data['failing']);
  const days = Number(f.data['days']);
  const when = days === 0 ? 'today' : `in ${days} working day${days === 1 ? '' : 's'}`;
  const why =
    f.code === 'at-risk'
      ? `${name} ships ${when} with ${Number(f.data['unresolved'])} unresolved issues`
      : `${name} ships ${when} with ${[
          blockers.length ? `${blockers.length} issue${blockers.length === 1 ? '' : 's'} blocked at level 3` : '',
          failing.length ? `${failing.length} with failing CI` : '',
        ]
          .filter(Boolean)
          .join(' and ')}`;
  return {
    cause: f.subject,
    title: `${name} may miss its release date`.slice(0, 200),
    description: `${why}.`,
    probability: f.code === 'blocked' ? 4 : 3,
    impact: 4,
    issueKeys: [...blockers, ...failing],
    why,
  };
}

/**
 * What the walk proposes for the register (issue 25): a blocker at level 3, another team's
 * blocker older than the level-2 threshold, a version at risk or blocked. A cause already in
 * the register (`cause` of an accepted risk) or dismissed is not proposed again. The linked
 * issues stay within the project (a risk links its own project's issues).
 */
export function suggestedRisks(report: Report, settings: Settings, taken: ReadonlySet<string>): SuggestedRisk[] {
  const byCause = new Map<string, SuggestedRisk>();
  for (const f of report.findings) {
    const s = fromBlocker(f, settings) ?? fromVersion(f);
    if (!s || taken.has(s.cause)) continue;
    const own = s.issueKeys.filter((k) => k.startsWith(`${report.project.key}-`));
    const prev = byCause.get(s.cause);
    // A version both at risk and blocked: one suggestion, the stronger one, with every issue.
    if (prev && prev.probability >= s.probability) {
      prev.issueKeys = [...new Set([...prev.issueKeys, ...own])].sort();
      continue;
    }
    byCause.set(s.cause, { ...s, issueKeys: [...new Set([...own, ...(prev?.issueKeys ?? [])])].sort() });
  }
  return [...byCause.values()].sort(
    (a, b) => b.probability * b.impact - a.probability * a.impact || (a.cause < b.cause ? -1 : 1),
  );
}

/**
 * A suggestion as one viewer may see it: none when its blocked issue is hidden from them, its
 * linked issues cut to the ones they may see (the texts name no other issue).
 */
export function forViewer(s: SuggestedRisk, visible: { has(key: string): boolean }): SuggestedRisk | null {
  const subject = s.cause.startsWith('blocked:') ? s.cause.slice('blocked:'.length) : null;
  if (subject !== null && !visible.has(subject)) return null;
  return { ...s, issueKeys: s.issueKeys.filter((k) => visible.has(k)) };
}
