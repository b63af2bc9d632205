import React from 'react';
import Select from '@atlaskit/select';

export interface Choice {
  value: string;
  label: string;
}

/**
 * Atlaskit Select over plain string values: `inputId` ties it to its <label>, and `allLabel`
 * adds an "all" choice whose value is the empty string (filters).
 */
export function ChoiceSelect({
  inputId,
  value,
  choices,
  onChange,
  allLabel,
  isDisabled,
  width = 200,
}: {
  inputId: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  allLabel?: string;
  isDisabled?: boolean;
  width?: number;
}) {
  const options: Choice[] = allLabel === undefined ? [...choices] : [{ value: '', label: allLabel }, ...choices];
  return (
    <div style={{ minWidth: width }}>
      <Select<Choice>
        inputId={inputId}
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        onChange={(o) => onChange(o?.value ?? '')}
        isDisabled={isDisabled ?? false}
        isSearchable={options.length > 8}
        menuPortalTarget={typeof document === 'undefined' ? null : document.body}
        styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 9999 }) }}
      />
    </div>
  );
}
