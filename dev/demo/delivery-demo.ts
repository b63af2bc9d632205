import { FIELD_IDS } from './issue-builder';
import { SITE, adfDoc, issueTypeJson } from './jira-shapes';

/**
 * The demo's delivery data (checks-delivery.md): the next sprint and its tickets, and a small
 * risk register (the versions are in demo-versions.ts). Each is written so that every code of the delivery
 * checks fires once in the preview; the story is told in the comments.
 */

const READY_TEXT =
  'As a TPM I want the sprint report exported as PDF.\nAcceptance criteria: the PDF holds the burndown and the lists.';

/** FW Sprint 8 and its tickets: two ready, four each missing something. */
export function demoUpcoming(epic: { key: string; id: string; summary: string }): Record<string, unknown> {
  const parent = {
    id: epic.id,
    key: epic.key,
    self: `${SITE}/rest/api/3/issue/${epic.id}`,
    fields: { summary: epic.summary, issuetype: issueTypeJson('Epic') },
  };
  const issue = (
    n: number,
    summary: string,
    type: string,
    spec: { description?: string | null; points?: number | null; epic?: boolean },
  ) => ({
    id: String(10000 + n),
    key: `FW-${n}`,
    self: `${SITE}/rest/api/3/issue/${10000 + n}`,
    fields: {
      summary,
      status: { name: 'To Do', statusCategory: { key: 'new' } },
      issuetype: issueTypeJson(type),
      ...(spec.epic === false ? {} : { parent }),
      description: spec.description === null ? null : adfDoc(spec.description ?? READY_TEXT),
      assignee: null,
      [FIELD_IDS.storyPoints]: spec.points === undefined ? 3 : spec.points,
    },
  });
  return {
    sprint: {
      id: 8,
      self: `${SITE}/rest/agile/1.0/sprint/8`,
      name: 'FW Sprint 8',
      state: 'future',
      startDate: '2026-11-23T08:00:00.000Z',
      endDate: '2026-12-04T17:00:00.000Z',
      originBoardId: 3,
    },
    issues: [
      issue(150, 'Export the sprint report as PDF', 'Story', {}),
      issue(151, 'Sprint report: add the goal', 'Story', { description: 'Show the goal.' }),
      issue(152, 'Clean up the report queries', 'Task', {
        points: null,
        description: 'Fold the three report queries into one bulk read of the sprint.',
      }),
      issue(153, 'Totals are wrong after a sprint is renamed', 'Bug', {
        description: 'After renaming a sprint the totals drop to zero on the report page.',
      }),
      issue(154, 'Report footer links', 'Story', { epic: false }),
      issue(155, 'Cache the board configuration', 'Task', {
        description: 'Read the board configuration once per walk and keep it.',
      }),
    ],
  };
}

/** The register: one risk per finding code, and two in good order. */
export function demoRisks(owners: { tpm: string; developer: string }): Array<Record<string, unknown>> {
  const risk = (id: string, title: string, p: number, i: number, spec: Record<string, unknown>) => ({
    id,
    title,
    probability: p,
    impact: i,
    owner: owners.tpm,
    mitigation: '',
    status: 'open',
    reviewedAt: '2026-11-16T10:00:00.000Z',
    issueKeys: [],
    ...spec,
  });
  return [
    risk('1', 'Pilot customer needs SSO before go-live', 3, 5, {
      mitigation: 'Agree a password pilot first',
      issueKeys: ['FW-137'],
    }),
    risk('2', 'Report API rate limits under load', 4, 3, { issueKeys: ['FW-136'] }),
    risk('3', 'Key developer on leave in December', 2, 3, { owner: null, mitigation: 'Pair on the login work' }),
    risk('4', 'Design sign-off slips', 2, 2, {
      reviewedAt: '2026-10-30T10:00:00.000Z',
      mitigation: 'Weekly design review',
    }),
    risk('5', 'Vendor library licence change', 1, 4, {
      mitigation: 'Track the vendor notice',
      owner: owners.developer,
    }),
    risk('6', 'Flaky end-to-end suite', 3, 2, { status: 'closed', mitigation: 'Quarantined the flaky tests' }),
  ];
}
