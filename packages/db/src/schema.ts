import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  readAccessRights,
  codeKinds,
  codeStoredStatuses,
  codeRevocationCauses,
  blockCredentials,
  blockRoutes,
  documentCategories,
  highRoutes,
  misuseKinds,
  policeReportStates,
  readAccessStoredStatuses,
  exemptionCapacities,
  exemptionStatuses,
  complaintChannels,
  complaintSchemes,
  complaintStatuses,
  complaintSubjects,
  forwardingChannels,
  assuranceLevels,
  guardianshipKinds,
  staffRoles,
  loginScopes,
  verificationMethods,
  visitOutcomes,
  visitServices,
  type RuleViolation,
  type CitizenCaseEntity,
} from '@skranke/domain';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    /** The password is a one-time password an admin made: the next login must choose a new one first. */
    passwordChangeDue: integer('password_change_due', { mode: 'boolean' }).notNull().default(false),
    /** When that one-time password stops working (policy `oneTimePasswordHours`); null for a chosen password. */
    oneTimePasswordExpiresAt: integer('one_time_password_expires_at', { mode: 'timestamp_ms' }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  // Usernames are one regardless of case: "Anna" cannot be created beside "anna".
  (t) => [uniqueIndex('staff_username_lower_idx').on(sql`lower(${t.username})`)],
);

/**
 * Runs of failed logins (domain loginThrottle): per account, keyed by the SHA-256 of the typed username (which may
 * be a password typed into the wrong field), and per client address. Kept in the database, so a restart or a
 * second server process neither forgets nor splits them.
 */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    scope: text('scope', { enum: loginScopes }).notNull(),
    key: text('key').notNull(),
    /** The account tried, when the username is a staff member's. */
    staffId: integer('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    failures: integer('failures').notNull(),
    firstAt: integer('first_at', { mode: 'timestamp_ms' }).notNull(),
    lastAt: integer('last_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('login_failures_last_idx').on(t.lastAt)],
);

/** The cookie holds a random token; only its SHA-256 is stored, so a copied database opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

/** The CPR number is data, never the key: a person can be given a new number (domain.md). */
export const citizens = sqliteTable(
  'citizens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cpr: text('cpr').notNull(),
    name: text('name').notNull(),
    hasFixedAddress: integer('has_fixed_address', { mode: 'boolean' }).notNull().default(true),
    address: text('address'),
    postalAddress: text('postal_address'),
    phone: text('phone'),
    email: text('email'),
    /** [pub] Navne- og adressebeskyttelse: the address is shown only on the citizen's own record. */
    addressProtected: integer('address_protected', { mode: 'boolean' }).notNull().default(false),
    guardianship: text('guardianship', { enum: guardianshipKinds }).notNull().default('none'),
    guardianName: text('guardian_name'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('citizens_cpr_idx').on(t.cpr),
    index('citizens_name_idx').on(t.name),
    index('citizens_created_idx').on(t.createdAt),
    index('citizens_updated_idx').on(t.updatedAt),
  ],
);

/** A person who has confirmed someone's identity; known by CPR number so witnessings can be counted [pub]. */
export const witnesses = sqliteTable(
  'witnesses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cpr: text('cpr').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('witnesses_cpr_idx').on(t.cpr)],
);

/** One citizen at the counter: opened when served, closed as verified, refused or aborted. */
export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    citizenId: integer('citizen_id')
      .notNull()
      .references(() => citizens.id),
    caseworkerId: integer('caseworker_id')
      .notNull()
      .references(() => staff.id),
    service: text('service', { enum: visitServices }).notNull(),
    outcome: text('outcome', { enum: visitOutcomes }).notNull().default('open'),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    /** The counter's calendar day (Copenhagen), for date filters, day reports and same-day rules. */
    day: text('day').notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    method: text('method', { enum: verificationMethods }),
    targetLevel: text('target_level', { enum: assuranceLevels }),
    /** The level the identity was verified at; null unless verified. */
    level: text('level', { enum: assuranceLevels }),
    inPerson: integer('in_person', { mode: 'boolean' }).notNull().default(true),
    cprQuestionsAsked: integer('cpr_questions_asked'),
    cprQuestionsCorrect: integer('cpr_questions_correct'),
    witnessId: integer('witness_id').references(() => witnesses.id),
    witnessMitIdSince: text('witness_mitid_since'),
    witnessPhotoIdSeen: integer('witness_photo_id_seen', { mode: 'boolean' }),
    witnessPhotoIdHasCpr: integer('witness_photo_id_has_cpr', { mode: 'boolean' }),
    witnessCprDocumentSeen: integer('witness_cpr_document_seen', { mode: 'boolean' }),
    /** [pub] A refusal always records its reason, and the rule codes it broke. */
    refusalReason: text('refusal_reason'),
    brokenRules: text('broken_rules', { mode: 'json' }).$type<RuleViolation[]>(),
    notes: text('notes'),
  },
  (t) => [
    index('visits_day_idx').on(t.day, t.startedAt),
    /** Covers the reports' GROUP BYs over a date range, so a year of visits is counted from the index alone. */
    index('visits_report_idx').on(t.day, t.outcome, t.method, t.service, t.caseworkerId),
    index('visits_citizen_idx').on(t.citizenId, t.startedAt),
    /** With the counted columns, so a report per caseworker reads the index alone. */
    index('visits_caseworker_idx').on(t.caseworkerId, t.day, t.outcome, t.method, t.service),
    // With the outcome, so the reports' per-service and per-method counts read these indexes alone.
    index('visits_service_idx').on(t.service, t.day, t.outcome),
    index('visits_method_idx').on(t.method, t.day, t.outcome),
    index('visits_outcome_idx').on(t.outcome, t.day),
    index('visits_witness_idx').on(t.witnessId, t.closedAt),
  ],
);

