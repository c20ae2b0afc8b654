/**
 * Every kind of record Skranke keeps a list of, once. Everything that enumerates them is derived from this array or
 * keyed by its names, so a new case type added here and forgotten elsewhere fails to compile instead of leaving a
 * silent hole: the API's routers and exports, "who looked at this citizen", the audit viewer's citizen filter and
 * labels, the web app's pages. Its order is the menu's.
 *
 * - `name`: the resource, as the router, the export and the web routes call it.
 * - `entity`: what its audit entries are about.
 * - `verbs`: its audit vocabulary, every action it writes (`entity.verb`).
 * - `citizenReads`: the verbs that show a citizen's record or a case that carries their card (domain.md "Audit
 *   log": every read of a citizen record is logged and shown under "who looked at this citizen").
 * - `citizenCase`: its records belong to one citizen, so their audit entries are about that citizen too.
 */
export const features = [
  {
    name: 'visits',
    entity: 'visit',
    verbs: ['read', 'create', 'complete', 'refuse', 'abort'],
    citizenReads: ['read'],
    citizenCase: true,
  },
  {
    name: 'citizens',
    entity: 'citizen',
    verbs: ['search', 'read', 'readCard', 'lookup', 'create', 'update'],
    citizenReads: ['read', 'readCard', 'lookup'],
    citizenCase: false,
  },
  {
    name: 'complaints',
    entity: 'complaint',
    verbs: ['read', 'create', 'update', 'assign', 'transition', 'comment', 'attach', 'attachmentRead'],
    citizenReads: ['read', 'attachmentRead'],
    citizenCase: true,
  },
  {
    name: 'exemptions',
    entity: 'exemption',
    verbs: ['read', 'create', 'update', 'decide', 'revoke'],
    citizenReads: ['read'],
    citizenCase: true,
  },
  {
    name: 'codes',
    entity: 'code',
    // `block`: the code itself blocked after too many wrong entries, not a blocking request.
    verbs: ['read', 'issue', 'redeem', 'revoke', 'wrongEntry', 'block'],
    citizenReads: ['read'],
    citizenCase: true,
  },
  {
    name: 'blocks',
    entity: 'block',
    verbs: ['read', 'create', 'reopen'],
    citizenReads: ['read'],
    citizenCase: true,
  },
  {
    name: 'readAccess',
    entity: 'readAccess',
    verbs: ['read', 'create', 'update', 'activate', 'revoke'],
    citizenReads: ['read'],
    citizenCase: true,
  },
] as const satisfies readonly {
  name: string;
  entity: string;
  verbs: readonly string[];
  citizenReads: readonly string[];
  citizenCase: boolean;
}[];

type Feature = (typeof features)[number];
export type FeatureName = Feature['name'];
export type FeatureEntity = Feature['entity'];
/** The entities whose records belong to one citizen. */
export type CitizenCaseEntity = Extract<Feature, { citizenCase: true }>['entity'];

type ActionOf<F> = F extends { entity: infer E extends string; verbs: readonly (infer V extends string)[] } ? `${E}.${V}` : never;

/**
 * What the log records besides the case types' own actions: signing in and out and changing one's password, staff
 * accounts, the log itself, CSV exports.
 */
export const systemAuditActions = [
  'auth.login',
  'auth.logout',
  'auth.loginFailed',
  'auth.changePassword',
  'staff.create',
  'staff.update',
  'staff.deactivate',
  'staff.reactivate',
  'staff.resetPassword',
  'audit.read',
  'audit.search',
  'audit.purge',
  'export',
] as const;

/** Every action the audit log may hold: a typo in an action is a compile error, not an entry no filter finds. */
export type AuditAction = ActionOf<Feature> | (typeof systemAuditActions)[number];

export const auditActions: readonly AuditAction[] = [
  ...features.flatMap((f) => f.verbs.map((verb) => `${f.entity}.${verb}` as AuditAction)),
  ...systemAuditActions,
];

/** The actions "who looked at this citizen" lists. */
export const citizenReadActions: readonly AuditAction[] = features.flatMap((f) =>
  f.citizenReads.map((verb) => `${f.entity}.${verb}` as AuditAction),
);

export const citizenCaseEntities = features.filter((f) => f.citizenCase).map((f) => f.entity as CitizenCaseEntity);
