import React from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SuggestedRisk } from '../../../src/app/contract';
import { issueLink } from '../../shared/ui';
import { S } from './strings';

/** What the walk proposes for the register: the TPM takes it in with one click, or dismisses it for good. */
export function RiskSuggestions({
  suggestions,
  siteUrl,
  onAccept,
  onDismiss,
}: {
  suggestions: SuggestedRisk[];
  siteUrl: string | null;
  onAccept: (cause: string) => void;
  onDismiss: (cause: string) => void;
}) {
  const R = S.risks.suggested;
  if (suggestions.length === 0) return null;
  return (
    <SectionMessage appearance="discovery" title={R.title(suggestions.length)} testId="risk-suggestions">
      <p style={{ marginTop: 0 }}>{R.intro}</p>
      <ul style={{ paddingLeft: token('space.200'), display: 'grid', gap: token('space.100') }}>
        {suggestions.map((s) => (
          <li key={s.cause} data-testid={`risk-suggestion-${s.cause}`}>
            <strong>{s.title}</strong> · {R.score(s.probability, s.impact)}
            <div style={{ color: token('color.text.subtle') }}>
              {s.why}
              {s.issueKeys.length ? (
                <>
                  {' · '}
                  {R.links}{' '}
                  {s.issueKeys.map((k) => (
                    <span key={k}>{issueLink(siteUrl, k)} </span>
                  ))}
                </>
              ) : null}
            </div>
            <span style={{ display: 'inline-flex', gap: token('space.050'), marginTop: token('space.050') }}>
              <Button spacing="compact" appearance="primary" onClick={() => onAccept(s.cause)}>
                {R.accept}
              </Button>
              <Button spacing="compact" appearance="subtle" onClick={() => onDismiss(s.cause)}>
                {R.dismiss}
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}
