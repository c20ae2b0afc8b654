import dayjs from 'dayjs';

/** Danish date notation in both languages: the data and the caseworkers are Danish. */
const dateTimeFormat = 'DD-MM-YYYY HH:mm';
const dateFormat = 'DD-MM-YYYY';

export function formatDateTime(value: Date | string | number): string {
  return dayjs(value).format(dateTimeFormat);
}

export function formatDate(value: Date | string | number): string {
  return dayjs(value).format(dateFormat);
}
