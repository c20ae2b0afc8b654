import type {
  BaseKey,
  BaseRecord,
  CreateParams,
  CrudFilter,
  CrudSort,
  DataProvider,
  GetListParams,
  GetListResponse,
  GetOneParams,
  HttpError,
  UpdateParams,
} from '@refinedev/core';
import { trpc } from '../trpc';
import { callApi } from './httpError';

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
type CaseRouter = {
  list: { query(input: ListRequest): Promise<{ data: BaseRecord[]; total: number }> };
  get?: { query(input: { id: BaseKey }): Promise<BaseRecord> };
  create?: { mutate(input: unknown): Promise<BaseRecord> };
  update?: { mutate(input: { id: unknown; data: unknown }): Promise<BaseRecord> };
};

/**
 * Resource name = router name. A router joins Refine by being listed here, with the procedures it has:
 * named one by one, since the tRPC client answers any property (`trpc.visits.update` exists on the client
 * even though the server has no such procedure).
 */
const caseRouters = {
  citizens: {
    list: trpc.citizens.list,
    get: trpc.citizens.get,
    create: trpc.citizens.create,
    update: trpc.citizens.update,
  },
  // A visit changes only through the counter's own steps (complete, refuse, abort), never by editing.
  visits: {
    list: trpc.visits.list,
    get: trpc.visits.get,
    create: trpc.visits.create,
  },
  // Follow-up (assign, transition, comment, attach) goes through the complaint pages' own calls.
  complaints: {
    list: trpc.complaints.list,
    get: trpc.complaints.get,
    create: trpc.complaints.create,
    update: trpc.complaints.update,
  },
  // Decisions (decide, revoke) go through the exemption page's own calls; corrections are not offered yet.
  exemptions: {
    list: trpc.exemptions.list,
    get: trpc.exemptions.get,
    create: trpc.exemptions.create,
  },
  // Activating and revoking go through the citizen page's own calls.
  readAccess: {
    list: trpc.readAccess.list,
    get: trpc.readAccess.get,
    create: trpc.readAccess.create,
  },
  // Codes are issued only through the visit page's own call, never Refine's `create`: the issue response is
  // the one that carries the code, and Refine's mutation cache would keep it after the dialog has closed.
  // Revoking and redeeming go through the code page's own calls.
  codes: {
    list: trpc.codes.list,
    get: trpc.codes.get,
  },
  // A blocking request is a record of what was done; it is not edited afterwards.
  blocks: {
    list: trpc.blocks.list,
    get: trpc.blocks.get,
    create: trpc.blocks.create,
  },
  // Read-only and supervisors' only; its entries have no page of their own.
  audit: {
    list: trpc.audit.list,
  },
} satisfies Record<string, CaseRouter>;

function routerFor(resource: string): CaseRouter {
  if (!Object.hasOwn(caseRouters, resource)) throw new Error(`"${resource}" is not a case-type router of the API.`);
  return caseRouters[resource as keyof typeof caseRouters];
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
    const result = await callApi(() => routerFor(resource).list.query({ pagination: page, sorters, filters }));
    return result as GetListResponse<TData>;
  },

  getOne: async <TData extends BaseRecord>({ resource, id }: GetOneParams) => {
    const { get } = routerFor(resource);
    if (!get) throw new Error(`Reading one is not supported: "${resource}" records have no page of their own.`);
    return { data: (await callApi(() => get.query({ id }))) as TData };
  },

  create: async <TData extends BaseRecord, TVariables>({ resource, variables }: CreateParams<TVariables>) => {
    const { create } = routerFor(resource);
    if (!create) throw new Error(`Creating is not supported: "${resource}" records are made through their own calls.`);
    return { data: (await callApi(() => create.mutate(variables))) as TData };
  },

  update: async <TData extends BaseRecord, TVariables>({ resource, id, variables }: UpdateParams<TVariables>) => {
    const { update } = routerFor(resource);
    if (!update) throw new Error(`Updating is not supported: "${resource}" records are not edited.`);
    const saving = callApi(() => update.mutate({ id, data: variables }));
    const record = await saving.catch((error: HttpError) => {
      throw unnestFieldErrors(error);
    });
    return { data: record as TData };
  },

  deleteOne: ({ resource }) =>
    Promise.reject(new Error(`Deleting is not supported: "${resource}" records are kept, not deleted.`)),
};
