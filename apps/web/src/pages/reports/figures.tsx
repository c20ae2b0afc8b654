import { Suspense, lazy, useState, type ReactNode } from 'react';
import { Button, Flex, Spin, Statistic, Table, Typography } from 'antd';
import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@skranke/api';
import { policy, visitOutcomes, type VerificationMethod, type VisitOutcome, type VisitService } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { formatDate } from '../../format';
import { useRuleText } from '../../features/visits/ruleText';
import type { ChartDatum } from './charts';
import { Section } from '../../components/Section';

export type ReportSummary = RouterOutputs['reports']['summary'];
export type OutcomeCounts = { total: number; verified: number; refused: number; aborted: number; open: number };

/** The chart library loads with the first chart on screen, never with the page around it. */
const StackedColumns = lazy(() => import('./charts').then((module) => ({ default: module.StackedColumns })));

/**
 * A refusal reason is a rule's message without the visit it was broken in, so the parameters that come from the
 * policy are filled in from it; those that came from the visit (a level, a number of days) are left as "…".
 */
const reasonParams: Record<string, Record<string, string | number>> = {
  'visit.applicantUnderAge': { minimum: '…', credential: 'MitID/NemID' },
  'visit.witnessUnderAge': { minimum: policy.witnessMinimumAge },
  'visit.cprQuestionsTooFew': { minimum: policy.cprQuestionsMinimum },
  'visit.nemIdEnded': { date: policy.nemIdLastCollection },
  'visit.witnessMitIdTooNew': { days: '…', minimum: policy.witnessMitIdMinimumDays },
  'visit.witnessLimitReached': { maximum: policy.witnessMaximumWitnessings, days: policy.witnessWindowDays },
  'visit.levelNotReached': { reached: '…', target: '…' },
  'visit.highNotReached': { reached: '…' },
};

/** The visit pages' own labels for the codes the reports group by. */
export function useReportLabels() {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  return {
    outcome: (outcome: VisitOutcome) => t(`visits.outcome.${outcome}`),
    method: (method: VerificationMethod | null) => (method ? t(`visits.method.${method}`) : t('reports.noMethod')),
    service: (service: VisitService) => t(`visits.service.${service}`),
    reason: (code: string | null) => (code ? ruleText({ code, params: reasonParams[code] }) : t('reports.noRule')),
  };
}

/** Rows of outcome counts as stacked-column data: one segment per outcome that has visits. */
export function outcomeSeries<R extends OutcomeCounts>(rows: R[], label: (row: R) => string, outcomeLabel: (o: VisitOutcome) => string): ChartDatum[] {
  return rows.flatMap((row) =>
    visitOutcomes.filter((o) => row[o] > 0).map((o) => ({ label: label(row), series: outcomeLabel(o), value: row[o] })),
  );
}


type ChartFigureProps = { title: string; data: ChartDatum[]; table: ReactNode; actions?: ReactNode; headingLevel?: 2 | 3 };

/**
 * A chart with its numbers as a table one press away ("Vis som tabel"): the canvas is an image named by the title,
 * the table is what a screen reader or a keyboard user reads.
 */
export function ChartFigure({ title, data, table, actions, headingLevel }: ChartFigureProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <Section
      compact
      title={title}
      level={headingLevel}
      actions={
        <>
          {actions}
          <Button
            icon={asTable ? <BarChartOutlined /> : <TableOutlined />}
            aria-pressed={asTable}
            aria-label={`${asTable ? t('chart.showChart') : t('chart.showTable')}: ${title}`}
            onClick={() => setAsTable(!asTable)}
          >
            {asTable ? t('chart.showChart') : t('chart.showTable')}
          </Button>
        </>
      }
    >
      {asTable ? (
        table
      ) : data.length === 0 ? (
        <Typography.Text type="secondary">{t('reports.noData')}</Typography.Text>
      ) : (
        <Suspense fallback={<Spin tip={t('chart.loading')}><div style={{ height: 260 }} /></Spin>}>
          <StackedColumns data={data} title={title} />
        </Suspense>
      )}
    </Section>
  );
}

type BreakdownTableProps<R extends OutcomeCounts> = {
  title: string;
  rows: R[];
  keyTitle: string;
  rowKey: (row: R) => string;
  label: (row: R) => ReactNode;
};

/** Visits by something (caseworker, service, method, day): the total and one column per outcome. */
export function BreakdownTable<R extends OutcomeCounts>({ title, rows, keyTitle, rowKey, label }: BreakdownTableProps<R>) {
  const { t } = useTranslation();
  return (
    <Table<R>
      size="small"
      rowKey={rowKey}
      dataSource={rows}
      pagination={false}
      aria-label={title}
      locale={{ emptyText: <Typography.Text type="secondary">{t('reports.noData')}</Typography.Text> }}
      columns={[
        { key: 'label', title: keyTitle, render: (_, row) => label(row) },
        ...(['total', 'verified', 'refused', 'aborted', 'open'] as const).map((column) => ({
          key: column,
          dataIndex: column,
          title: t(`reports.col.${column}`),
          align: 'right' as const,
        })),
      ]}
    />
  );
}

