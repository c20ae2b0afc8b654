import { ZAuditListInput, ZReportInput, policy } from '@skranke/domain';
import {
  appendAudit,
  auditQuery,
  codeCounts,
  complaintCounts,
  openExemptionAges,
  refusalReasons,
  visitsByCaseworker,
  visitsByMethod,
  visitsByOutcome,
  visitsByService,
  visitsPerDay,
} from '@skranke/db';
import { featureExports } from '../features/index.js';
import { resolveAuditFilters } from '../services/auditFilters.js';
import { auditReaders, counterStaff } from '../trpc.js';
import { defineExport, fromReport, type ExportColumn, type ExportDefinition, type Reader } from './define.js';
import { danishDate, type Cell } from './format.js';

type OutcomeCounts = { total: number; verified: number; refused: number; aborted: number; open: number };
const outcomeColumns: ExportColumn<OutcomeCounts>[] = [
  { header: 'I alt', value: (r) => r.total },
  { header: 'Godkendt', value: (r) => r.verified },
  { header: 'Afvist', value: (r) => r.refused },
  { header: 'Afbrudt', value: (r) => r.aborted },
  { header: 'Åbne', value: (r) => r.open },
];

const definitions = {
  ...featureExports,
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
