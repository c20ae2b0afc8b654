import { useEffect, useRef, useState } from 'react';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportPresets, todayIso, type TReportInput } from '@skranke/domain';
import { DateRangeFilterFields, LiveFilterForm } from '../../forms/LiveFilterForm';
import { isoDateOrUndefined } from '../../forms/listFilterForm';
import { formatDate } from '../../format';
import { useColleagues } from '../../hooks/useColleagues';

/** The form's values: the range as typed, '' for every caseworker. */
type RangeValues = { from: string; to: string; caseworkerId: number | '' };

/** A report's range, typed or picked from the presets, and (for a supervisor) its caseworker; it follows as they change. */
export function ReportFilters({ input, onChange, supervisor }: { input: TReportInput; onChange: (input: TReportInput) => void; supervisor: boolean }) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const [form] = Form.useForm<RangeValues>();
  const shown = (): RangeValues => ({ from: formatDate(input.from), to: formatDate(input.to), caseworkerId: input.caseworkerId ?? '' });
  const [initialValues] = useState(shown);
  // `input` (the address) leads: a link or the menu may change it under the form. What the form sent is no such change
  // (its render may land after the next keystroke, which it must not undo).
  const sent = useRef(input);
  useEffect(() => {
    if (input.from === sent.current.from && input.to === sent.current.to && input.caseworkerId === sent.current.caseworkerId) return;
    sent.current = input;
    form.setFieldsValue(shown());
  }, [input.from, input.to, input.caseworkerId]);
  // The form's rules have passed: both ends are whole dates.
  const search = ({ from, to, caseworkerId }: RangeValues) => {
    sent.current = { from: isoDateOrUndefined(from)!, to: isoDateOrUndefined(to)!, caseworkerId: caseworkerId || null };
    onChange(sent.current);
  };
  const presets = reportPresets(todayIso(new Date()));
  const choosePreset = ({ from, to }: { from: string; to: string }) => {
    form.setFieldsValue({ from: formatDate(from), to: formatDate(to) });
    form.submit();
  };

  return (
    <LiveFilterForm<RangeValues> searchFormProps={{ form, onFinish: search }} initialValues={initialValues} label={t('reports.filters.label')}>
      <DateRangeFilterFields fromLabel={t('reports.filters.from')} toLabel={t('reports.filters.to')} required />
      <Form.Item>
        <Space.Compact role="group" aria-label={t('reports.filters.range')}>
          {(Object.keys(presets) as (keyof typeof presets)[]).map((name) => (
            <Button key={name} onClick={() => choosePreset(presets[name])}>
              {t(`reports.preset.${name}`)}
            </Button>
          ))}
        </Space.Compact>
      </Form.Item>
      {supervisor && (
        <Form.Item name="caseworkerId" label={t('reports.col.caseworker')}>
          <Select<number | ''>
            showSearch
            optionFilterProp="label"
            options={[{ value: '', label: t('dashboard.everyone') }, ...colleagues.options]}
            style={{ width: 240 }}
          />
        </Form.Item>
      )}
    </LiveFilterForm>
  );
}
