import { useState, type ReactNode } from 'react';
import { Alert, Button, Descriptions, Flex, Table, Timeline, Typography } from 'antd';
import { CloseOutlined, KeyOutlined, PlayCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { CanAccess, useShow } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { codeKindFor, todayIso, type RuleViolation } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDate, formatDateTime } from '../../format';
import { messageOf } from '../../api/errors';
import { api } from '../../api/client';
import { IssueCodeDialog } from '../codes/IssueCodeDialog';
import { CitizenCard } from './CitizenCard';
import { useRuleText } from './ruleText';
import { useDocumentKinds } from './useDocumentKinds';
import { OutcomeTag } from './tags';
import type { Visit } from './types';

type HistoryEntry = Visit['history'][number];
type VisitDocument = Visit['documents'][number];

/** Notes and reasons keep the caseworker's line breaks. */
const preWrap = { whiteSpace: 'pre-wrap' } as const;

export function VisitShow() {
  const { t, i18n } = useTranslation();
  const ruleText = useRuleText();
  const { result: visit, query } = useShow<Visit>({ resource: 'visits' });
  const [issuing, setIssuing] = useState(false);
  const [aborting, setAborting] = useState(false);
  const [abortError, setAbortError] = useState<string | null>(null);
  const documentKinds = useDocumentKinds();

  const yesNo = (value: boolean | null | undefined) => (value ? t('common.yes') : t('common.no'));
  // [policy] A code only from a visit verified the same day; the server checks it again.
  const canIssue = visit?.outcome === 'verified' && visit.day === todayIso(new Date()) && codeKindFor(visit.service) !== null;

  /** A visit left open is aborted here, or resumed at the counter: never a dead end. */
  const abort = async () => {
    if (!visit) return;
    setAborting(true);
    setAbortError(null);
    try {
      await api.visits.abort.mutate({ id: visit.id });
    } catch (error) {
      setAbortError(t('visits.actions.failed', { message: messageOf(error) }));
    } finally {
      setAborting(false);
    }
  };
  const notRecorded = t('visits.show.notRecorded');

  const actionText = (entry: HistoryEntry): ReactNode => {
    const key = `audit.${entry.action}`;
    const action = i18n.exists(key) ? t(key as 'audit.visit.create') : entry.action;
    const details = (entry.details ?? {}) as { level?: string; brokenRules?: RuleViolation[] };
    if (entry.action === 'visit.complete' && details.level) {
      return `${action}, ${t('visits.history.level', { level: details.level })}`;
    }
    if (entry.action === 'visit.refuse' && details.brokenRules?.length && visit) {
      return (
        <>
          {action}
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {details.brokenRules.map((violation) => (
              <li key={`${violation.code} ${violation.path}`}>{ruleText(violation)}</li>
            ))}
          </ul>
        </>
      );
    }
    return action;
  };

  return (
    <RecordPage
      query={query}
      failedTitle={t('visits.show.failed')}
      title={visit ? t('visits.show.heading', { name: visit.citizen.name }) : t('app.loading')}
      documentTitle={t('visits.show.title')}
      actions={
        <>
          <LinkButton icon={<UnorderedListOutlined />} to="/visits">
            {t('actions.backToList')}
          </LinkButton>
          {visit?.outcome === 'open' && (
            <>
              <LinkButton type="primary" icon={<PlayCircleOutlined />} to={`/visits/new?visit=${visit.id}`}>
                {t('visits.actions.resume')}
              </LinkButton>
              <Button icon={<CloseOutlined />} loading={aborting} onClick={() => void abort()}>
                {t('visits.actions.abort')}
              </Button>
            </>
          )}
          {canIssue && (
            <CanAccess resource="codes" action="create">
              <Button type="primary" icon={<KeyOutlined />} onClick={() => setIssuing(true)}>
                {t('codes.issue.open')}
              </Button>
            </CanAccess>
          )}
        </>
      }
    >
      {abortError && <Alert type="error" role="alert" showIcon message={abortError} style={{ marginBottom: 16 }} />}
      {visit && (
        <Flex vertical gap={32}>
          <Descriptions
            bordered
            column={1}
            styles={{ label: { width: 240 } }}
            items={[
              { key: 'outcome', label: t('visits.fields.outcome'), children: <OutcomeTag status={visit.outcome} /> },
              { key: 'level', label: t('visits.fields.level'), children: visit.level ? t(`visits.level.${visit.level}`) : '–' },
              {
                key: 'targetLevel',
                label: t('visits.fields.targetLevel'),
                children: visit.targetLevel ? t(`visits.level.${visit.targetLevel}`) : notRecorded,
              },
              { key: 'service', label: t('visits.fields.service'), children: t(`visits.service.${visit.service}`) },
              { key: 'method', label: t('visits.fields.method'), children: visit.method ? t(`visits.method.${visit.method}`) : notRecorded },
              { key: 'inPerson', label: t('visits.fields.inPerson'), children: yesNo(visit.inPerson) },
              ...(visit.method === 'cprQuestions'
                ? [
                    {
                      key: 'cprQuestions',
                      label: t('visits.fields.cprQuestions'),
                      children: t('visits.show.cprQuestionsValue', {
                        asked: String(visit.cprQuestionsAsked ?? '–'),
                        correct: String(visit.cprQuestionsCorrect ?? '–'),
                      }),
                    },
                  ]
                : []),
              ...(visit.witness
                ? [
                    {
                      key: 'witness',
                      label: t('visits.fields.witness'),
                      children: (
                        <>
                          {visit.witness.name},{' '}
                          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{visit.witness.cprMasked}</span>
                          <br />
                          {visit.witnessMitIdSince && t('visits.show.witnessMitIdSince', { date: formatDate(visit.witnessMitIdSince) })}
                          {' · '}
                          {visit.witnessPhotoIdSeen ? t('visits.show.witnessPhotoId') : t('visits.show.witnessNoPhotoId')}
                          {visit.witnessCprDocumentSeen && `, ${t('visits.show.witnessCprDocument')}`}
                        </>
                      ),
                    },
                  ]
                : []),
              ...(visit.outcome === 'refused'
                ? [
                    {
                      key: 'refusalReason',
                      label: t('visits.fields.refusalReason'),
                      children: <Typography.Text style={preWrap}>{visit.refusalReason}</Typography.Text>,
                    },
                    {
                      key: 'brokenRules',
                      label: t('visits.fields.brokenRules'),
                      children: visit.brokenRules?.length ? (
                        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                          {visit.brokenRules.map((violation) => (
                            <li key={`${violation.code} ${violation.path}`}>{ruleText(violation)}</li>
                          ))}
                        </ul>
                      ) : (
                        '–'
                      ),
                    },
                  ]
                : []),
              {
                key: 'notes',
                label: t('visits.fields.notes'),
                children: visit.notes ? <Typography.Text style={preWrap}>{visit.notes}</Typography.Text> : t('common.notGiven'),
              },
              { key: 'caseworker', label: t('visits.fields.caseworker'), children: visit.caseworkerName ?? '–' },
              { key: 'startedAt', label: t('visits.fields.startedAt'), children: formatDateTime(visit.startedAt) },
              { key: 'closedAt', label: t('visits.fields.closedAt'), children: visit.closedAt ? formatDateTime(visit.closedAt) : '–' },
            ]}
          />

          <section aria-labelledby="visit-documents">
            <Typography.Title level={2} id="visit-documents" style={{ fontSize: 18 }}>
              {t('visits.show.documents')}
            </Typography.Title>
            <Table<VisitDocument>
              dataSource={visit.documents}
              rowKey={(_, index) => String(index)}
              pagination={false}
              size="small"
              aria-labelledby="visit-documents"
              locale={{ emptyText: t('visits.show.noDocuments') }}
              columns={[
                {
                  key: 'kind',
                  dataIndex: 'kind',
                  title: t('visits.fields.documentKind'),
                  render: (kind: string) => documentKinds.nameOf(kind),
                },
                {
                  key: 'expiresOn',
                  dataIndex: 'expiresOn',
                  title: t('visits.fields.expiresOn'),
                  render: (expiresOn: string | null) => (expiresOn ? formatDate(expiresOn) : '–'),
                },
                { key: 'temporary', dataIndex: 'temporary', title: t('visits.fields.temporary'), render: yesNo },
                { key: 'digitalCopy', dataIndex: 'digitalCopy', title: t('visits.fields.digitalCopy'), render: yesNo },
                { key: 'chipRead', dataIndex: 'chipRead', title: t('visits.fields.chipRead'), render: yesNo },
              ]}
            />
          </section>

          <section aria-labelledby="visit-citizen">
            <Typography.Title level={2} id="visit-citizen" style={{ fontSize: 18 }}>
              {t('visits.show.citizen')}
            </Typography.Title>
            <CitizenCard citizen={visit.citizen} offerCode={false} currentVisitId={visit.id} onChanged={() => void query.refetch()} />
          </section>

          <section aria-labelledby="visit-history">
            <Typography.Title level={2} id="visit-history" style={{ fontSize: 18 }}>
              {t('visits.show.history')}
            </Typography.Title>
            <Timeline
              items={visit.history.map((entry, index) => ({
                key: index,
                children: (
                  <>
                    <Typography.Text strong>
                      <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
                    </Typography.Text>{' '}
                    · {entry.staffName ?? '–'} · {actionText(entry)}
                  </>
                ),
              }))}
            />
          </section>
        </Flex>
      )}
      {visit && issuing && (
      <IssueCodeDialog
        visitId={visit.id}
        kind={codeKindFor(visit.service) ?? undefined}
        citizen={visit.citizen}
        onClose={() => setIssuing(false)}
      />
      )}
    </RecordPage>
  );
}
