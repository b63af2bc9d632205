import type { Report } from '../engine/report';
import type { Settings } from '../settings/schema';
import type { ChecklistEntry } from './contract';
import type { TickRecord } from './stores';

/**
 * The TPM checklist of the day and week: an item a check covers is ticked by itself when that
 * check ran and found nothing; a hand tick (or untick) overrides it, and the latest one wins.
 */
export function checklistOf(
  settings: Settings,
  report: Report | null,
  periods: { day: string; week: string },
  ticks: { day: TickRecord[]; week: TickRecord[] },
): ChecklistEntry[] {
  // No walk yet: nothing is known, so nothing is ticked by the walk.
  const skipped = new Set(report ? report.skipped.filter((s) => !s.codes).map((s) => s.check) : []);
  const failing = new Set(report ? report.findings.map((f) => f.check) : []);
  return settings.checklist.map((item) => {
    const weekly = item.cadence === 'weekly';
    const auto =
      report !== null &&
      item.check !== undefined &&
      settings.checks[item.check] &&
      !skipped.has(item.check) &&
      !failing.has(item.check);
    const latest = (weekly ? ticks.week : ticks.day)
      .filter((t) => t.itemId === item.id)
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
    return {
      ...item,
      period: weekly ? periods.week : periods.day,
      auto,
      ticked: latest ? latest.ticked : auto,
      ...(latest ? { by: { accountId: latest.accountId, displayName: latest.displayName }, at: latest.at } : {}),
    };
  });
}
