import type { CrudFilter } from '@refinedev/core';
import { formatDate } from '../format';
import { filterValue, isoDateOrUndefined } from './listFilterForm';

/** One field of a list's filter form: the filters it makes, and its value read back from them (a reload, a link). */
type FilterField<Value> = { toFilters(value: Value | undefined): CrudFilter[]; fromFilters(filters: CrudFilter[]): Value };

/** The first day of a range of `field`, typed as a date. */
export const dayFrom = (field: string): FilterField<string> => ({
  toFilters: (text) => [{ field, operator: 'gte', value: isoDateOrUndefined(text) }],
  fromFilters: (filters) => {
    const day = filterValue(filters, field, 'gte');
    return day ? formatDate(day) : '';
  },
});

/** The last day of a range of `field`, typed as a date. */
export const dayTo = (field: string): FilterField<string> => ({
  toFilters: (text) => [{ field, operator: 'lte', value: isoDateOrUndefined(text) }],
  fromFilters: (filters) => {
    const day = filterValue(filters, field, 'lte');
    return day ? formatDate(day) : '';
  },
});

/** One of a set of values (a status, a kind); '' is "all". */
export const oneOf = <Value extends string>(field: string): FilterField<Value | ''> => ({
  toFilters: (value) => [{ field, operator: 'eq', value: value || undefined }],
  fromFilters: (filters) => (filterValue(filters, field, 'eq') as Value | undefined) ?? '',
});

/** Free text the records' words contain (a name); '' is "all". */
export const textIn = (field: string): FilterField<string> => ({
  toFilters: (text) => [{ field, operator: 'contains', value: text?.trim() || undefined }],
  fromFilters: (filters) => filterValue(filters, field, 'contains') ?? '',
});

/** A record's number (a staff member); '' is "all". */
export const idOf = (field: string): FilterField<number | ''> => ({
  toFilters: (id) => [{ field, operator: 'eq', value: id || undefined }],
  fromFilters: (filters) => {
    const id = filterValue(filters, field, 'eq');
    return id ? Number(id) : '';
  },
});

type Values<Fields> = { [Name in keyof Fields]: Fields[Name] extends FilterField<infer Value> ? Value : never };

/**
 * A list's filter form from its fields: the filters a search makes (every field named each time, so a cleared one
 * is dropped and the others replace theirs), and the form's values from the filters in the address.
 */
export function filterFields<Fields extends Record<string, FilterField<unknown>>>(fields: Fields) {
  const entries = Object.entries(fields) as [keyof Fields & string, FilterField<unknown>][];
  return {
    toFilters: (values: Partial<Values<Fields>>): CrudFilter[] => entries.flatMap(([name, field]) => field.toFilters(values[name])),
    fromFilters: (filters: CrudFilter[]) => Object.fromEntries(entries.map(([name, field]) => [name, field.fromFilters(filters)])) as Values<Fields>,
  };
}
