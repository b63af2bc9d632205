import { adfDoc } from './jira-shapes';
import { FIELD_IDS } from './issue-builder';

/**
 * A large sprint's delivery parts (checks-delivery.md) for the benches: `versions` versions
 * that every sprint issue spreads over (all due within the horizon, so each lists its issues),
 * and a next sprint of `upcoming` tickets with descriptions.
 */
export function withLargeDelivery<
  T extends { issues: Array<{ fields: Record<string, unknown> }>; project: { key: string } },
>(data: T, o: { versions: number; upcoming: number }): T {
  const versions = Array.from({ length: o.versions }, (_, i) => ({
    id: String(30000 + i),
    name: `9.${i}.0`,
    releaseDate: `2026-11-${String(20 + (i % 8)).padStart(2, '0')}`,
    released: false,
    archived: false,
    issuesStatusForFixVersion: { unmapped: 0, toDo: 40, inProgress: 30, done: 30 },
  }));
  const issues = data.issues.map((issue, n) => {
    const v = versions[n % versions.length]!;
    return { ...issue, fields: { ...issue.fields, fixVersions: [{ id: v.id, name: v.name }] } };
  });
  const key = data.project.key;
  const upcoming = {
    sprint: { id: 900, name: `${key} next sprint`, state: 'future', startDate: '2026-11-23T08:00:00.000Z' },
    issues: Array.from({ length: o.upcoming }, (_, i) => ({
      id: String(800000 + i),
      key: `${key}-${900000 + i}`,
      fields: {
        summary: `Upcoming ticket ${i + 1}`,
        status: { name: 'To Do', statusCategory: { key: 'new' } },
        issuetype: { name: i % 3 ? 'Story' : 'Task', subtask: false, hierarchyLevel: 0 },
        description: adfDoc(i % 2 ? 'Acceptance criteria: the walk lists it with its reason.' : 'Short.'),
        assignee: null,
        [FIELD_IDS.storyPoints]: i % 4 ? 3 : null,
      },
    })),
  };
  return { ...data, issues, versions, upcoming };
}
