import type {
  BaseRecord,
  CreateParams,
  DataProvider,
  GetListParams,
  GetListResponse,
  GetOneParams,
  HttpError,
  UpdateParams,
} from '@refinedev/core';
import { adminAreas } from '../admin';
import { webFeatures } from '../features';
import type { CaseRouter } from '../features/types';
import { api } from '../api/client';
import { toHttpError } from './httpError';

/** Resource name = router name: every case type's and admin area's procedures, and the audit log's list (read-only). */
const caseRouters: Record<string, CaseRouter> = {
  ...Object.fromEntries(Object.entries({ ...webFeatures, ...adminAreas }).map(([name, area]) => [name, area.data])),
  audit: { list: api.audit.list },
};

function routerFor(resource: string): CaseRouter {
  const router = Object.hasOwn(caseRouters, resource) ? caseRouters[resource] : undefined;
  if (!router) throw new Error(`"${resource}" is not a case-type router of the API.`);
  return router;
}

/** Refine keeps its cache after its own CRUD calls (see the refresh link). */
const crud = { context: { refineCrud: true } };

async function call<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw toHttpError(error);
  }
}

/** `update` takes `{ id, data }`, so the server reports a bad name at `data.name`; the form's field is `name`. */
function unnestFieldErrors(error: HttpError): HttpError {
  if (!error.errors) return error;
  const fields = Object.entries(error.errors).map(([path, message]) => [path.replace(/^data\./, ''), message]);
  return { ...error, errors: Object.fromEntries(fields) };
}

// The casts below name the record type the calling page asked for; the router decides what a record is.
export const dataProvider: DataProvider = {
  getApiUrl: () => '/trpc',

  getList: async <TData extends BaseRecord>({ resource, pagination, sorters, filters }: GetListParams) => {
    const page = { currentPage: pagination?.currentPage, pageSize: pagination?.pageSize };
    const result = await call(routerFor(resource).list.query({ pagination: page, sorters, filters }));
    return result as GetListResponse<TData>;
  },

  getOne: async <TData extends BaseRecord>({ resource, id }: GetOneParams) => {
    const { get } = routerFor(resource);
    if (!get) throw new Error(`Reading one is not supported: "${resource}" records have no page of their own.`);
    return { data: (await call(get.query({ id }))) as TData };
  },

  create: async <TData extends BaseRecord, TVariables>({ resource, variables }: CreateParams<TVariables>) => {
    const { create } = routerFor(resource);
    if (!create) throw new Error(`Creating is not supported: "${resource}" records are made through their own calls.`);
    return { data: (await call(create.mutate(variables, crud))) as TData };
  },

  update: async <TData extends BaseRecord, TVariables>({ resource, id, variables }: UpdateParams<TVariables>) => {
    const { update } = routerFor(resource);
    if (!update) throw new Error(`Updating is not supported: "${resource}" records are not edited.`);
    const saving = call(update.mutate({ id, data: variables }, crud));
    const record = await saving.catch((error: HttpError) => {
      throw unnestFieldErrors(error);
    });
    return { data: record as TData };
  },

  deleteOne: ({ resource }) =>
    Promise.reject(new Error(`Deleting is not supported: "${resource}" records are kept, not deleted.`)),
};