type CountTableProps = { title: string; keyTitle: string; rows: { key: string; label: ReactNode; count: number }[] };

/** A label and a count per row (outcomes, refusal reasons). */
export function CountTable({ title, keyTitle, rows }: CountTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      aria-label={title}
      locale={{ emptyText: <Typography.Text type="secondary">{t('reports.noData')}</Typography.Text> }}
      columns={[
        { key: 'label', dataIndex: 'label', title: keyTitle },
        { key: 'count', dataIndex: 'count', title: t('reports.col.count'), align: 'right' },
      ]}
    />
  );
}

/** Visits in total and by outcome, as key figures. */
export function OutcomeStatistics({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <Flex gap={32} wrap>
      <Statistic title={t('reports.visitsTotal')} value={summary.visits.total} />
      {summary.visits.byOutcome.map((o) => (
        <Statistic key={o.outcome} title={labels.outcome(o.outcome)} value={o.count} />
      ))}
    </Flex>
  );
}

export function CodeStatistics({ codes }: { codes: ReportSummary['codes'] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={32} wrap>
      <Statistic title={t('reports.codes.issued')} value={codes.issued} />
      <Statistic title={t('reports.codes.redeemed')} value={codes.redeemed} />
      <Statistic title={t('reports.codes.expired')} value={codes.expired} />
    </Flex>
  );
}

/** The key figures of a period: visits by outcome, then the codes. */
export function KeyFigures({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <OutcomeStatistics summary={summary} />
      <div style={{ marginTop: 16 }}>
        <Typography.Text strong>{t('reports.codes')}</Typography.Text>
        <CodeStatistics codes={summary.codes} />
      </div>
    </>
  );
}

/** Visits by verification method, as a table. */
export function MethodBreakdown({ title, rows }: { title: string; rows: ReportSummary['visits']['byMethod'] }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return <BreakdownTable title={title} rows={rows} keyTitle={t('reports.col.method')} rowKey={(r) => r.method ?? 'none'} label={(r) => labels.method(r.method)} />;
}

/** The open exemption requests now, with how long they have waited, and the way to the queue. */
export function ExemptionAges({ exemptions }: { exemptions: ReportSummary['exemptions'] }) {
  const { t } = useTranslation();
  const queue = '/exemptions?filters[0][field]=status&filters[0][operator]=eq&filters[0][value]=requested';
  return (
    <Section
      compact
      title={t('reports.exemptions')}
      actions={
        <LinkButton size="small" to={queue}>
          {t('reports.exemptions.toQueue')}
        </LinkButton>
      }
    >
      <Flex gap={32} wrap>
        <Statistic title={t('reports.exemptions.open')} value={exemptions.open} />
        <Statistic title={t('reports.exemptions.oldest')} value={exemptions.oldestRequestedAt ? formatDate(exemptions.oldestRequestedAt) : '–'} />
        <Statistic
          title={t('reports.exemptions.average')}
          value={exemptions.averageAgeDays === null ? '–' : t('reports.exemptions.averageDays', { days: exemptions.averageAgeDays })}
        />
        <Statistic title={t('reports.exemptions.days0to7')} value={exemptions.ageBuckets.days0to7} />
        <Statistic title={t('reports.exemptions.days8to30')} value={exemptions.ageBuckets.days8to30} />
        <Statistic title={t('reports.exemptions.over30')} value={exemptions.ageBuckets.over30} />
      </Flex>
    </Section>
  );
}

/** Complaints now: open, awaiting an answer, overdue, and the way to the overdue ones. */
export function ComplaintFigures({ complaints }: { complaints: ReportSummary['complaints'] }) {
  const { t } = useTranslation();
  const overdue = '/complaints?filters[0][field]=overdue&filters[0][operator]=eq&filters[0][value]=true';
  return (
    <Section
      compact
      title={t('reports.complaints')}
      actions={
        <LinkButton size="small" to={overdue}>
          {t('reports.complaints.toOverdue')}
        </LinkButton>
      }
    >
      <Flex gap={32} wrap>
        <Statistic title={t('reports.complaints.open')} value={complaints.open} />
        <Statistic title={t('reports.complaints.awaitingAnswer')} value={complaints.awaitingAnswer} />
        <Statistic title={t('reports.complaints.overdue')} value={complaints.overdue} />
      </Flex>
    </Section>
  );
}

/** Refused visits by the rule they broke. */
export function RefusalReasons({ title, reasons }: { title: string; reasons: ReportSummary['refusalReasons'] }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  return (
    <CountTable
      title={title}
      keyTitle={t('reports.col.reason')}
      rows={reasons.map((r) => ({ key: r.code ?? '', label: labels.reason(r.code), count: r.count }))}
    />
  );
}
