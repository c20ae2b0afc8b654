import type { ReactNode } from 'react';
import { Alert, Descriptions, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useShow } from '@refinedev/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { blockingHotlines } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { toDanishDate } from '../../forms/danishDate';
import { formatDateTime } from '../../format';
import { telHref } from '../codes/phone';
import { useBlockOptions } from './options';
import type { Block } from './types';

const preWrap = { whiteSpace: 'pre-wrap' } as const;

/** One blocking request as it was taken: what was suspected, when, who took it, the hotline and the police report. */
export function BlockShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const options = useBlockOptions();
  const { result: block, query } = useShow<Block>({ resource: 'blocks', id });

  if (query.isError) {
    return (
      <Page title={t('blocks.show.failed')}>
        <Alert type="error" showIcon message={query.error.message} />
      </Page>
    );
  }

  const given = (value: ReactNode) => value || t('common.notGiven');

  return (
    <Page
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
      <Spin spinning={query.isLoading}>
        {block && (
          <Descriptions
            bordered
            column={1}
            style={{ maxWidth: 900 }}
            styles={{ label: { width: 260 } }}
            items={[
              { key: 'id', label: t('blocks.fields.id'), children: block.id },
              {
                key: 'citizen',
                label: t('blocks.fields.citizen'),
                children: (
                  <Link to={`/citizens/${block.citizenId}`}>
                    {block.citizenName}, <span style={{ fontVariantNumeric: 'tabular-nums' }}>{block.citizenCprMasked}</span>
                  </Link>
                ),
              },
              { key: 'misuse', label: t('blocks.fields.misuse'), children: options.misuseLabel(block.misuse) },
              {
                key: 'description',
                label: t('blocks.fields.description'),
                children: <Typography.Text style={preWrap}>{block.description}</Typography.Text>,
              },
              { key: 'reportedOn', label: t('blocks.fields.reportedOn'), children: toDanishDate(block.reportedOn) },
              {
                key: 'hotline',
                label: t('blocks.fields.hotline'),
                children: <a href={telHref(blockingHotlines[block.hotline])}>{options.hotlineLabel(block.hotline)}</a>,
              },
              { key: 'policeReport', label: t('blocks.fields.policeReport'), children: options.policeReportLabel(block.policeReport) },
              { key: 'codesRevoked', label: t('blocks.fields.codesRevoked'), children: block.codesRevoked },
              {
                key: 'notes',
                label: t('blocks.fields.notes'),
                children: given(block.notes && <Typography.Text style={preWrap}>{block.notes}</Typography.Text>),
              },
              { key: 'createdAt', label: t('blocks.fields.createdAt'), children: formatDateTime(block.createdAt) },
              { key: 'createdBy', label: t('blocks.fields.createdBy'), children: given(block.createdByName) },
            ]}
          />
        )}
      </Spin>
    </Page>
  );
}
