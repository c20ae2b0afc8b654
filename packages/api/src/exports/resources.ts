import type { z } from 'zod';
import {
  ZAuditListInput,
  ZBlockListInput,
  ZCitizenListInput,
  ZCodeListInput,
  ZComplaintListInput,
  ZExemptionListInput,
  ZReadAccessListInput,
  ZReportInput,
  ZVisitListInput,
  policy,
  type StaffRole,
  type TReportRange,
} from '@skranke/domain';
import {
  appendAudit,
  auditQuery,
  blocksQuery,
  citizensQuery,
  codeCounts,
  codesQuery,
  complaintCounts,
  complaintsQuery,
  exemptionsQuery,
  openExemptionAges,
  readAccessesQuery,
  refusalReasons,
  visitsByCaseworker,
  visitsByMethod,
  visitsByOutcome,
  visitsByService,
  visitsPerDay,
  visitsQuery,
  type Db,
  type ListQuery,
  type StaffMember,
} from '@skranke/db';
import { auditReaders, resolveAuditFilters } from '../routers/audit.js';
import { scopeReport } from '../routers/reports.js';
import { counterStaff } from '../trpc.js';
import { danishDate, type Cell } from './format.js';

export type ExportContext = { db: Db; staff: StaffMember; now: Date };
/** The export's own read-only connection, that a list's rows stream from. */
export type Reader = Parameters<ListQuery<unknown>['iterate']>[0];
export type ExportColumn<Item> = { header: string; value: (item: Item) => Cell };

/**
 * One CSV export: who may take it (the same roles as the list or report it copies), the same zod input as that
 * procedure (pagination is ignored: an export has every row), Danish column headers, and where the rows come from.
 */
export type ExportDefinition<Input, Item> = {
  access: readonly StaffRole[];
  input: z.ZodType<Input>;
  columns: ExportColumn<Item>[];
  /**
   * Checks what the procedure checks (a report's scope, a CPR filter's lookup) and returns the rows: a list streams
   * from a statement on the export's own read connection; a report is a handful of rows already counted.
   */
  open(ctx: ExportContext, input: Input): { rows: (reader: Reader) => Iterable<Item>; audit?: Record<string, unknown> };
};

/** Access, input and row source first, so the columns are checked against the rows' own type. */
const defineExport =
  <Input, Item>(access: readonly StaffRole[], input: z.ZodType<Input>, open: ExportDefinition<Input, Item>['open']) =>
  (columns: ExportColumn<Item>[]): ExportDefinition<Input, Item> => ({ access, input, open, columns });

/** A list's export: the list's own query (filters and order), streamed. */
const fromList =
  <Input, Item>(query: (ctx: ExportContext, input: Input) => ListQuery<Item>) =>
  (ctx: ExportContext, input: Input) => {
    const list = query(ctx, input);
    return { rows: (reader: Reader) => list.iterate(reader) };
  };

/** A report table's export: the same SQL as `reports.summary`, over the same caseworker scope. */
const fromReport =
  <Item>(table: (ctx: ExportContext, range: TReportRange) => Item[]) =>
  (ctx: ExportContext, input: TReportRange) => {
    const rows = table(ctx, scopeReport(ctx.staff, input));
    return { rows: () => rows };
  };

type OutcomeCounts = { total: number; verified: number; refused: number; aborted: number; open: number };
const outcomeColumns: ExportColumn<OutcomeCounts>[] = [
  { header: 'I alt', value: (r) => r.total },
  { header: 'Godkendt', value: (r) => r.verified },
  { header: 'Afvist', value: (r) => r.refused },
  { header: 'Afbrudt', value: (r) => r.aborted },
  { header: 'Åbne', value: (r) => r.open },
];

