import { Alert, Spin } from 'antd';
import { useGetIdentity } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate, reportPresets, todayIso, type TReportInput } from '@skranke/domain';
import { ExportButton } from '../../components/ExportButton';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import type { Staff } from '../../providers/authProvider';
import {
  BreakdownTable,
  ChartFigure,
  ComplaintFigures,
  CountTable,
  ExemptionAges,
  KeyFigures,
  MethodBreakdown,
  RefusalReasons,
  outcomeSeries,
  useReportLabels,
  type ReportSummary,
} from './figures';
import { ReportFilters } from './ReportFilters';
import { useReportSummary } from './useReports';
import { Section } from '../../components/Section';

/** The range and caseworker from the address (no CPR number here, so a link or a reload keeps them); this month by default. */
function useReportInput(): [TReportInput, (input: TReportInput) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const caseworker = Number(params.get('caseworker'));
  const thisMonth = reportPresets(todayIso(new Date())).thisMonth;
  const input: TReportInput = {
    from: from && isIsoDate(from) ? from : thisMonth.from,
    to: to && isIsoDate(to) ? to : thisMonth.to,
    caseworkerId: Number.isInteger(caseworker) && caseworker > 0 ? caseworker : null,
  };
  const change = ({ from, to, caseworkerId }: TReportInput) =>
    setParams({ from, to, ...(caseworkerId ? { caseworker: String(caseworkerId) } : {}) }, { replace: true });
  return [input, change];
}

/** Days without visits are absent from the server's series; a chart of days shows them as 0. */
function everyDay(summary: ReportSummary) {
  const counted = new Map(summary.visits.perDay.map((d) => [d.day, d]));
  const days = [];
  for (let day = summary.range.from; day <= summary.range.to; day = addDays(day, 1)) {
    days.push(counted.get(day) ?? { day, total: 0, verified: 0, refused: 0, aborted: 0, open: 0 });
  }
  return days;
}

/** Reports over any range: per caseworker, service, method, outcome and day, each exportable as CSV. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { data: staff } = useGetIdentity<Staff>();
  const supervisor = staff?.role === 'supervisor';
  const labels = useReportLabels();
  const [input, setInput] = useReportInput();
  const { data: summary, error, isLoading } = useReportSummary(input);

  const exportButton = (resource: Parameters<typeof ExportButton>[0]['resource'], name: string) => (
    <ExportButton size="small" resource={resource} input={input} name={name} />
  );
  const titles = {
    keyFigures: t('reports.keyFigures'),
    perDay: t('reports.perDay'),
    byCaseworker: t('reports.byCaseworker'),
    byService: t('reports.byService'),
    byMethod: t('reports.byMethod'),
    byOutcome: t('reports.byOutcome'),
    refusalReasons: t('reports.refusalReasons'),
  };

  return (
    <Page title={t('reports.title')}>
      <ReportFilters input={input} onChange={setInput} supervisor={supervisor} />

      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} />}
      {isLoading && <Spin />}
      {summary && (
        <>
          <Section compact title={titles.keyFigures} actions={exportButton('reports.keyFigures', titles.keyFigures)}>
            <KeyFigures summary={summary} />
          </Section>

          <ChartFigure
            title={titles.perDay}
            actions={exportButton('reports.days', titles.perDay)}
            data={summary.visits.total === 0 ? [] : outcomeSeries(everyDay(summary), (d) => formatDate(d.day), labels.outcome)}
            table={
              <BreakdownTable title={titles.perDay} rows={summary.visits.perDay} keyTitle={t('reports.col.day')} rowKey={(d) => d.day} label={(d) => formatDate(d.day)} />
            }
          />

          <Section compact title={titles.byCaseworker} actions={exportButton('reports.caseworkers', titles.byCaseworker)}>
            <BreakdownTable
              title={titles.byCaseworker}
              rows={summary.visits.byCaseworker}
              keyTitle={t('reports.col.caseworker')}
              rowKey={(r) => String(r.caseworkerId)}
              label={(r) => r.caseworkerName}
            />
          </Section>

          <Section compact title={titles.byService} actions={exportButton('reports.services', titles.byService)}>
            <BreakdownTable title={titles.byService} rows={summary.visits.byService} keyTitle={t('reports.col.service')} rowKey={(r) => r.service} label={(r) => labels.service(r.service)} />
          </Section>

          <Section compact title={titles.byMethod} actions={exportButton('reports.methods', titles.byMethod)}>
            <MethodBreakdown title={titles.byMethod} rows={summary.visits.byMethod} />
          </Section>

          <Section compact title={titles.byOutcome} actions={exportButton('reports.outcomes', titles.byOutcome)}>
            <CountTable
              title={titles.byOutcome}
              keyTitle={t('reports.col.outcome')}
              rows={summary.visits.byOutcome.map((o) => ({ key: o.outcome, label: labels.outcome(o.outcome), count: o.count }))}
            />
          </Section>

          <Section compact title={titles.refusalReasons} actions={exportButton('reports.refusalReasons', titles.refusalReasons)}>
            <RefusalReasons title={titles.refusalReasons} reasons={summary.refusalReasons} />
          </Section>

          <ExemptionAges exemptions={summary.exemptions} />
          <ComplaintFigures complaints={summary.complaints} />
        </>
      )}
    </Page>
  );
}
