import type { ReactNode } from 'react';
import { Descriptions, Space, Typography } from 'antd';
import { EditOutlined, MailOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useShow } from '@refinedev/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDate, formatDateTime } from '../../format';
import type { MessageKey } from '@skranke/domain';
import { Attachments } from './show/Attachments';
import { CommentForm } from './show/CommentForm';
import { FollowUp } from './show/FollowUp';
import { ComplaintTimeline } from './show/Timeline';
import type { Complaint } from './types';
import { Section } from '../../components/Section';

/** Descriptions and the timeline keep the caseworker's line breaks. */
const preWrap = { whiteSpace: 'pre-wrap' } as const;


export function ComplaintShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { result: complaint, query } = useShow<Complaint>({ resource: 'complaints', id });

  return (
    <RecordPage
      query={query}
      failedTitle={t('complaints.show.failed')}
      title={complaint ? t('complaints.show.heading', { name: complaint.complainantName }) : t('app.loading')}
      // The heading names the complainant; the browser's history gets the number only.
      documentTitle={`${t('complaints.show.title')} ${id ?? ''}`}
      actions={
        <>
          <LinkButton icon={<UnorderedListOutlined />} to="/complaints">
            {t('actions.backToList')}
          </LinkButton>
          {complaint && (
            <>
              <LinkButton icon={<MailOutlined />} to={`/complaints/${complaint.id}/letter`}>
                {t('complaints.show.letter')}
              </LinkButton>
              <LinkButton type="primary" icon={<EditOutlined />} to={`/complaints/${complaint.id}/edit`}>
                {t('actions.edit')}
              </LinkButton>
            </>
          )}
        </>
      }
    >
      {complaint && (
        <>
          <Section title={t('complaints.show.followUp')}>
            <FollowUp complaint={complaint} />
          </Section>
          <Section title={t('complaints.show.details')}>
            <Details complaint={complaint} />
          </Section>
          <Section title={t('complaints.show.attachments')}>
            <Attachments complaintId={complaint.id} attachments={complaint.attachments} />
          </Section>
          <Section title={t('complaints.show.timeline')}>
            <Space direction="vertical" size="large" style={{ width: '100%' }}>
              <ComplaintTimeline events={complaint.timeline} />
              <CommentForm complaintId={complaint.id} />
            </Space>
          </Section>
        </>
      )}
    </RecordPage>
  );
}

function Details({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const item = (field: string, value: ReactNode) => ({
    key: field,
    label: t(`complaints.fields.${field}` as MessageKey),
    children: value,
  });
  const given = (value: ReactNode) => value || t('complaints.notGiven');
  const visit = complaint.citizen?.visits.recent.find((v) => v.id === complaint.visitId);

  return (
    <Descriptions
      bordered
      column={1}
      styles={{ label: { width: 200 } }}
      items={[
        item('id', complaint.id),
        item('receivedAt', formatDateTime(complaint.receivedAt)),
        item('channel', t(`complaints.channel.${complaint.channel}`)),
        item('subject', t(`complaints.subject.${complaint.subject}`)),
        item('scheme', t(`complaints.scheme.${complaint.scheme}`)),
        item('complainantName', complaint.complainantName),
        item('complainantPhone', complaint.complainantPhone),
        ...(complaint.scheme === 'mitId' || complaint.mitIdUserId ? [item('mitIdUserId', given(complaint.mitIdUserId))] : []),
        ...(complaint.scheme === 'mitId' || complaint.complainantAddress
          ? [item('complainantAddress', given(complaint.complainantAddress))]
          : []),
        item(
          'filedOnBehalf',
          complaint.filedOnBehalf ? t('complaints.show.filedOnBehalfOf', { name: complaint.onBehalfOfName ?? '' }) : t('common.no'),
        ),
        ...(complaint.filedOnBehalf
          ? [
              item(
                'powerOfAttorney',
                complaint.powerOfAttorney ? t('complaints.show.powerOfAttorneyYes') : t('complaints.show.powerOfAttorneyNo'),
              ),
            ]
          : []),
        item('description', <Typography.Text style={preWrap}>{complaint.description}</Typography.Text>),
        item(
          'citizenId',
          given(
            complaint.citizen && (
              <Link to={`/citizens/${complaint.citizen.id}`}>
                {t('complaints.show.citizenValue', { name: complaint.citizen.name, cpr: complaint.citizen.cprMasked })}
              </Link>
            ),
          ),
        ),
        item(
          'visitId',
          given(
            complaint.visitId && (
              <Link to={`/visits/${complaint.visitId}`}>
                {visit
                  ? t('complaints.show.visitValue', { date: formatDate(visit.day) })
                  : `${t('complaints.fields.id')} ${complaint.visitId}`}
              </Link>
            ),
          ),
        ),
        ...(complaint.forwardedVia ? [item('forwardedVia', t(`complaints.forwardedVia.${complaint.forwardedVia}`))] : []),
        ...(complaint.closedAt ? [item('closedAt', formatDateTime(complaint.closedAt))] : []),
        item('updatedAt', formatDateTime(complaint.updatedAt)),
      ]}
    />
  );
}
