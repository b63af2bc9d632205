import React from 'react';
import { token } from '@atlaskit/tokens';
import { S } from './strings';

/** Cell colour by score (probability x impact), as a register's heat map reads. */
const tone = (score: number) =>
  score >= 15
    ? token('color.background.danger.bold')
    : score >= 8
      ? token('color.background.warning.bold')
      : token('color.background.success.bold');

/** A 5 x 5 heat map of the open risks: impact across, probability up; a cell filters the table. */
export function RiskHeatMap({
  heat,
  selected,
  onSelect,
}: {
  heat: number[][];
  selected: [number, number] | null;
  onSelect: (cell: [number, number] | null) => void;
}) {
  return (
    <figure style={{ margin: 0 }} aria-label={S.risks.heatTitle}>
      <figcaption style={{ marginBottom: token('space.100') }}>{S.risks.heatTitle}</figcaption>
      <div data-testid="risk-heat-map" style={{ display: 'grid', gridTemplateColumns: 'repeat(5, 44px)', gap: 2 }}>
        {[5, 4, 3, 2, 1].flatMap((p) =>
          [1, 2, 3, 4, 5].map((i) => {
            const n = heat[p - 1]?.[i - 1] ?? 0;
            const on = selected?.[0] === p && selected[1] === i;
            return (
              <button
                key={`${p}-${i}`}
                type="button"
                data-testid={`heat-${p}-${i}`}
                aria-label={S.risks.heatCell(p, i, n)}
                aria-pressed={on}
                onClick={() => onSelect(on ? null : [p, i])}
                style={{
                  height: 36,
                  border: on ? `2px solid ${token('color.border.focused')}` : 'none',
                  borderRadius: 3,
                  background: tone(p * i),
                  color: token('color.text.inverse'),
                  opacity: n ? 1 : 0.35,
                  cursor: 'pointer',
                  fontWeight: 700,
                }}
              >
                {n || ''}
              </button>
            );
          }),
        )}
      </div>
    </figure>
  );
}
