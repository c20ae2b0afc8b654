import { Select } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { trpc } from '../../api/client';

type VisitSelectProps = {
  id?: string;
  citizenId: number | null | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
};

/** The linked citizen's visits, newest first: the one that ended in the refusal complained about. */
export function VisitSelect({ id, citizenId, value, onChange }: VisitSelectProps) {
  const { t } = useTranslation();
  const visits = useQuery(
    trpc.visits.list.queryOptions(
      citizenId
        ? {
            filters: [{ field: 'citizenId', operator: 'eq', value: citizenId }],
            sorters: [{ field: 'startedAt', order: 'desc' }],
            pagination: { currentPage: 1, pageSize: 50 },
          }
        : skipToken,
    ),
  );
  const options = (visits.data?.data ?? []).map((v) => ({
    value: v.id,
    label: t('complaints.form.visitOption', {
      date: formatDate(v.startedAt),
      service: t(`visits.service.${v.service}`),
      outcome: t(`visits.outcome.${v.outcome}`),
    }),
  }));

  return (
    <Select<number | null>
      id={id}
      allowClear
      disabled={!citizenId}
      loading={visits.isLoading}
      value={value ?? undefined}
      placeholder={citizenId ? t('complaints.form.visitPlaceholder') : t('complaints.form.visitNeedsCitizen')}
      notFoundContent={t('complaints.form.noVisits')}
      options={options}
      onChange={(next) => onChange?.(next ?? null)}
      style={{ maxWidth: 480 }}
    />
  );
}
