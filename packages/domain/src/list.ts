import { z } from 'zod';

/**
 * The one list contract every case-type router speaks: Refine v5's own shapes in, `{ data, total }` out,
 * so a single data provider serves all of them. Sort and filter fields are whitelisted per resource.
 */
export const maxPageSize = 100;

export const ZPagination = z.object({
  currentPage: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(maxPageSize).default(20),
});

/**
 * Refine's filter shape `{ field, operator, value }`; each resource names the filters it accepts as a zod
 * schema (usually a discriminated union on `field`), so a value reaches SQL only after it is checked.
 */
export const filterOn = <F extends string, O extends string, V extends z.ZodType>(field: F, operators: readonly [O, ...O[]], value: V) =>
  z.object({ field: z.literal(field), operator: z.enum(operators), value });

/** A yes/no filter value; lists that keep their filters in the address get it back as the text "true". */
export const ZFilterBoolean = z.union([z.boolean(), z.stringbool({ truthy: ['true'], falsy: ['false'] })]);

export function listInput<S extends string, F extends z.ZodType>(sortFields: readonly [S, ...S[]], filter: F) {
  return z.object({
    pagination: ZPagination.default({ currentPage: 1, pageSize: 20 }),
    sorters: z
      .array(z.object({ field: z.enum(sortFields), order: z.enum(['asc', 'desc']) }))
      .max(3)
      .default([]),
    filters: z.array(filter).max(20).default([]),
  });
}

export type ListInput<S extends string, F> = {
  pagination: { currentPage: number; pageSize: number };
  sorters: { field: S; order: 'asc' | 'desc' }[];
  filters: F[];
};

export type ListResult<T> = { data: T[]; total: number };

export const ZId = z.object({ id: z.coerce.number().int().positive() });
