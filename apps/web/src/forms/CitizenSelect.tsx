import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@skranke/api';
import { trpc } from '../api/client';

/** A citizen found by the search: the record a form may fill in from. */
export type CitizenOption = RouterOutputs['citizens']['list']['data'][number];

/** What the select needs to name the linked citizen before any search: the case's citizen card. */
export type LinkedCitizen = Pick<CitizenOption, 'id' | 'name' | 'cprMasked'>;

type CitizenSelectProps = {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The citizen already linked (edit), so the select can name them. */
  initial?: LinkedCitizen | null;
  /** Told of the chosen citizen's record, to fill in what the form still lacks. */
  onPicked?: (citizen: CitizenOption | null) => void;
};

/** Long enough not to search (and write an audit entry) on every key. */
const searchDelayMs = 300;
const minimumSearch = 2;

/**
 * Links a case to a citizen found by name (or CPR number) through `citizens.list`. The term goes in
 * a POST body like every query, never into the address; the list shows CPR numbers masked only.
 */
export function CitizenSelect({ id, value, onChange, initial, onPicked }: CitizenSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<LinkedCitizen | null>(initial ?? null);

  useEffect(() => setChosen(initial ?? null), [initial]);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(typed.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [typed]);

  const search = useQuery(
    trpc.citizens.list.queryOptions(
      term.length >= minimumSearch
        ? {
            filters: [{ field: 'q', operator: 'contains', value: term }],
            sorters: [{ field: 'name', order: 'asc' }],
            pagination: { currentPage: 1, pageSize: 20 },
          }
        : skipToken,
    ),
  );
  const found = search.data?.data ?? [];

  const label = (c: LinkedCitizen) => t('citizenSelect.option', { name: c.name, cpr: c.cprMasked });
  const options = found.map((c) => ({ value: c.id, label: label(c) }));
  if (chosen && !found.some((c) => c.id === chosen.id)) options.unshift({ value: chosen.id, label: label(chosen) });

  const notFound =
    typed.trim().length < minimumSearch
      ? t('citizenSelect.hint')
      : search.isFetching || term !== typed.trim()
        ? t('citizenSelect.searching')
        : t('citizenSelect.none');

  return (
    <Select<number | null>
      id={id}
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      placeholder={t('citizenSelect.placeholder')}
      options={options}
      notFoundContent={notFound}
      onSearch={setTyped}
      onChange={(next) => {
        const citizen = found.find((c) => c.id === next) ?? null;
        setChosen(citizen ?? (next === chosen?.id ? chosen : null));
        onChange?.(next ?? null);
        onPicked?.(citizen);
      }}
      style={{ maxWidth: 480 }}
    />
  );
}
