import type { Report } from '../../engine/report';
import type { Settings } from '../../settings/schema';
import type { ChecklistItem } from '../../settings/checklist';
import type { CheckId } from '../../core/check-ids';
import type { ChecklistEntry } from '../contract';
import type { TickRecord } from '../records/app-stores';

/**
 * What the walk says of an item that names checks: ticked only when every one of them ran and
 * found nothing (and, for release items, no open blocker is at level 3). A disabled or skipped
 * check cannot vouch for anything, so its item is left to the TPM.
 */
export function judge(
  settings: Settings,
  report: Report | null,
  item: ChecklistItem,
  withFindings: ReadonlySet<string> = new Set(report?.findings.map((f) => f.check)),
): { auto: boolean; failing: CheckId[]; unjudged: CheckId[] } {
  const checks = item.checks ?? [];
  if (report === null || checks.length === 0) return { auto: false, failing: [], unjudged: [...checks] };
  const skipped = new Set(report.skipped.filter((s) => !s.codes).map((s) => s.check));
  const unjudged = checks.filter((c) => !settings.checks[c] || skipped.has(c));
  const failing = checks.filter((c) => withFindings.has(c));
  const level3 =
    item.noLevel3Blocker === true && report.findings.some((f) => f.check === 'blocked' && f.data.level === 3);
  if (level3 && !failing.includes('blocked')) failing.push('blocked');
  return { auto: unjudged.length === 0 && failing.length === 0, failing, unjudged };
}

/**
 * The TPM checklist of a day and its week: the walk's judgement of each item, and apart from it
 * the latest hand tick or untick (with its note), which decides when there is one.
 */
export function checklistOf(
  settings: Settings,
  report: Report | null,
  periods: { day: string; week: string },
  ticks: { day: TickRecord[]; week: TickRecord[] },
  /** The checks with findings, when `report` holds only some checks' findings (the stored walk's counts). */
  withFindings?: ReadonlySet<string>,
): ChecklistEntry[] {
  return settings.checklist.map((item) => {
    const weekly = item.cadence === 'weekly';
    const { auto, failing, unjudged } = judge(settings, report, item, withFindings);
    const latest = (weekly ? ticks.week : ticks.day)
      .filter((t) => t.itemId === item.id)
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
    return {
      ...item,
      checks: item.checks ?? [],
      period: weekly ? periods.week : periods.day,
      auto,
      failing,
      unjudged,
      ticked: latest ? latest.ticked : auto,
      ...(latest
        ? {
            by: { accountId: latest.accountId, displayName: latest.displayName },
            at: latest.at,
            ...(latest.note ? { note: latest.note } : {}),
          }
        : {}),
    };
  });
}
