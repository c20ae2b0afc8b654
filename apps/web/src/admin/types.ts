import type { Action, WebFeature } from '../features/types';

/** One of the admins' pages of settings and accounts: built into the app like a case type, but for admins only. */
export type AdminArea = Pick<WebFeature, 'resource' | 'routes' | 'data'> & {
  /** What an admin may do with it; no other role may do anything. */
  adminActions: readonly Action[];
};

/** The menu group "Administration": its entries are the resources whose `meta.parent` names it. */
export const administration = 'administration';
