import { finding, issueSubject, type Check } from '../check';
import type { WalkContext } from '../context';
import { normalizeName } from '../issue-view';
import type { UpcomingIssueView } from '../delivery-views';
import type { Finding } from '../finding';
import { PatternCache } from '../../settings/patterns';

export const NO_UPCOMING_REASON = 'the snapshot has no upcoming issues (no next sprint or Ready column was read)';

/** The upcoming issues the `ready` check judges: sub-tasks and epics (and above) are left out. */
export function checkedUpcoming(ctx: WalkContext): UpcomingIssueView[] {
  return (ctx.delivery.upcoming?.issues ?? []).filter((i) => !i.subtask && i.hierarchyLevel < 1);
}

/** Seed 000 item 13 and seed 002's Ready column: a ticket is ready to plan before planning. */
export const ready: Check = {
  id: 'ready',
  codes: ['no-description', 'no-acceptance', 'no-estimate', 'no-epic'],
  skip: (ctx) => (ctx.delivery.upcoming ? null : { reason: NO_UPCOMING_REASON }),
  run(ctx) {
    const s = ctx.settings.ready;
    const acceptanceTypes = new Set(s.acceptanceTypes.map(normalizeName));
    const estimateTypes = new Set(s.estimateTypes.map(normalizeName));
    const acceptance = new PatternCache(s.acceptancePattern);
    const upcomingLevels = new Map((ctx.delivery.upcoming?.issues ?? []).map((i) => [i.key, i.hierarchyLevel]));
    const out: Finding[] = [];
    for (const issue of checkedUpcoming(ctx)) {
      const subject = issueSubject(issue);
      const type = normalizeName(issue.issueType);
      const add = (code: string, message: string, data: Record<string, unknown> = {}): void => {
        out.push(finding('ready', code, 'warning', subject, message, { summary: issue.summary, ...data }));
      };
      if (issue.description.length < s.minDescription)
        add(
          'no-description',
          `${issue.key} has ${issue.description.length ? 'a description shorter than' : 'no description of'} ${s.minDescription} characters`,
          { length: issue.description.length },
        );
      if (acceptanceTypes.has(type) && !acceptance.test(issue.description, issue.key))
        add('no-acceptance', `${issue.key} (${issue.issueType}) states no acceptance criteria`);
      if (estimateTypes.has(type) && issue.storyPoints === null)
        add('no-estimate', `${issue.key} (${issue.issueType}) has no story points`);
      const parentLevel = issue.parent
        ? (issue.parent.level ??
          upcomingLevels.get(issue.parent.ref) ??
          ctx.issueByKey.get(issue.parent.ref)?.hierarchyLevel ??
          null)
        : null;
      if (parentLevel !== 1)
        add(
          'no-epic',
          issue.parent ? `${issue.key}'s parent ${issue.parent.ref} is not an epic` : `${issue.key} belongs to no epic`,
          issue.parent ? { parent: issue.parent.ref || null } : {},
        );
    }
    return out;
  },
};
