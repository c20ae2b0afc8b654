import { useRef, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Flex, List, Space, Typography } from 'antd';
import { ArrowLeftOutlined, LoginOutlined, UnlockOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNotification, useShow } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { blockRoutePhones, levelAtLeast, reopenLevel } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';

import { formatDate, formatDateTime } from '../../format';
import { trpc } from '../../api/client';
import { telHref } from '../codes/phone';
import { useBlockOptions } from './options';
import { BlockStatusTag } from './tags';
import type { Block } from './types';

const preWrap = { whiteSpace: 'pre-wrap' } as const;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * One blocking request as it was taken: the credential and the level it had, the route it was blocked by, what
 * was suspected, who took it and the police report; for a MitID, how it is reopened or was.
 */
export function BlockShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const options = useBlockOptions();
  const { result: block, query } = useShow<Block>({ resource: 'blocks', id });

  const given = (value: ReactNode) => value || t('common.notGiven');
  const phone = block ? blockRoutePhones[block.route] : undefined;

  return (
    <RecordPage
      query={query}
      failedTitle={t('blocks.show.failed')}
      title={block ? t('blocks.show.heading', { name: block.citizenName }) : t('app.loading')}
      documentTitle={t('blocks.show.title')}
      actions={
        <>
          <LinkButton icon={<UnorderedListOutlined />} to="/blocks">
            {t('actions.backToList')}
          </LinkButton>
          {block && (
            <LinkButton icon={<ArrowLeftOutlined />} to={`/citizens/${block.citizenId}`}>
              {t('blocks.backToCitizen')}
            </LinkButton>
          )}
        </>
      }
    >
      {block && (
        <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
          {block.credential === 'mitId' && <ReopenSection block={block} />}
          <Descriptions
            bordered
            column={1}
            styles={{ label: { width: 260 } }}
            items={[
              { key: 'id', label: t('blocks.fields.id'), children: block.id },
              {
                key: 'citizen',
                label: t('blocks.fields.citizen'),
                children: (
                  <Link to={`/citizens/${block.citizenId}`}>
                    {block.citizenName}, <span style={tabular}>{block.citizenCprMasked}</span>
                  </Link>
                ),
              },
              { key: 'status', label: t('blocks.fields.status'), children: <BlockStatusTag status={block.status} /> },
              { key: 'credential', label: t('blocks.fields.credential'), children: options.credentialLabel(block.credential) },
              ...(block.credential === 'mitId'
                ? [
                    {
                      key: 'credentialLevel',
                      label: t('blocks.fields.credentialLevel'),
                      children: block.credentialLevel ? t(`visits.level.${block.credentialLevel}`) : t('common.notGiven'),
                    },
                  ]
                : []),
              {
                key: 'route',
                label: t('blocks.fields.route'),
                children: phone ? (
                  <>
                    {options.routeName(block.route)}:{' '}
                    <a href={telHref(phone)} style={tabular}>
                      {phone}
                    </a>
                  </>
                ) : (
                  options.routeName(block.route)
                ),
              },
              { key: 'misuse', label: t('blocks.fields.misuse'), children: options.misuseLabel(block.misuse) },
              {
                key: 'description',
                label: t('blocks.fields.description'),
                children: <Typography.Text style={preWrap}>{block.description}</Typography.Text>,
              },
              { key: 'reportedOn', label: t('blocks.fields.reportedOn'), children: formatDate(block.reportedOn) },
              { key: 'policeReport', label: t('blocks.fields.policeReport'), children: options.policeReportLabel(block.policeReport) },
              { key: 'codesRevoked', label: t('blocks.fields.codesRevoked'), children: block.codesRevoked },
              {
                key: 'notes',
                label: t('blocks.fields.notes'),
                children: given(block.notes && <Typography.Text style={preWrap}>{block.notes}</Typography.Text>),
              },
              { key: 'createdAt', label: t('blocks.fields.createdAt'), children: formatDateTime(block.createdAt) },
              { key: 'createdBy', label: t('blocks.fields.createdBy'), children: given(block.createdByName) },
              ...(block.reopenedAt
                ? [
                    { key: 'reopenedAt', label: t('blocks.fields.reopenedAt'), children: formatDateTime(block.reopenedAt) },
                    { key: 'reopenedBy', label: t('blocks.fields.reopenedBy'), children: given(block.reopenedByName) },
                    {
                      key: 'reopenVisit',
                      label: t('blocks.fields.reopenVisit'),
                      children: block.reopenVisitId ? (
                        <Link to={`/visits/${block.reopenVisitId}`}>{t('blocks.reopen.visit', { id: String(block.reopenVisitId) })}</Link>
                      ) : (
                        t('common.notGiven')
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Space>
      )}
    </RecordPage>
  );
}

/**
 * [pub, eIDAS] A blocked MitID is reopened from a new identity verification at the counter, at the level it had:
 * one button per visit of the citizen verified today after the block, or the way to start that visit. The server
 * judges the visit again; its refusal is shown here.
 */
function ReopenSection({ block }: { block: Block }) {
  const { t } = useTranslation();
  const { open: notify } = useNotification();
  const result = useRef<HTMLDivElement>(null);
  const required = reopenLevel(block);
  // Refused because another caseworker reopened it meanwhile: the refresh shows the block as it is now.
  const reopen = useMutation(
    trpc.blocks.reopen.mutationOptions({
      onSuccess: () => {
        notify?.({ type: 'success', message: t('blocks.reopen.done') });
        // The buttons are gone: the focus goes to what happened instead of to the page's start.
        result.current?.focus();
      },
    }),
  );
  const heading = <h2 style={{ fontSize: 16, margin: 0 }}>{t('blocks.reopen.title')}</h2>;

  return (
    <Card title={heading} role="region" aria-label={t('blocks.reopen.title')}>
      <div ref={result} tabIndex={-1} style={{ outline: 'none' }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <div>
            <BlockStatusTag status={block.status} />
          </div>
          {reopen.error && <Alert type="error" showIcon role="alert" message={reopen.error.message} />}
          {block.status === 'reopened' ? (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('blocks.reopen.reopened', { time: block.reopenedAt ? formatDateTime(block.reopenedAt) : '', name: block.reopenedByName ?? t('common.notGiven') })}{' '}
              {/* Underlined: within a sentence, colour alone does not tell a link from its text. */}
              {block.reopenVisitId && (
                <Link to={`/visits/${block.reopenVisitId}`} style={{ textDecoration: 'underline' }}>
                  {t('blocks.reopen.visit', { id: String(block.reopenVisitId) })}
                </Link>
              )}
            </Typography.Paragraph>
          ) : (
            <>
              <Typography.Paragraph style={{ margin: 0 }}>{t('blocks.reopen.needs', { level: t(`visits.level.${required}`) })}</Typography.Paragraph>
              {block.reopenCandidates.length > 0 ? (
                <List
                  header={t('blocks.reopen.candidates')}
                  bordered
                  dataSource={block.reopenCandidates}
                  renderItem={(visit) => {
                    const label = t('blocks.reopen.candidate', {
                      id: String(visit.id),
                      service: t(`visits.service.${visit.service}`),
                      level: visit.level ? t(`visits.level.${visit.level}`) : t('common.notGiven'),
                    });
                    return (
                      <List.Item>
                        <Flex justify="space-between" align="center" gap="middle" wrap style={{ width: '100%' }}>
                          <span>
                            <Link to={`/visits/${visit.id}`}>{label}</Link>
                            {!levelAtLeast(visit.level, required) && (
                              <Typography.Text type="danger"> ({t('blocks.reopen.belowLevel', { required: t(`visits.level.${required}`) })})</Typography.Text>
                            )}
                          </span>
                          <Button
                            type="primary"
                            icon={<UnlockOutlined />}
                            loading={reopen.isPending && reopen.variables?.visitId === visit.id}
                            disabled={reopen.isPending}
                            onClick={() => reopen.mutate({ id: block.id, visitId: visit.id })}
                            aria-label={t('blocks.reopen.submitNamed', { id: String(visit.id) })}
                          >
                            {t('blocks.reopen.submit')}
                          </Button>
                        </Flex>
                      </List.Item>
                    );
                  }}
                />
              ) : (
                <>
                  <Typography.Paragraph style={{ margin: 0 }}>{t('blocks.reopen.none')}</Typography.Paragraph>
                  <div>
                    {/* The citizen's id, never the CPR number, in the address. */}
                    <LinkButton type="primary" icon={<LoginOutlined />} to={`/visits/new?citizen=${block.citizenId}`}>
                      {t('blocks.reopen.startVisit')}
                    </LinkButton>
                  </div>
                </>
              )}
            </>
          )}
        </Space>
      </div>
    </Card>
  );
}
