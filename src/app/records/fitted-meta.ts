import type { MemberSummary, Report } from '../../engine/report';
import { fitWithin } from './fit-within';

/** A walk's meta (the report but its findings, the people) must fit one KVS value (240 KiB). */
export const META_BYTES = 200 * 1024;

/**
 * The report's part of a walk's meta within META_BYTES: what grows with the sprint there is each
 * member's list of active issues (a 50,000-issue board gave 340 KB), so the lists are cut, from
 * 200 keys and halving, until the meta fits; a cut member keeps its count (`activeTotal`).
 * Everything else in it is bounded by the team's size.
 */
export function fittedMembers<M extends { report: Omit<Report, 'findings'> }>(meta: M): M {
  // Caps of 200, 100, 50, 25, 12, 6, 3 and 1 keys a member.
  const capAt = (step: number): number => (step <= 8 ? Math.floor(200 / 2 ** (step - 1)) : -1);
  return fitWithin(meta, META_BYTES, (step) => {
    const cap = capAt(step);
    if (cap < 0) return null;
    const members: MemberSummary[] = meta.report.members.map((m) =>
      m.activeIssues.length > cap
        ? { ...m, activeIssues: m.activeIssues.slice(0, cap), activeTotal: m.activeIssues.length }
        : m,
    );
    return { ...meta, report: { ...meta.report, members } };
  });
}
