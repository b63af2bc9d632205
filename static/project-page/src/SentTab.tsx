import React from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { SentView } from '../../../src/app/contract';
import { issueLink } from '../../shared/ui';
import { S } from './strings';

/** Everything the app sent in the last 90 days: nudges, digests, escalations, who and to whom. */
export function SentTab({ sent, siteUrl }: { sent: SentView | null; siteUrl: string | null }) {
  if (!sent || sent.items.length === 0) return <p data-testid="sent-empty">{S.sent.empty}</p>;
  const c = S.sent.columns;
  return (
    <DynamicTable
      testId="sent-table"
      head={{
        cells: [
          { key: 'at', content: c.at, isSortable: true },
          { key: 'kind', content: c.kind, isSortable: true },
          { key: 'to', content: c.to },
          { key: 'by', content: c.by, isSortable: true },
          { key: 'issue', content: c.issue },
          { key: 'what', content: c.what },
        ],
      }}
      rows={sent.items.map((i) => ({
        key: i.id,
        cells: [
          { key: i.at, content: `${i.at.slice(0, 16).replace('T', ' ')} UTC` },
          {
            key: i.kind,
            content: (
              <Lozenge appearance={i.kind === 'escalation' ? 'removed' : 'default'}>{S.sent.kinds[i.kind]}</Lozenge>
            ),
          },
          { key: 'to', content: i.to.map((p) => p.displayName).join(', ') },
          { key: i.by?.displayName ?? '', content: i.by?.displayName ?? S.sent.trigger },
          { key: i.issueKey ?? '', content: issueLink(siteUrl, i.issueKey) },
          { key: i.what, content: i.what },
        ],
      }))}
      rowsPerPage={50}
      defaultPage={1}
    />
  );
}
