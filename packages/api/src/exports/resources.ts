import { ZAuditListInput, ZReportInput, policy, translate, type MessageKey } from '@skranke/domain';
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
import { day, term, type Cell } from './format.js';

type OutcomeCounts = { total: number; verified: number; refused: number; aborted: number; open: number };
const outcomeColumns: ExportColumn<OutcomeCounts>[] = [
  { header: 'reports.col.total', value: (r) => r.total },
  { header: 'reports.col.verified', value: (r) => r.verified },
  { header: 'reports.col.refused', value: (r) => r.refused },
  { header: 'reports.col.aborted', value: (r) => r.aborted },
  { header: 'reports.col.open', value: (r) => r.open },
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
      { header: 'audit.fields.id', value: (a) => a.id },
      { header: 'audit.fields.at', value: (a) => a.at },
      { header: 'audit.fields.staff', value: (a) => a.staffName },
      { header: 'audit.fields.staffId', value: (a) => a.staffId },
      { header: 'audit.fields.action', value: (a) => a.action },
      { header: 'audit.fields.entity', value: (a) => a.entity },
      { header: 'audit.fields.entityId', value: (a) => a.entityId },
      { header: 'audit.fields.purpose', value: (a) => a.purpose },
      // The details were masked when they were written; the log never holds a CPR number.
      { header: 'audit.fields.details', value: (a) => (a.details ? JSON.stringify(a.details) : null) },
    ]),

  'reports.caseworkers': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByCaseworker(ctx.db, range)))([{ header: 'reports.col.caseworker', value: (r) => r.caseworkerName }, ...outcomeColumns]),

  'reports.services': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByService(ctx.db, range)))([{ header: 'reports.col.service', value: (r) => term('visits.service', r.service) }, ...outcomeColumns]),

  'reports.methods': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByMethod(ctx.db, range)))([{ header: 'reports.col.method', value: (r) => (r.method ? term('visits.method', r.method) : term('', 'reports.noMethod')) }, ...outcomeColumns]),

  'reports.outcomes': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsByOutcome(ctx.db, range)))([
      { header: 'reports.col.outcome', value: (r) => term('visits.outcome', r.outcome) },
      { header: 'reports.col.count', value: (r) => r.count },
    ]),

  'reports.days': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => visitsPerDay(ctx.db, range)))([{ header: 'reports.col.day', value: (r) => day(r.day) }, ...outcomeColumns]),

  'reports.refusalReasons': defineExport(counterStaff, ZReportInput, fromReport((ctx, range) => refusalReasons(ctx.db, range)))([
      { header: 'reports.col.reason', value: (r) => term('', r.code ?? 'reports.noRule') },
      { header: 'reports.col.count', value: (r) => r.count },
    ]),

  'reports.keyFigures': defineExport(counterStaff, ZReportInput, fromReport((ctx, range): { label: MessageKey[]; value: Cell }[] => {
      const visits = visitsByOutcome(ctx.db, range).reduce((sum, o) => sum + o.count, 0);
      const codes = codeCounts(ctx.db, range, ctx.now);
      const exemptions = openExemptionAges(ctx.db, range, ctx.now);
      const complaints = complaintCounts(ctx.db, range, ctx.now, policy);
      return [
        { label: ['reports.visitsTotal'], value: visits },
        { label: ['reports.codes', 'reports.codes.issued'], value: codes.issued },
        { label: ['reports.codes', 'reports.codes.redeemed'], value: codes.redeemed },
        { label: ['reports.codes', 'reports.codes.expired'], value: codes.expired },
        { label: ['reports.exemptions', 'reports.exemptions.open'], value: exemptions.open },
        { label: ['reports.exemptions', 'reports.exemptions.oldest'], value: exemptions.oldestRequestedAt },
        { label: ['reports.exemptions', 'reports.exemptions.average'], value: exemptions.averageAgeDays },
        { label: ['reports.exemptions', 'reports.exemptions.days0to7'], value: exemptions.ageBuckets.days0to7 },
        { label: ['reports.exemptions', 'reports.exemptions.days8to30'], value: exemptions.ageBuckets.days8to30 },
        { label: ['reports.exemptions', 'reports.exemptions.over30'], value: exemptions.ageBuckets.over30 },
        { label: ['reports.complaints', 'reports.complaints.open'], value: complaints.open },
        { label: ['reports.complaints', 'reports.complaints.awaitingAnswer'], value: complaints.awaitingAnswer },
        { label: ['reports.complaints', 'reports.complaints.overdue'], value: complaints.overdue },
      ];
    }))([
      { header: 'reports.keyFigures', value: (r, locale) => r.label.map((key) => translate(key, locale)).join(': ') },
      { header: 'reports.col.value', value: (r) => r.value },
    ]),
};

export type ExportResource = keyof typeof definitions;
export const exportResources = Object.keys(definitions) as ExportResource[];

/** The definition behind a resource name from a URL, or undefined; typed loosely, as one of many. */
export function exportDefinition(resource: string): ExportDefinition<unknown, unknown> | undefined {
  return Object.hasOwn(definitions, resource) ? (definitions[resource as ExportResource] as unknown as ExportDefinition<unknown, unknown>) : undefined;
}
