import { finding, issueSubject, type Check } from '../check';
import type { Severity } from '../finding';
import { blockerStates } from '../blockers';

const SEVERITY: Record<1 | 2 | 3, Severity> = { 1: 'info', 2: 'warning', 3: 'error' };

/**
 * Seed item 20 and seed 002's blocker escalation: blocked issues, by escalation level; a
 * blocker of another project lifts the level to `blocked.crossTeamLevel` (checks-delivery.md).
 */
export const blocked: Check = {
  id: 'blocked',
  codes: ['blocked'],
  run(ctx) {
    return blockerStates(ctx).map(({ issue, level, blockers, days, since, why, security, otherProjects }) => {
      const what = blockers.length > 0 ? `blocked by ${blockers.join(', ')}` : 'flagged as an impediment';
      const team = otherProjects.length > 0 ? `, another team's (${otherProjects.join(', ')})` : '';
      return finding(
        'blocked',
        'blocked',
        SEVERITY[level],
        issueSubject(issue),
        `${issue.key} is ${what}${team} (${days} working day${days === 1 ? '' : 's'}): escalation level ${level}`,
        {
          level,
          blockers,
          flagged: issue.flagged,
          days,
          since: new Date(since).toISOString(),
          why,
          summary: issue.summary,
          priority: issue.priorityName,
          crossTeam: otherProjects.length > 0,
          ...(otherProjects.length > 0 ? { crossTeamProjects: otherProjects } : {}),
          ...(security ? { security: true } : {}),
        },
      );
    });
  },
};
