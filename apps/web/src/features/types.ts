import type { ReactElement } from 'react';
import type { BaseKey, BaseRecord, CrudFilter, CrudSort, ResourceProps } from '@refinedev/core';

export type Action = 'list' | 'show' | 'create' | 'edit';

type CallOptions = { context: Record<string, unknown> };

type ListRequest = {
  pagination?: { currentPage?: number; pageSize?: number };
  sorters?: CrudSort[];
  filters?: CrudFilter[];
};

/**
 * What the data provider needs of a case-type router (`list / get`, `create` where records are made through
 * a form, and `update` where records change after creation). Refine's filters and sorters are loosely typed;
 * these method signatures still accept the routers' narrower inputs (method parameters compare bivariantly),
 * and the server checks every input against its zod schema.
 */
export type CaseRouter = {
  list: { query(input: ListRequest): Promise<{ data: BaseRecord[]; total: number }> };
  get?: { query(input: { id: BaseKey }): Promise<BaseRecord> };
  create?: { mutate(input: unknown, options: CallOptions): Promise<BaseRecord> };
  update?: { mutate(input: { id: unknown; data: unknown }, options: CallOptions): Promise<BaseRecord> };
};

/** One case type in the web app: everything the app, its routes, access control and data provider need of it. */
export type WebFeature = {
  /** Refine's resource (name = the API's router): its routes and its menu entry, in the reader's language. */
  resource: () => ResourceProps;
  /** Its pages, each behind the role check. */
  routes: ReactElement;
  /** What counter staff (caseworkers and supervisors) may do with it; admins do no counter work. */
  counterActions: readonly Action[];
  /**
   * The procedures Refine's data provider calls, named one by one: the tRPC client answers any property
   * (`api.visits.update` exists on the client although the server has no such procedure).
   */
  data: CaseRouter;
};
