import type { MemberSummary, Report } from '../../engine/report';

/** A walk's meta (the report but its findings, the people) must fit one KVS value (240 KiB). */
export const META_BYTES = 200 * 1024;
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * The report's part of a walk's meta within META_BYTES: what grows with the sprint there is each
 * member's list of active issues (a 50,000-issue board gave 340 KB), so the lists are cut, from
 * 200 keys and halving, until the meta fits; a cut member keeps its count (`activeTotal`).
 * Everything else in it is bounded by the team's size.
 */
export function fittedMembers<M extends { report: Omit<Report, 'findings'> }>(meta: M): M {
  let cap = 200;
  let fitted = meta;
  while (bytes(fitted) > META_BYTES && cap >= 1) {
    const members: MemberSummary[] = meta.report.members.map((m) =>
      m.activeIssues.length > cap
        ? { ...m, activeIssues: m.activeIssues.slice(0, cap), activeTotal: m.activeIssues.length }
        : m,
    );
    fitted = { ...meta, report: { ...meta.report, members } };
    cap = cap === 1 ? 0 : Math.floor(cap / 2);
  }
  return fitted;
}
