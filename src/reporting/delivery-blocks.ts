import type { Block, Span } from './document-blocks';
import type { StatusReport } from './status-report';

const READINESS = { ready: 'Ready', 'at-risk': 'At risk', blocked: 'Blocked' } as const;

const when = (days: number | null, date: string | null): string =>
  date === null
    ? 'no release date'
    : days === null
      ? date
      : days < 0
        ? `${date}, ${-days} working day${days === -1 ? '' : 's'} late`
        : days === 0
          ? `${date}, today`
          : `${date}, in ${days} working day${days === 1 ? '' : 's'}`;

/** The status page's Releases and Next sprint sections (checks-delivery.md); none when neither was read. */
export function deliveryBlocks(r: StatusReport, link: (key: string) => Span): Block[] {
  const p = r.progress;
  const blocks: Block[] = [];
  if (p.releases) {
    blocks.push({ kind: 'heading', level: 2, text: 'Releases' });
    if (p.releases.length === 0) blocks.push({ kind: 'paragraph', spans: [{ text: 'No unreleased version.' }] });
    else
      blocks.push({
        kind: 'table',
        head: ['Version', 'Release date', 'Readiness', 'To do / in progress / done', 'Blockers'],
        rows: p.releases.map((v) => {
          const blocking = v.findings.filter((f) => f.severity === 'error');
          return [
            [{ text: v.name, strong: true }],
            [{ text: when(v.daysLeft, v.releaseDate) }],
            [{ text: READINESS[v.readiness], strong: v.readiness !== 'ready' }],
            [{ text: `${v.counts.toDo} / ${v.counts.inProgress} / ${v.counts.done}` }],
            blocking.length === 0
              ? [{ text: '–' }]
              : [
                  { text: blocking.map((f) => f.message).join('; ') },
                  ...v.failingCi.flatMap((c) => [{ text: ' · CI fails on ' }, link(c.issueKey)]),
                ],
          ];
        }),
      });
  }
  const next = p.nextSprint;
  if (next) {
    blocks.push({ kind: 'heading', level: 2, text: 'Next sprint' });
    blocks.push({
      kind: 'paragraph',
      spans: [
        { text: `${next.sprint?.name ?? 'The Ready column'}: ` },
        { text: `${next.share}% ready to plan`, strong: true },
        {
          text: ` (${next.ready} of ${next.checked} issues have a description, acceptance criteria, an estimate and an epic).`,
        },
      ],
    });
    const missing = next.issues.filter((i) => i.missing.length > 0);
    if (missing.length > 0)
      blocks.push({
        kind: 'bullets',
        items: missing.map((i) => [
          link(i.key),
          { text: `: needs ${i.missing.map((m) => m.replace(/^no-/, '')).join(', ')}` },
        ]),
      });
  }
  if (r.risks) {
    blocks.push({ kind: 'heading', level: 2, text: 'Risks' });
    if (r.risks.length === 0) blocks.push({ kind: 'paragraph', spans: [{ text: 'No open risk in the register.' }] });
    else
      blocks.push({
        kind: 'table',
        head: ['Risk', 'Score', 'Status', 'Owner', 'Last review', 'This week'],
        rows: r.risks.map((k) => [
          [{ text: k.title, strong: k.score >= 15 }],
          [{ text: `${k.score} (${k.probability} x ${k.impact})` }],
          [{ text: k.status }],
          [{ text: k.owner ?? 'no owner' }],
          [{ text: k.reviewedAt ? k.reviewedAt.slice(0, 10) : 'never' }],
          [{ text: k.changes === null ? '–' : k.changes.length ? k.changes.join('; ') : 'no change' }],
        ]),
      });
  }
  return blocks;
}
