import type { Finding } from '../../engine/finding';
import type { CheckId } from '../../core/check-ids';
import type { Requester } from '../../fetch/requester';
import { loadSettings } from '../settings/load-settings';
import { periodsAt } from '../settings/periods';
import { ownRowsFor, ownRowsOnly } from './own-rows';
import { cutFinding, findingKeys, issuesAtLeast, seesFinding } from './visibility';
import { visibleAmong } from './visible-keys';
import type { WalkDeps } from './walk-service';
import {
  OUTSIDE,
  UNASSIGNED,
  type FindingsGroup,
  type FindingsPage,
  type FindingsQuery,
  type FindingsSortKey,
} from './findings-contract';

const RANK = { error: 0, warning: 1, info: 2 } as const;
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The Findings tab's rows from the stored walk, filtered, grouped, sorted and paged here (issue
 * 26: a 50,000-issue walk holds about 100,000 findings, which no page should carry). A check
 * filter or a check's group reads only that check's parts. Rows are cut to what the viewer may
 * see now (visible-keys.ts, as the viewer), and under `privacy.membersSee: own` a member
 * gets their own and nobody's findings only, as on the page.
 */
export async function findingsPage(
  deps: WalkDeps,
  api: Requester,
  project: string,
  viewer: string,
  q: FindingsQuery,
): Promise<FindingsPage> {
  const { settings } = await loadSettings(deps.stores, project);
  const today = periodsAt(deps.now(), settings.timezone).day;
  const one = q.check ?? (q.group === 'check' && q.groupKey ? q.groupKey : undefined);
  const only = one ? new Set([one]) : undefined;
  const stored = q.day
    ? await deps.stores.getDay(project, q.day, only)
    : await deps.stores.getDayOrLatest(project, today, undefined, only);
  const offset = q.offset ?? 0;
  if (!stored) return { at: null, total: 0, checks: [], matched: 0, groups: null, rows: [], rowsTotal: 0, offset };
  const own = await ownRowsFor(api, project, viewer, settings);
  const report = own ? ownRowsOnly(stored.report, viewer) : stored.report;
  // Only the keys the findings name are asked about (visibleAmong; the members' active issues are
  // not shown here): a check's filter in a large project asks about its issues, not the project's.
  const visible = await visibleAmong(api, project, findingKeys(report.findings), issuesAtLeast(stored.report));
  const seen = report.findings.filter((f) => seesFinding(f, visible));
  const names = new Map(report.members.map((m) => [m.accountId, m.displayName]));
  const whoKey = (f: Finding) => (f.accountId === null ? UNASSIGNED : names.has(f.accountId) ? f.accountId : OUTSIDE);
  const matched = seen.filter(
    (f) =>
      (!q.check || f.check === q.check) &&
      (!q.severity || f.severity === q.severity) &&
      (!q.member || whoKey(f) === q.member),
  );
  const groupOf = (f: Finding): string =>
    q.group === 'check' ? f.check : q.group === 'member' ? whoKey(f) : (f.issueKey ?? '');
  const grouped = q.group !== undefined && q.group !== 'none';
  const listed = grouped && q.groupKey !== undefined ? matched.filter((f) => groupOf(f) === q.groupKey) : matched;
  const rows =
    grouped && q.groupKey === undefined
      ? []
      : sorted(listed, q.sort, (f) => (f.accountId ? (names.get(f.accountId) ?? '') : ''))
          .slice(offset, offset + (q.limit ?? 50))
          .map((f) => cutFinding(f, visible));
  return {
    at: report.at,
    total: only ? null : seen.length,
    checks: only ? null : checkCounts(seen),
    matched: matched.length,
    groups: grouped && q.groupKey === undefined ? groupsOf(matched, groupOf, (k) => labelOf(q.group, k, names)) : null,
    rows,
    rowsTotal: listed.length,
    offset,
  };
}

function checkCounts(findings: readonly Finding[]): Array<{ check: CheckId; count: number }> {
  const counts = new Map<CheckId, number>();
  for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return [...counts].map(([check, count]) => ({ check, count }));
}

const labelOf = (group: FindingsQuery['group'], key: string, names: ReadonlyMap<string, string>): string =>
  group === 'member' ? (names.get(key) ?? '') : key;

/** The groups with their counts by severity, largest first, then by label in natural order. */
function groupsOf(
  findings: readonly Finding[],
  groupOf: (f: Finding) => string,
  label: (key: string) => string,
): FindingsGroup[] {
  const groups = new Map<string, FindingsGroup>();
  for (const f of findings) {
    const key = groupOf(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: label(key), count: 0, error: 0, warning: 0, info: 0 }));
    g.count++;
    g[f.severity]++;
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

/** The findings in the column's order (stable: ties keep the walk's order); unsorted as the walk listed them. */
function sorted(
  findings: readonly Finding[],
  sort: FindingsQuery['sort'],
  who: (f: Finding) => string,
): readonly Finding[] {
  if (!sort) return findings;
  const by: Record<FindingsSortKey, (a: Finding, b: Finding) => number> = {
    severity: (a, b) => RANK[a.severity] - RANK[b.severity],
    check: (a, b) => collator.compare(`${a.check}/${a.code}`, `${b.check}/${b.code}`),
    issue: (a, b) => collator.compare(a.issueKey ?? a.subject ?? '', b.issueKey ?? b.subject ?? ''),
    member: (a, b) => collator.compare(who(a), who(b)),
    day: (a, b) => (a.day ?? '').localeCompare(b.day ?? ''),
  };
  const compare = by[sort.key];
  const sign = sort.order === 'DESC' ? -1 : 1;
  return [...findings].sort((a, b) => sign * compare(a, b));
}
