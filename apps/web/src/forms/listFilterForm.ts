import { useEffect, useRef } from 'react';
import type { FormInstance, FormRule } from 'antd';
import type { CrudFilter } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { parseDanishDate } from './danishDate';

/** The pieces every list's filter form shares: reading filters back from the address, dates, live search. */

/** One filter's value as kept in the address (text), e.g. the `gte` bound of `day`. */
export const filterValue = (filters: CrudFilter[], field: string, operator: string) =>
  filters.find((f) => 'field' in f && f.field === field && f.operator === operator)?.value as string | undefined;

/** A typed date as an ISO date for the filter; blank or not yet a whole date leaves the filter out. */
export const isoDateOrUndefined = (text: string | undefined) => {
  const parsed = parseDanishDate(text);
  return parsed === 'invalid' ? undefined : (parsed ?? undefined);
};

/**
 * The list follows the filters as they change: a short pause after the last keystroke, and a date range only once
 * both ends are whole dates (or blank). Returns what the form's `onValuesChange` calls.
 */
export function useLiveFilterSubmit(form: FormInstance) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { from, to } = form.getFieldsValue() as { from?: string; to?: string };
      if (parseDanishDate(from) !== 'invalid' && parseDanishDate(to) !== 'invalid') form.submit();
    }, 300);
  };
}

/** The validation rule of a date filter field: blank or a real date. */
export function useDateFilterRule() {
  const { t } = useTranslation();
  return {
    validator: async (_: unknown, text: string | undefined) => {
      if (parseDanishDate(text) === 'invalid') throw new Error(t('validation.date'));
    },
  };
}

/** The validation rule of a range's last day: not before its first, which would find nothing and say nothing. */
export function useDateOrderRule(): FormRule {
  const { t } = useTranslation();
  return ({ getFieldValue }) => ({
    validator: async (_: unknown, text: string | undefined) => {
      const [from, to] = [isoDateOrUndefined(getFieldValue('from') as string | undefined), isoDateOrUndefined(text)];
      if (from && to && to < from) throw new Error(t('validation.rangeReversed'));
    },
  });
}
