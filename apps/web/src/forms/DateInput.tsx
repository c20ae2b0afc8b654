import type { Ref } from 'react';
import { Input, type InputProps, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseDanishDate } from './danishDate';
import { formatDate } from '../format';

type DateInputProps = Omit<InputProps, 'value' | 'onChange'> & {
  /** The text as typed; `parseDanishDate` turns it into a date where it is used. */
  value?: string | null;
  onChange?: (text: string) => void;
  ref?: Ref<InputRef>;
};

/**
 * A date typed as the caseworker reads it off the document: `31122030` or `31-12-2030`. A plain text field
 * rather than a date picker: no popup to steer around, nothing to click, eight keys for a date, and what is
 * typed stays visible. On leaving the field a valid date is shown in the app's notation.
 */
export function DateInput({ value, onChange, onBlur, ...props }: DateInputProps) {
  const { t } = useTranslation();
  return (
    <Input
      placeholder={t('date.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      style={{ width: 140 }}
      {...props}
      value={value ?? ''}
      onChange={(event) => onChange?.(event.target.value)}
      onBlur={(event) => {
        const parsed = parseDanishDate(event.target.value);
        if (parsed && parsed !== 'invalid' && formatDate(parsed) !== event.target.value) onChange?.(formatDate(parsed));
        onBlur?.(event);
      }}
    />
  );
}