/**
 * What a visit is counted under in reports, besides its day and outcome: its caseworker (the id as text), its
 * service, its method ('' before any evidence) and, when refused, each rule it broke once ('' for a refusal on
 * judgement). One row per visit and dimension; the refusal rules may give several or none.
 */
export const visitTallyDimensions = ['caseworker', 'service', 'method', 'refusalRule'] as const;
export type VisitTallyDimension = (typeof visitTallyDimensions)[number];
/** Every visit has exactly one method value ('' before any evidence), and methods are few: totals count these. */
export const everyVisitOnce: VisitTallyDimension = 'method';

/**
 * The keys each visit is counted under (migration 0009 defines it once, for the triggers, the backfill and a
 * caseworker's own report alike).
 */
export const visitTallyKeys = sqliteView('visit_tally_keys', {
  visitId: integer('visit_id').notNull(),
  caseworkerId: integer('caseworker_id').notNull(),
  day: text('day').notNull(),
  outcome: text('outcome', { enum: visitOutcomes }).notNull(),
  dimension: text('dimension', { enum: visitTallyDimensions }).notNull(),
  value: text('value').notNull(),
}).existing();

/**
 * Visits counted per dimension, counter day, value and outcome, kept by triggers on `visits` inside the visit's own
 * transaction (migration 0009): a report over years reads a few thousand of these rather than a million visits.
 */
