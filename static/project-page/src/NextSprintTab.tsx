import React from 'react';
import Lozenge from '@atlaskit/lozenge';
import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { NextSprintSummary } from '../../../src/app/contract';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, issueLink } from '../../shared/ui';
import { S } from './strings';

/** Next sprint: its readiness share and, per issue, what is missing, linked so the TPM can fix tickets before planning. */
export function NextSprintTab({ siteUrl }: { siteUrl: string | null }) {
  const { data, error, reload } = useResolver('getSprint', {});
  if (error && !data) return <ErrorState title={S.next.none} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={S.releases.loading} />;
  const next: NextSprintSummary | null | undefined = data.report?.nextSprint;
  if (!next) return <p>{S.next.none}</p>;
  const c = S.next.columns;
  return (
    <div data-testid="next-sprint-tab">
      <h3 style={{ marginBottom: 0 }}>
        {S.next.title(next.sprint?.name ?? null)}{' '}
        <span style={{ color: token('color.text.subtle'), fontWeight: 400 }}>
          {S.next.starts(next.sprint?.startDate ?? null)}
        </span>
      </h3>
      <p data-testid="next-sprint-readiness">
        {next.checked === 0 ? S.next.ready100 : S.next.ready(next.share, next.ready, next.checked)}
      </p>
      <DynamicTable
        testId="next-sprint-table"
        head={{
          cells: [
            { key: 'issue', content: c.issue, isSortable: true },
            { key: 'type', content: c.type, isSortable: true },
            { key: 'summary', content: c.summary },
            { key: 'missing', content: c.missing, isSortable: true },
          ],
        }}
        rows={next.issues.map((i) => ({
          key: i.key,
          cells: [
            { key: i.key, content: issueLink(siteUrl, i.key) },
            { key: i.issueType, content: i.issueType },
            { key: 'summary', content: i.summary },
            {
              key: i.missing.length,
              content:
                i.missing.length === 0 ? (
                  <Lozenge appearance="success">{S.next.ok}</Lozenge>
                ) : (
                  i.missing.map((m) => S.next.missing[m] ?? m).join(', ')
                ),
            },
          ],
        }))}
      />
    </div>
  );
}
