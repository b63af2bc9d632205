import { SITE } from './jira-shapes';

/** The project's versions; the builder gives a fix version its id from here. */
export const DEMO_VERSIONS = [
  // Overdue: due on Tuesday, not released.
  { id: '10302', name: '1.3.2', releaseDate: '2026-11-17', counts: { toDo: 0, inProgress: 1, done: 6 } },
  // Ships Tuesday (3 working days): open work, and FW-137 is blocked at level 3.
  { id: '10400', name: '1.4.0', releaseDate: '2026-11-24', counts: { toDo: 2, inProgress: 3, done: 5 } },
  // No date yet, but FW-120 already carries it.
  { id: '10500', name: '1.5.0', releaseDate: null, counts: { toDo: 1, inProgress: 1, done: 0 } },
  // Far out and on track: no finding.
  { id: '20000', name: '2.0.0', releaseDate: '2027-02-26', counts: { toDo: 9, inProgress: 0, done: 0 } },
] as const;

export const versionIdOf = (name: string): string | undefined => DEMO_VERSIONS.find((v) => v.name === name)?.id;

export function demoVersions(): Array<Record<string, unknown>> {
  return DEMO_VERSIONS.map((v) => ({
    self: `${SITE}/rest/api/3/version/${v.id}`,
    id: v.id,
    name: v.name,
    archived: false,
    released: false,
    ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
    overdue: v.releaseDate !== null && v.releaseDate < '2026-11-19',
    projectId: 10000,
    issuesStatusForFixVersion: { unmapped: 0, ...v.counts },
  }));
}
