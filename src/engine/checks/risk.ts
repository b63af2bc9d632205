import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { blockerLevels } from '../blockers';

export const NO_RISKS_REASON = 'the snapshot has no risk register';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Seed 002's risk register, reviewed weekly; seed 001's risk management: a risk is watched, owned, mitigated. */
export const risk: Check = {
  id: 'risk',
  codes: ['stale', 'no-owner', 'no-mitigation', 'materialized'],
  skip: (ctx) => (ctx.delivery.risks ? null : { reason: NO_RISKS_REASON }),
  run(ctx) {
    const { reviewDays, mitigateFrom } = ctx.settings.risks;
    const since = ctx.at - reviewDays * DAY_MS;
    const levels = blockerLevels(ctx);
    const out: Finding[] = [];
    for (const r of ctx.delivery.risks ?? []) {
      if (r.status === 'closed') continue;
      const add = (
        code: string,
        severity: Finding['severity'],
        message: string,
        data: Record<string, unknown> = {},
      ): void => {
        out.push(
          finding('risk', code, severity, { accountId: r.owner, subject: `risk:${r.id}` }, message, {
            title: r.title,
            score: r.score,
            ...data,
          }),
        );
      };
      if (r.reviewedAt === null || r.reviewedAt < since)
        add(
          'stale',
          'warning',
          r.reviewedAt === null
            ? `Risk "${r.title}" has never been reviewed`
            : `Risk "${r.title}" was last reviewed more than ${reviewDays} days ago`,
          {
            reviewedAt: r.reviewedAt === null ? null : new Date(r.reviewedAt).toISOString(),
            // The reminder to the owner is written on a linked issue (Jira mails about an issue).
            issueKeys: r.issueKeys,
          },
        );
      if (r.owner === null || ctx.person(r.owner)?.active !== true)
        add(
          'no-owner',
          'warning',
          r.owner === null
            ? `Risk "${r.title}" has no owner`
            : `Risk "${r.title}"'s owner ${ctx.name(r.owner)} is not an active user`,
        );
      if (r.score >= mitigateFrom && r.mitigation === '')
        add(
          'no-mitigation',
          'error',
          `Risk "${r.title}" scores ${r.score} (${r.probability} x ${r.impact}) and has no mitigation`,
        );
      const happening = r.issueKeys.filter((key) => (levels.get(key) ?? 0) >= 2);
      if (happening.length > 0)
        add(
          'materialized',
          'error',
          `Risk "${r.title}" is happening: ${happening.join(', ')} ${happening.length === 1 ? 'is' : 'are'} blocked`,
          {
            issueKeys: happening,
          },
        );
    }
    return out;
  },
};
