import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { blockerLevels } from '../blockers';
import { isOpen } from '../development';

export const NO_VERSIONS_REASON = "the snapshot has no versions (the project's releases were not read)";

/** Seed 000 item 11 and seed 002's release readiness review: every version reviewed before it ships. */
export const version: Check = {
  id: 'version',
  codes: ['overdue', 'at-risk', 'blocked', 'no-date'],
  skip: (ctx) => (ctx.delivery.versions ? null : { reason: NO_VERSIONS_REASON }),
  run(ctx) {
    const levels = blockerLevels(ctx);
    const horizon = ctx.settings.release.horizonDays;
    const today = ctx.today(null);
    const out: Finding[] = [];
    for (const v of ctx.delivery.versions ?? []) {
      const add = (
        code: string,
        severity: Finding['severity'],
        message: string,
        data: Record<string, unknown>,
      ): void => {
        out.push(
          finding('version', code, severity, { subject: `version:${v.id}` }, message, {
            version: v.name,
            releaseDate: v.releaseDate,
            ...data,
          }),
        );
      };
      const issues = ctx.issues.filter((i) => i.fixVersionIds.includes(v.id));
      if (v.releaseDate === null) {
        if (issues.length > 0)
          add('no-date', 'info', `${v.name} has sprint issues but no release date`, { issueKeys: keys(issues) });
        continue;
      }
      if (v.releaseDate < today)
        add('overdue', 'error', `${v.name} was due on ${v.releaseDate} and is not released`, {});
      const d = ctx.calendar.workingDaysUntil(today, v.releaseDate);
      if (d < 0 || d > horizon) continue;
      const when = d === 0 ? 'today' : `in ${d} working day${d === 1 ? '' : 's'}`;
      if (v.unresolved > 0)
        add(
          'at-risk',
          'warning',
          `${v.name} ships ${when} with ${v.unresolved} unresolved issue${v.unresolved === 1 ? '' : 's'}`,
          {
            unresolved: v.unresolved,
            days: d,
          },
        );
      const blockers = keys(issues.filter((i) => levels.get(i.key) === 3));
      const failing = keys(
        issues.filter((i) => i.development?.pullRequests.some((p) => isOpen(p) && p.ci?.state === 'failure')),
      );
      if (blockers.length > 0 || failing.length > 0) {
        const why = [
          blockers.length ? `blocked at level 3 (${blockers.join(', ')})` : '',
          failing.length ? `CI failing (${failing.join(', ')})` : '',
        ].filter(Boolean);
        add('blocked', 'error', `${v.name} ships ${when}: ${why.join('; ')}`, { blockers, failing, days: d });
      }
    }
    return out;
  },
};

const keys = (issues: ReadonlyArray<{ key: string }>): string[] => issues.map((i) => i.key).sort();