export const visitTallies = sqliteTable(
  'visit_tallies',
  {
    dimension: text('dimension', { enum: visitTallyDimensions }).notNull(),
    day: text('day').notNull(),
    value: text('value').notNull(),
    outcome: text('outcome', { enum: visitOutcomes }).notNull(),
    visits: integer('visits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.day, t.value, t.outcome] })],
);

/**
 * [pub] The kinds of identity document, by the spec's stable codes: reference data present in every database
 * (migration 0010 writes the spec's catalogue). A kind in use is never deleted; a retired one stays on old visits.
 */
export const documentKinds = sqliteTable('document_kinds', {
  code: text('code').primaryKey(),
  category: text('category', { enum: documentCategories }).notNull(),
  hasExpiry: integer('has_expiry', { mode: 'boolean' }).notNull(),
  isApp: integer('is_app', { mode: 'boolean' }).notNull().default(false),
  highRoute: text('high_route', { enum: highRoutes }),
  nameDa: text('name_da').notNull(),
  nameEn: text('name_en').notNull(),
  /** The picker's order within a category. */
  position: integer('position').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const visitDocuments = sqliteTable(
  'visit_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    visitId: integer('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    kind: text('kind')
      .notNull()
      .references(() => documentKinds.code),
    expiresOn: text('expires_on'),
    temporary: integer('temporary', { mode: 'boolean' }).notNull().default(false),
    digitalCopy: integer('digital_copy', { mode: 'boolean' }).notNull().default(false),
    chipRead: integer('chip_read', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('visit_documents_visit_idx').on(t.visitId)],
);

/** A complaint taken at the counter, by phone, e-mail or letter, followed until it is answered and closed. */
export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    /** The Copenhagen calendar day of receipt: the overdue rule counts days from it. */
    receivedDay: text('received_day').notNull(),
    channel: text('channel', { enum: complaintChannels }).notNull(),
    subject: text('subject', { enum: complaintSubjects }).notNull(),
    scheme: text('scheme', { enum: complaintSchemes }).notNull(),
    complainantName: text('complainant_name').notNull(),
    complainantPhone: text('complainant_phone').notNull(),
    description: text('description').notNull(),
    mitIdUserId: text('mitid_user_id'),
    complainantAddress: text('complainant_address'),
    filedOnBehalf: integer('filed_on_behalf', { mode: 'boolean' }).notNull().default(false),
    onBehalfOfName: text('on_behalf_of_name'),
    powerOfAttorney: integer('power_of_attorney', { mode: 'boolean' }).notNull().default(false),
    citizenId: integer('citizen_id').references(() => citizens.id),
    visitId: integer('visit_id').references(() => visits.id),
    status: text('status', { enum: complaintStatuses }).notNull().default('received'),
    assigneeId: integer('assignee_id').references(() => staff.id),
    forwardedVia: text('forwarded_via', { enum: forwardingChannels }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('complaints_status_idx').on(t.status, t.receivedDay),
    index('complaints_received_idx').on(t.receivedDay),
    /** The complaints list opens oldest first. */
    index('complaints_received_at_idx').on(t.receivedAt),
    index('complaints_assignee_idx').on(t.assigneeId, t.status),
    index('complaints_subject_idx').on(t.subject, t.receivedDay),
    index('complaints_citizen_idx').on(t.citizenId),
  ],
);

/** The complaint's timeline: every change with its before and after values, and free-text comments. */
export const complaintEvents = sqliteTable(
  'complaint_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    complaintId: integer('complaint_id')
      .notNull()
      .references(() => complaints.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    kind: text('kind', { enum: ['created', 'updated', 'assigned', 'transition', 'comment', 'attachment'] }).notNull(),
    comment: text('comment'),
    /** Field → [before, after]. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>(),
  },
  (t) => [index('complaint_events_complaint_idx').on(t.complaintId, t.at)],
);

/**
 * Attachments live in SQLite, not beside it on disk: one file to back up and restore, stored in the same
 * transaction as the complaint event (no orphans, no missing files), and small by policy (a few MB).
 */
export const complaintAttachments = sqliteTable(
  'complaint_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    complaintId: integer('complaint_id')
      .notNull()
      .references(() => complaints.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => staff.id),
    uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('complaint_attachments_complaint_idx').on(t.complaintId)],
);

/** [seed] Grounds for exemption from Digital Post: reference data an admin may edit. */
export const exemptionGrounds = sqliteTable(
  'exemption_grounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    labelDa: text('label_da').notNull(),
    labelEn: text('label_en').notNull(),
    /** [pub] A person with no residence in Denmark is always granted. */
    residenceAbroad: integer('residence_abroad', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('exemption_grounds_code_idx').on(t.code)],
);

/** A request for exemption from Digital Post, from intake at the counter to a supervisor's decision. */
export const exemptions = sqliteTable(
  'exemptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    citizenId: integer('citizen_id')
      .notNull()
      .references(() => citizens.id),
    capacity: text('capacity', { enum: exemptionCapacities }).notNull(),
    applicantName: text('applicant_name'),
    idSeen: integer('id_seen', { mode: 'boolean' }).notNull(),
    declarationReceived: integer('declaration_received', { mode: 'boolean' }).notNull(),
    groundId: integer('ground_id').references(() => exemptionGrounds.id),
    notes: text('notes'),
    status: text('status', { enum: exemptionStatuses }).notNull().default('requested'),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => staff.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedBy: integer('decided_by').references(() => staff.id),
    decisionReason: text('decision_reason'),
    resendPaperPost: integer('resend_paper_post', { mode: 'boolean' }).notNull().default(false),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedBy: integer('revoked_by').references(() => staff.id),
    revocationReason: text('revocation_reason'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('exemptions_status_idx').on(t.status, t.requestedAt),
    index('exemptions_citizen_idx').on(t.citizenId, t.requestedAt),
  ],
);

/** [pub] Læseadgang: another person may read the citizen's Digital Post until the end date. */
export const readAccesses = sqliteTable(
  'read_accesses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    citizenId: integer('citizen_id')
      .notNull()
      .references(() => citizens.id),
    receiverCpr: text('receiver_cpr').notNull(),
    receiverName: text('receiver_name').notNull(),
    rights: text('rights', { enum: readAccessRights }).notNull(),
    endsOn: text('ends_on').notNull(),
    visitId: integer('visit_id').references(() => visits.id),
    powerOfAttorney: integer('power_of_attorney', { mode: 'boolean' }).notNull().default(false),
    /** requested | active | revoked; "expired" is computed from `endsOn`. */
    status: text('status', { enum: readAccessStoredStatuses }).notNull().default('requested'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    activatedAt: integer('activated_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revocationReason: text('revocation_reason'),
  },
  (t) => [index('read_accesses_citizen_idx').on(t.citizenId), index('read_accesses_status_idx').on(t.status, t.endsOn)],
);

/** [policy] A counter code is stored only as a salted hash; the code itself exists once, on screen and on paper. */
export const temporaryCodes = sqliteTable(
  'temporary_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    citizenId: integer('citizen_id')
      .notNull()
      .references(() => citizens.id),
    visitId: integer('visit_id')
      .notNull()
      .references(() => visits.id),
    kind: text('kind', { enum: codeKinds }).notNull(),
    codeHash: text('code_hash').notNull(),
    /** issued | used | revoked | blocked; "expired" is computed from `expiresAt`. */
    status: text('status', { enum: codeStoredStatuses }).notNull().default('issued'),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
    /** The counter day it was issued (Copenhagen), for date filters and reports. */
    day: text('day').notNull(),
    issuedBy: integer('issued_by')
      .notNull()
      .references(() => staff.id),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    blockedAt: integer('blocked_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedBy: integer('revoked_by').references(() => staff.id),
    revocationCause: text('revocation_cause', { enum: codeRevocationCauses }),
    revocationReason: text('revocation_reason'),
  },
  (t) => [
    index('codes_citizen_idx').on(t.citizenId, t.status),
    index('codes_day_idx').on(t.day, t.issuedAt),
    index('codes_status_idx').on(t.status, t.expiresAt),
    /** Reports count codes redeemed in a range. */
    index('codes_used_idx').on(t.status, t.usedAt),
    index('codes_issued_by_idx').on(t.issuedBy, t.day),
    index('codes_visit_idx').on(t.visitId),
  ],
);

/** [seed] A blocking (spærring) request: the credential, what was suspected, when, who took it, the route, the police report. */
export const blocks = sqliteTable(
  'blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    citizenId: integer('citizen_id')
      .notNull()
      .references(() => citizens.id),
    credential: text('credential', { enum: blockCredentials }).notNull(),
    /** [pub] The level a blocked MitID had: reopening it needs a new verification at that level. */
    credentialLevel: text('credential_level', { enum: assuranceLevels }),
    misuse: text('misuse', { enum: misuseKinds }).notNull(),
    description: text('description').notNull(),
    reportedOn: text('reported_on').notNull(),
    route: text('route', { enum: blockRoutes }).notNull(),
    policeReport: text('police_report', { enum: policeReportStates }).notNull(),
    notes: text('notes'),
    /** Active codes revoked by this request, counted when it was taken. */
    codesRevoked: integer('codes_revoked').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    /** A blocked MitID reopened from a new verified visit at the counter. */
    reopenedAt: integer('reopened_at', { mode: 'timestamp_ms' }),
    reopenedBy: integer('reopened_by').references(() => staff.id),
    reopenVisitId: integer('reopen_visit_id').references(() => visits.id),
  },
  (t) => [index('blocks_citizen_idx').on(t.citizenId, t.createdAt), index('blocks_reported_idx').on(t.reportedOn)],
);

/**
 * Append-only record of every read of a citizen's full record, every search and every change (domain.md
 * "Audit log"). Holds ids and masked criteria, never a CPR number.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    purpose: text('purpose'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_entity_idx').on(t.entity, t.entityId, t.at),
    index('audit_staff_idx').on(t.staffId, t.at),
    // The audit viewer's citizen filter also finds entries that name the citizen only in their details.
    index('audit_details_citizen_idx').on(sql`json_extract(${t.details}, '$.citizenId')`),
  ],
);

/**
 * The audit log's retention in days, one row, written from the policy when the database opens. It lives in the
 * database so the trigger that refuses deleting younger entries can read it (migration 0006 holds the triggers).
 */
export const auditRetention = sqliteTable(
  'audit_retention',
  {
    id: integer('id').primaryKey(),
    days: integer('days').notNull(),
  },
  (t) => [check('audit_retention_one_row', sql`${t.id} = 1`)],
);

/**
 * Cases that belong to one citizen, by the entity name their audit entries carry: an entry about one of them is an
 * entry about the citizen even when it does not name them (visit.read, complaint.update). Keyed by the domain's
 * features, so a new case type without its table here does not compile. Beside the tables, so
 * a new case type's table and its line here are one edit.
 */
export const citizenCaseTables = {
  visit: visits,
  exemption: exemptions,
  complaint: complaints,
  readAccess: readAccesses,
  code: temporaryCodes,
  block: blocks,
} as const satisfies Record<CitizenCaseEntity, unknown>;

export type StaffRow = typeof staff.$inferSelect;
export type CitizenRow = typeof citizens.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;
export type VisitDocumentRow = typeof visitDocuments.$inferSelect;
export type WitnessRow = typeof witnesses.$inferSelect;
export type ComplaintRow = typeof complaints.$inferSelect;
export type ComplaintEventRow = typeof complaintEvents.$inferSelect;
export type ExemptionRow = typeof exemptions.$inferSelect;
export type ReadAccessRow = typeof readAccesses.$inferSelect;
export type TemporaryCodeRow = typeof temporaryCodes.$inferSelect;
export type BlockRow = typeof blocks.$inferSelect;
export type DocumentKindRow = typeof documentKinds.$inferSelect;
