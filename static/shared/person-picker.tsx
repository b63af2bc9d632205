import React, { useEffect, useRef, useState } from 'react';
import { AsyncSelect } from '@atlaskit/select';
import { call } from './invoke';

interface PersonOption {
  value: string;
  label: string;
}

/** Waits this long after the last key before asking Jira: one search per pause, not per letter. */
const DEBOUNCE_MS = 250;

/**
 * A person picker over Jira's user search, as the signed-in user (`searchPeople`): type a name
 * or an email, pick a person; the form keeps account ids. Saved ids show as names (an id Jira
 * does not know shows as itself, and the server refuses it on save).
 */
export function PersonPicker({
  inputId,
  value,
  onChange,
  isMulti = false,
  isDisabled = false,
  isInvalid = false,
  placeholder = 'Type a name or an email',
  width = 280,
}: {
  inputId: string;
  value: readonly string[];
  onChange: (accountIds: string[]) => void;
  isMulti?: boolean;
  isDisabled?: boolean;
  isInvalid?: boolean;
  placeholder?: string;
  width?: number;
}) {
  const [names, setNames] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unknown = value.filter((id) => !(id in names));
  const key = unknown.join(',');
  useEffect(() => {
    if (key === '') return;
    void call('searchPeople', { ids: key.split(',') }).then((r) => {
      if (r.ok) setNames((n) => ({ ...n, ...Object.fromEntries(r.data.map((p) => [p.accountId, p.displayName])) }));
    });
  }, [key]);
  const options = (ids: readonly string[]): PersonOption[] => ids.map((id) => ({ value: id, label: names[id] ?? id }));
  const load = (query: string): Promise<PersonOption[]> =>
    new Promise((resolve) => {
      clearTimeout(timer.current);
      if (query.trim() === '') return resolve([]);
      timer.current = setTimeout(() => {
        void call('searchPeople', { query }).then((r) => {
          if (!r.ok) return resolve([]);
          setNames((n) => ({ ...n, ...Object.fromEntries(r.data.map((p) => [p.accountId, p.displayName])) }));
          resolve(r.data.map((p) => ({ value: p.accountId, label: p.displayName })));
        });
      }, DEBOUNCE_MS);
    });
  return (
    <div style={{ minWidth: width }} data-testid={`${inputId}-picker`}>
      <AsyncSelect<PersonOption, boolean>
        inputId={inputId}
        isMulti={isMulti}
        isClearable
        cacheOptions
        loadOptions={load}
        value={isMulti ? options(value) : (options(value)[0] ?? null)}
        onChange={(v) =>
          onChange(
            v === null ? [] : Array.isArray(v) ? v.map((o: PersonOption) => o.value) : [(v as PersonOption).value],
          )
        }
        isDisabled={isDisabled}
        isInvalid={isInvalid}
        placeholder={placeholder}
        noOptionsMessage={({ inputValue }) => (inputValue ? `Nobody matches "${inputValue}"` : 'Type to search')}
        menuPortalTarget={typeof document === 'undefined' ? null : document.body}
        styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 9999 }) }}
      />
    </div>
  );
}