const definitions = {
  visits: defineExport(counterStaff, ZVisitListInput, fromList((ctx, input) => visitsQuery(ctx.db, input)))([
      { header: 'ID', value: (v) => v.id },
      { header: 'Dato', value: (v) => danishDate(v.day) },
      { header: 'Start', value: (v) => v.startedAt },
      { header: 'Afsluttet', value: (v) => v.closedAt },
      { header: 'Borger', value: (v) => v.citizenName },
      { header: 'CPR-nr.', value: (v) => v.citizenCprMasked },
      { header: 'Sagsbehandler', value: (v) => v.caseworkerName },
      { header: 'Ydelse', value: (v) => v.service },
      { header: 'Metode', value: (v) => v.method },
      { header: 'Ønsket sikringsniveau', value: (v) => v.targetLevel },
      { header: 'Opnået sikringsniveau', value: (v) => v.level },
      { header: 'Udfald', value: (v) => v.outcome },
    ]),

  complaints: defineExport(counterStaff, ZComplaintListInput, fromList((ctx, input) => complaintsQuery(ctx.db, input, ctx.now, policy)))([
      { header: 'ID', value: (c) => c.id },
      { header: 'Modtaget', value: (c) => c.receivedAt },
      { header: 'Kanal', value: (c) => c.channel },
      { header: 'Emne', value: (c) => c.subject },
      { header: 'Ordning', value: (c) => c.scheme },
      { header: 'Klager', value: (c) => c.complainantName },
      { header: 'Status', value: (c) => c.status },
      { header: 'Sagsbehandler', value: (c) => c.assigneeName },
      { header: 'Dage åben', value: (c) => c.daysOpen },
      { header: 'Overskredet', value: (c) => c.overdue },
      { header: 'Afsluttet', value: (c) => c.closedAt },
      { header: 'Senest ændret', value: (c) => c.updatedAt },
    ]),

  exemptions: defineExport(counterStaff, ZExemptionListInput, fromList((ctx, input) => exemptionsQuery(ctx.db, input)))([
      { header: 'ID', value: (e) => e.id },
      { header: 'Borger', value: (e) => e.citizenName },
      { header: 'CPR-nr.', value: (e) => e.citizenCprMasked },
      { header: 'Ansøger', value: (e) => e.capacity },
      { header: 'Grund', value: (e) => e.groundLabelDa },
      { header: 'Status', value: (e) => e.status },
      { header: 'Anmodet', value: (e) => e.requestedAt },
      { header: 'Afgjort', value: (e) => e.decidedAt },
    ]),

  citizens: defineExport(counterStaff, ZCitizenListInput, fromList((ctx, input) => citizensQuery(ctx.db, input)))([
      { header: 'ID', value: (c) => c.id },
      { header: 'Navn', value: (c) => c.name },
      { header: 'CPR-nr.', value: (c) => c.cprMasked },
      { header: 'Fast adresse', value: (c) => c.hasFixedAddress },
      { header: 'Adresse', value: (c) => c.address },
      { header: 'Postadresse', value: (c) => c.postalAddress },
      { header: 'Telefon', value: (c) => c.phone },
      { header: 'E-mail', value: (c) => c.email },
      { header: 'Værgemål', value: (c) => c.guardianship },
      { header: 'Værge', value: (c) => c.guardianName },
      { header: 'Oprettet', value: (c) => c.createdAt },
      { header: 'Ændret', value: (c) => c.updatedAt },
    ]),

  readAccess: defineExport(counterStaff, ZReadAccessListInput, fromList((ctx, input) => readAccessesQuery(ctx.db, input, ctx.now)))([
      { header: 'ID', value: (r) => r.id },
      { header: 'Borger-ID', value: (r) => r.citizenId },
      { header: 'Modtager', value: (r) => r.receiverName },
      { header: 'Modtagers CPR-nr.', value: (r) => r.receiverCprMasked },
      { header: 'Rettigheder', value: (r) => r.rights },
      { header: 'Slutdato', value: (r) => danishDate(r.endsOn) },
      { header: 'Status', value: (r) => r.status },
      { header: 'Oprettet', value: (r) => r.createdAt },
      { header: 'Aktiveret', value: (r) => r.activatedAt },
      { header: 'Tilbagekaldt', value: (r) => r.revokedAt },
    ]),

  // Never the code: a code list row has only its state.
  codes: defineExport(counterStaff, ZCodeListInput, fromList((ctx, input) => codesQuery(ctx.db, input, ctx.now)))([
      { header: 'ID', value: (c) => c.id },
      { header: 'Borger', value: (c) => c.citizenName },
      { header: 'CPR-nr.', value: (c) => c.citizenCprMasked },
      { header: 'Type', value: (c) => c.kind },
      { header: 'Status', value: (c) => c.status },
      { header: 'Udstedt', value: (c) => c.issuedAt },
      { header: 'Udløber', value: (c) => c.expiresAt },
      { header: 'Udstedt af', value: (c) => c.issuedByName },
      { header: 'Forkerte forsøg', value: (c) => c.failedAttempts },
      { header: 'Betjening', value: (c) => c.visitId },
    ]),

  blocks: defineExport(counterStaff, ZBlockListInput, fromList((ctx, input) => blocksQuery(ctx.db, input)))([
      { header: 'ID', value: (b) => b.id },
      { header: 'Borger', value: (b) => b.citizenName },
      { header: 'CPR-nr.', value: (b) => b.citizenCprMasked },
      { header: 'Loginmiddel', value: (b) => b.credential },
      { header: 'Status', value: (b) => b.status },
      { header: 'Mistanke', value: (b) => b.misuse },
      { header: 'Anmeldt', value: (b) => danishDate(b.reportedOn) },
      { header: 'Spærret via', value: (b) => b.route },
      { header: 'Politianmeldelse', value: (b) => b.policeReport },
      { header: 'Koder tilbagekaldt', value: (b) => b.codesRevoked },
      { header: 'Modtaget', value: (b) => b.createdAt },
      { header: 'Modtaget af', value: (b) => b.createdByName },
    ]),

  audit: defineExport(auditReaders, ZAuditListInput, (ctx, input) => {
      const resolved = resolveAuditFilters(ctx.db, ctx.staff, input.filters);
      if (resolved.search) appendAudit(ctx.db, resolved.search, ctx.now);
      const audit = resolved.citizenId ? { citizenId: resolved.citizenId } : undefined;
      if (!resolved.filters) return { rows: () => [], audit };
      const list = auditQuery(ctx.db, { filters: resolved.filters, sorters: input.sorters });
      return { rows: (reader: Reader) => list.iterate(reader), audit };
    })([
      { header: 'ID', value: (a) => a.id },
      { header: 'Tidspunkt', value: (a) => a.at },
      { header: 'Medarbejder', value: (a) => a.staffName },
      { header: 'Medarbejder-ID', value: (a) => a.staffId },
      { header: 'Handling', value: (a) => a.action },
      { header: 'Type', value: (a) => a.entity },
      { header: 'Type-ID', value: (a) => a.entityId },
      { header: 'Formål', value: (a) => a.purpose },
      // The details were masked when they were written; the log never holds a CPR number.
      { header: 'Detaljer', value: (a) => (a.details ? JSON.stringify(a.details) : null) },
    ]),

  'reports.caseworkers': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByCaseworker(ctx.db, range)))([{ header: 'Sagsbehandler', value: (r) => r.caseworkerName }, ...outcomeColumns]),

  'reports.services': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByService(ctx.db, range)))([{ header: 'Ydelse', value: (r) => r.service }, ...outcomeColumns]),

  'reports.methods': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByMethod(ctx.db, range)))([{ header: 'Metode', value: (r) => r.method ?? 'ingen' }, ...outcomeColumns]),

  'reports.outcomes': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByOutcome(ctx.db, range)))([
      { header: 'Udfald', value: (r) => r.outcome },
      { header: 'Antal', value: (r) => r.count },
    ]),

  'reports.days': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsPerDay(ctx.db, range)))([{ header: 'Dato', value: (r) => danishDate(r.day) }, ...outcomeColumns]),

  'reports.refusalReasons': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => refusalReasons(ctx.db, range)))([
      { header: 'Regel', value: (r) => r.code ?? 'ingen regel (afslag med begrundelse)' },
      { header: 'Afviste besøg', value: (r) => r.count },
    ]),

  'reports.keyFigures': defineExport(counterStaff, ZReportInput, fromReport((ctx, range): { label: string; value: Cell }[] => {
      const visits = visitsByOutcome(ctx.db, range).reduce((sum, o) => sum + o.count, 0);
      const codes = codeCounts(ctx.db, range, ctx.now);
      const exemptions = openExemptionAges(ctx.db, range, ctx.now);
      const complaints = complaintCounts(ctx.db, range, ctx.now, policy);
      return [
        { label: 'Besøg', value: visits },
        { label: 'Koder udstedt', value: codes.issued },
        { label: 'Koder indløst', value: codes.redeemed },
        { label: 'Koder udløbet', value: codes.expired },
        { label: 'Åbne anmodninger om fritagelse (nu)', value: exemptions.open },
        { label: 'Ældste åbne anmodning', value: exemptions.oldestRequestedAt },
        { label: 'Gennemsnitlig ventetid (dage)', value: exemptions.averageAgeDays },
        { label: 'Venter 0–7 dage', value: exemptions.ageBuckets.days0to7 },
        { label: 'Venter 8–30 dage', value: exemptions.ageBuckets.days8to30 },
        { label: 'Venter over 30 dage', value: exemptions.ageBuckets.over30 },
        { label: 'Åbne klager (nu)', value: complaints.open },
        { label: 'Klager der afventer svar (nu)', value: complaints.awaitingAnswer },
        { label: 'Klager over fristen (nu)', value: complaints.overdue },
      ];
    }))([
      { header: 'Nøgletal', value: (r) => r.label },
      { header: 'Værdi', value: (r) => r.value },
    ]),
};

export type ExportResource = keyof typeof definitions;
export const exportResources = Object.keys(definitions) as ExportResource[];

/** The definition behind a resource name from a URL, or undefined; typed loosely, as one of many. */
export function exportDefinition(resource: string): ExportDefinition<unknown, unknown> | undefined {
  return Object.hasOwn(definitions, resource) ? (definitions[resource as ExportResource] as unknown as ExportDefinition<unknown, unknown>) : undefined;
}
