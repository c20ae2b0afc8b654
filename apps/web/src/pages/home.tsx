import { useState } from 'react';
import { Alert, Col, Form, Row, Select, Spin, Typography } from 'antd';
import { useGetIdentity } from '@refinedev/core';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { formatDate } from '../format';
import { useColleagues } from '../hooks/useColleagues';
import type { Staff } from '../providers/authProvider';
import {
  ChartFigure,
  ComplaintFigures,
  ExemptionAges,
  KeyFigures,
  MethodBreakdown,
  RefusalReasons,
  outcomeSeries,
  useReportLabels,
  type ReportSummary,
} from './reports/figures';
import { useDashboard } from './reports/useReports';
import { Section } from '../components/Section';

const caseworkerSelectId = 'dashboard-caseworker';

/**
 * The home page: today and this week at the counter. Supervisors see everyone (or one caseworker they choose);
 * a caseworker sees their own figures. Admins do no counter work: they start at the staff accounts.
 */
export function HomePage() {
  const { data: staff, isLoading } = useGetIdentity<Staff>();
  if (isLoading || !staff) return <Spin />;
  if (staff.role === 'admin') return <Navigate to="/staff" replace />;
  return <Dashboard supervisor={staff.role === 'supervisor'} />;
}

function Dashboard({ supervisor }: { supervisor: boolean }) {
  const { t } = useTranslation();
  const [caseworkerId, setCaseworkerId] = useState<number | null>(null);
  const colleagues = useColleagues();
  const { data, error, isLoading } = useDashboard(supervisor ? caseworkerId : null);

  return (
    <Page
      title={t('dashboard.title')}
      actions={
        supervisor ? (
          <Form layout="inline">
            <Form.Item label={t('dashboard.caseworker')} htmlFor={caseworkerSelectId} style={{ margin: 0 }}>
              <Select<number | ''>
                id={caseworkerSelectId}
                showSearch
                optionFilterProp="label"
                value={caseworkerId ?? ''}
                onChange={(value) => setCaseworkerId(value === '' ? null : value)}
                options={[{ value: '', label: t('dashboard.everyone') }, ...colleagues.options]}
                style={{ width: 260 }}
              />
            </Form.Item>
          </Form>
        ) : (
          <Typography.Text type="secondary">{t('dashboard.own')}</Typography.Text>
        )
      }
    >
      {error && <Alert type="error" showIcon message={t('dashboard.failed')} description={error.message} style={{ marginBottom: 16 }} />}
      {isLoading && <Spin />}
      {data && (
        <>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Period name={t('dashboard.today')} summary={data.today} />
            </Col>
            <Col xs={24} xl={12}>
              <Period name={t('dashboard.week')} summary={data.week} />
            </Col>
          </Row>
          {/* States, not periods: the same today and this week. */}
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <ExemptionAges exemptions={data.today.exemptions} />
            </Col>
            <Col xs={24} xl={12}>
              <ComplaintFigures complaints={data.today.complaints} />
            </Col>
          </Row>
        </>
      )}
    </Page>
  );
}

/** One period's visits, codes and refusals. */
function Period({ name, summary }: { name: string; summary: ReportSummary }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { from, to } = summary.range;
  const range = from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  const heading = t('dashboard.periodLabel', { period: name, range });
  const byMethod = `${t('reports.byMethod')} · ${name}`;
  return (
    <section aria-label={heading}>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {heading}
      </Typography.Title>
      <Section title={`${t('reports.keyFigures')} · ${name}`} level={3} compact>
        <KeyFigures summary={summary} />
      </Section>
      <ChartFigure
        title={byMethod}
        headingLevel={3}
        data={outcomeSeries(summary.visits.byMethod, (r) => labels.method(r.method), labels.outcome)}
        table={<MethodBreakdown title={byMethod} rows={summary.visits.byMethod} />}
      />
      <Section title={`${t('reports.refusalReasons')} · ${name}`} level={3} compact>
        <RefusalReasons title={`${t('reports.refusalReasons')} · ${name}`} reasons={summary.refusalReasons} />
      </Section>
    </section>
  );
}
