import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import type { RiskView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { ChoiceSelect, type Choice } from '../../shared/choice-select';
import { PersonPicker } from '../../shared/person-picker';
import { S } from './strings';

const SCORES: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** Add or edit a risk; the server's error is shown under the field it names. */
export function RiskForm({
  risk,
  onSaved,
  onCancel,
}: {
  risk: RiskView | null;
  onSaved: (risk: RiskView) => void;
  onCancel: () => void;
}) {
  const f = S.risks.form;
  const [title, setTitle] = useState(risk?.title ?? '');
  const [description, setDescription] = useState(risk?.description ?? '');
  const [mitigation, setMitigation] = useState(risk?.mitigation ?? '');
  const [probability, setProbability] = useState(String(risk?.probability ?? 3));
  const [impact, setImpact] = useState(String(risk?.impact ?? 3));
  const [owner, setOwner] = useState(risk?.owner?.accountId ?? '');
  const [issues, setIssues] = useState((risk?.issueKeys ?? []).join(', '));
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const res = await call('saveRisk', {
      ...(risk ? { id: risk.id, version: risk.version } : {}),
      title,
      description,
      mitigation,
      probability: Number(probability),
      impact: Number(impact),
      owner: owner || null,
      issueKeys: issues
        .split(/[\s,]+/)
        .map((k) => k.trim().toUpperCase())
        .filter(Boolean),
    });
    setBusy(false);
    if (!res.ok)
      return setError({ message: res.error.message, ...(res.error.field ? { field: res.error.field } : {}) });
    setError(null);
    onSaved(res.data);
  };
  const under = (field: string) =>
    error?.field === field ? (
      <div role="alert" data-testid={`risk-error-${field}`} style={{ color: token('color.text.danger'), fontSize: 12 }}>
        {error.message.replace(/^[^:]+: [^:]+: /, '')}
      </div>
    ) : null;
  const row = (id: string, label: string, input: React.ReactNode, field = id) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: '200px 1fr',
        gap: token('space.100'),
        marginBottom: token('space.100'),
      }}
    >
      <label htmlFor={`risk-${id}`}>{label}</label>
      <div>
        {input}
        {under(field)}
      </div>
    </div>
  );
  return (
    <section data-testid="risk-form" aria-label={risk ? f.titleEdit : f.titleNew} style={{ maxWidth: 760 }}>
      <h3>{risk ? f.titleEdit : f.titleNew}</h3>
      {row(
        'title',
        f.title,
        <Textfield id="risk-title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />,
      )}
      {row(
        'probability',
        f.probability,
        <ChoiceSelect
          inputId="risk-probability"
          value={probability}
          choices={SCORES}
          onChange={setProbability}
          width={120}
        />,
      )}
      {row(
        'impact',
        f.impact,
        <ChoiceSelect inputId="risk-impact" value={impact} choices={SCORES} onChange={setImpact} width={120} />,
      )}
      {row(
        'owner',
        f.owner,
        <PersonPicker
          inputId="risk-owner"
          value={owner ? [owner] : []}
          onChange={(ids) => setOwner(ids[0] ?? '')}
          placeholder={f.noOwner}
          isInvalid={error?.field === 'owner'}
        />,
      )}
      {row(
        'mitigation',
        f.mitigation,
        <TextArea id="risk-mitigation" value={mitigation} onChange={(e) => setMitigation(e.currentTarget.value)} />,
      )}
      {row(
        'description',
        f.description,
        <TextArea id="risk-description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />,
      )}
      {row(
        'issues',
        f.issues,
        <Textfield id="risk-issues" value={issues} onChange={(e) => setIssues(e.currentTarget.value)} />,
        'issueKeys',
      )}
      {error && !error.field ? (
        <p role="alert" style={{ color: token('color.text.danger') }}>
          {error.message}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button appearance="primary" testId="risk-save" isDisabled={busy} onClick={() => void save()}>
          {f.save}
        </Button>
        <Button onClick={onCancel}>{f.cancel}</Button>
      </div>
    </section>
  );
}
