import type { ReactNode } from 'react';
import { Flex, Form, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { useDateFilterRule, useDateOrderRule, useLiveFilterSubmit } from './listFilterForm';

/**
 * A list's filter form that searches as the caseworker types: a search landmark named `label`, its fields side by
 * side. `onValuesChange` may adjust linked fields first; the search follows every change.
 */
export function LiveFilterForm<Values extends object>({
  searchFormProps,
  initialValues,
  label,
  onValuesChange,
  children,
}: {
  searchFormProps: FormProps<Values>;
  initialValues: Values;
  label: string;
  onValuesChange?: (changed: Partial<Values>) => void;
  children: ReactNode;
}) {
  const submitSoon = useLiveFilterSubmit(searchFormProps.form!);
  return (
    <Form<Values>
      {...searchFormProps}
      initialValues={initialValues}
      onValuesChange={(changed: Partial<Values>) => {
        onValuesChange?.(changed);
        submitSoon();
      }}
      layout="vertical"
      role="search"
      aria-label={label}
    >
      <Flex gap={16} wrap align="flex-end">
        {children}
      </Flex>
    </Form>
  );
}

/**
 * The from and to day of a filter form, typed as Danish dates and checked when the field is left (the to day also
 * against the from day). `required` where the search needs both ends (a report's range); elsewhere a blank end is an
 * open one.
 */
export function DateRangeFilterFields({ fromLabel, toLabel, required = false }: { fromLabel: string; toLabel: string; required?: boolean }) {
  const { t } = useTranslation();
  const rules = [{ required, message: t('validation.required') }, useDateFilterRule()];
  const orderRule = useDateOrderRule();
  return (
    <>
      <Form.Item name="from" label={fromLabel} rules={rules} validateTrigger="onBlur">
        <DateInput />
      </Form.Item>
      <Form.Item name="to" label={toLabel} rules={[...rules, orderRule]} validateTrigger="onBlur">
        <DateInput />
      </Form.Item>
    </>
  );
}
