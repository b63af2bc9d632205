import type { StatusReport } from './status-report';
import { deliveryBlocks } from './delivery-blocks';
import type { Block, Span } from './document-blocks';

export type { Block, Span } from './document-blocks';

const t = (text: string): Span => ({ text });
const VERDICT = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' } as const;
const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : String(n));

/** The status report as blocks: progress, blockers and escalations, the score's trend, the checklist. */
export function reportDocument(r: StatusReport): Block[] {
  const link = (key: string): Span => (r.site ? { text: key, href: `${r.site}/browse/${key}` } : t(key));
  const p = r.progress;
  const b = p.burndown;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${r.project.name ?? r.project.key}: status, week ${r.week}` },
    {
      kind: 'paragraph',
      spans: [
        { text: VERDICT[r.verdict?.state ?? 'on-track'], strong: true },
        t(`: ${(r.verdict?.reasons ?? []).join('; ')}.`),
      ],
    },
    {
      kind: 'paragraph',
      spans: [
        t(`As of ${r.at.slice(0, 16).replace('T', ' ')} UTC. Walk score: `),
        { text: fmt(r.score), strong: true },
      ],
    },
    { kind: 'heading', level: 2, text: 'Progress' },
  ];
  if (p.sprint && b) {
    blocks.push({
      kind: 'paragraph',
      spans: [
        t(`${p.sprint.name} (${p.sprint.startDate.slice(0, 10)} to ${p.sprint.endDate.slice(0, 10)}): `),
        { text: `${b.completed.points} of ${b.scope.points} points done`, strong: true },
        t(
          ` (${b.completed.issues} of ${b.scope.issues} issues); ${b.remaining.points} points remain. Committed ${b.committed.points} points; scope changed ${b.changes.filter((c) => c.kind !== 'reopened').length} times.`,
        ),
      ],
    });
  } else if (p.flow) {
    const last = p.flow.at(-1);
    blocks.push({
      kind: 'paragraph',
      spans: [
        t(
          `No sprint: flow. This week ${last?.throughput ?? 0} issues finished, median cycle time ${fmt(last?.medianCycleDays)} days.`,
        ),
      ],
    });
  }
  if (p.forecast) {
    const f = p.forecast;
    blocks.push({
      kind: 'paragraph',
      spans: [
        t('Forecast: '),
        {
          text:
            f.finishDate === null
              ? 'no pace yet to forecast from'
              : `done by ${f.finishDate} (${f.onTrack ? 'on track' : 'after the sprint ends'})`,
          strong: true,
        },
        t(
          f.pointsPerDay === null
            ? ''
            : ` at ${f.pointsPerDay} points a working day (${f.basis === 'velocity' ? 'average velocity' : 'this sprint so far'}).`,
        ),
      ],
    });
  }
  if (p.velocity.length) {
    blocks.push({
      kind: 'table',
      head: ['Sprint', 'Committed', 'Completed'],
      rows: p.velocity.map((v) => [[t(v.name)], [t(String(v.committed.points))], [t(String(v.completed.points))]]),
    });
    blocks.push({ kind: 'paragraph', spans: [t(`Average velocity: ${fmt(p.averageVelocity)} points.`)] });
    const outside = p.velocity.filter((v) => (v.outside?.issues ?? 0) > 0);
    if (outside.length)
      blocks.push({
        kind: 'paragraph',
        spans: [
          t(
            `Completed outside of the sprint (done before they joined; in neither figure): ${outside.map((v) => `${v.name}: ${(v.outside?.keys ?? []).join(', ')}`).join('; ')}.`,
          ),
        ],
      });
  }
  if (p.doneOutside?.length)
    blocks.push({
      kind: 'paragraph',
      spans: [
        t('Already done when they joined this sprint (not counted as its work): '),
        ...p.doneOutside.flatMap((d, i) => [...(i ? [t(', ')] : []), link(d.key)]),
        t('.'),
      ],
    });
  if (p.epics.length)
    blocks.push({
      kind: 'table',
      head: ['Epic', 'Done', 'Points'],
      rows: p.epics.map((e) => [
        [link(e.key), t(` ${e.summary}`)],
        [t(`${e.done} of ${e.total}`)],
        [t(`${e.pointsDone} of ${e.pointsTotal}`)],
      ]),
    });

  blocks.push({ kind: 'heading', level: 2, text: 'Blockers and escalations' });
  if (r.counted) {
    const [l1, l2, l3] = r.counted.blockersByLevel;
    blocks.push({
      kind: 'paragraph',
      spans: [
        t(
          `Blocked issues: ${l1 + l2 + l3} (level 3: ${l3}, level 2: ${l2}, level 1: ${l1}); escalations this week: ${r.counted.escalations}; scope changes: ${r.counted.scopeChanges}; epics: ${r.counted.epics}. Published by Focus Walk for every reader of this page, so issues are counted, not named: a TPM's Publish lists those the TPM may see.`,
        ),
      ],
    });
  } else if (r.blockers.length)
    blocks.push({
      kind: 'table',
      head: ['Issue', 'Owner', 'Level', 'Days', 'Blocked by'],
      rows: r.blockers.map((x) => [
        [link(x.key), ...(x.summary ? [t(` ${x.summary}`)] : [])],
        [t(x.owner ?? 'unassigned')],
        [t(String(x.level))],
        [t(String(x.days))],
        x.blockers.length ? x.blockers.flatMap((k, i) => (i ? [t(', '), link(k)] : [link(k)])) : [t('flagged')],
      ]),
    });
  else blocks.push({ kind: 'paragraph', spans: [t('No blocked issues.')] });
  if (r.escalations.length)
    blocks.push({
      kind: 'bullets',
      items: r.escalations.map((e) => [
        t(`${e.at.slice(0, 10)}: `),
        ...(e.key ? [link(e.key)] : []),
        t(` to level ${fmt(e.level)}, to ${e.to.join(', ') || 'nobody'}${e.by ? ` by ${e.by}` : ' by the app'}`),
      ]),
    });

  blocks.push(...deliveryBlocks(r, link));
  blocks.push({ kind: 'heading', level: 2, text: 'Walk score' });
  const first = r.trend[0];
  const last = r.trend.at(-1);
  if (first && last) {
    const change = last.score - first.score;
    blocks.push({
      kind: 'paragraph',
      spans: [
        t(
          r.trend.length > 1
            ? `From ${first.score} on ${first.date} to ${last.score} on ${last.date} (${change >= 0 ? '+' : ''}${change}); lowest ${Math.min(...r.trend.map((d) => d.score))}.`
            : `${last.score} on ${last.date}.`,
        ),
      ],
    });
    blocks.push({
      kind: 'table',
      head: ['Day', 'Score', ''],
      rows: r.trend.map((d) => [[t(d.date)], [t(String(d.score))], [t('█'.repeat(Math.round(d.score / 10)))]]),
    });
  } else blocks.push({ kind: 'paragraph', spans: [t('No walks recorded yet.')] });

  if (!r.showChecklist) {
    if (p.notes.length) blocks.push({ kind: 'bullets', items: p.notes.map((n) => [t(n)]) });
    return blocks;
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Checklist' });
  blocks.push({
    kind: 'paragraph',
    spans: [{ text: `${r.checklist.done} of ${r.checklist.total} done`, strong: true }],
  });
  const open = r.checklist.items.filter((i) => !i.done);
  if (open.length) blocks.push({ kind: 'bullets', items: open.map((i) => [t(`Open (${i.cadence}): ${i.title}`)]) });
  if (p.notes.length) blocks.push({ kind: 'bullets', items: p.notes.map((n) => [t(n)]) });
  return blocks;
}
