import { Button, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useGetIdentity, useShow } from '@refinedev/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { digitaliseringsstyrelsen } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDate } from '../../format';
import type { Staff } from '../../providers/authProvider';
import type { Complaint } from './types';
import '../../components/letter.css';

/**
 * The printable letter that forwards a complaint to Digitaliseringsstyrelsen, titled "Klage over NemID"
 * [seed], with what a complaint must state: name, phone and a description, and for MitID also the user ID,
 * the address, the attachments and any power of attorney [pub]. The page around it follows the UI language;
 * the letter itself is always Danish, as is its addressee.
 */
export function ComplaintLetter() {
  const { t, i18n } = useTranslation();
  const da = i18n.getFixedT('da');
  const { id } = useParams();
  const { result: complaint, query } = useShow<Complaint>({ resource: 'complaints', id });
  const { data: me } = useGetIdentity<Staff>();

  return (
    <div className="letter-page">
      <RecordPage
        query={query}
        failedTitle={t('complaints.show.failed')}
        title={t('complaints.letter.title')}
        actions={
          <>
            <LinkButton icon={<ArrowLeftOutlined />} to={`/complaints/${id}`}>
              {t('complaints.backToComplaint')}
            </LinkButton>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!complaint}>
              {t('complaints.letter.print')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph className="letter-screen-only">{t('complaints.letter.hint')}</Typography.Paragraph>
        {complaint && (
          <article className="letter" lang="da" aria-label={t('complaints.letter.region')}>
            <div className="letter-sender">
              {da('complaints.letter.sender')}
              <br />
              {da('complaints.letter.date', { date: formatDate(new Date()) })}
              <br />
              {da('complaints.letter.reference', { id: String(complaint.id) })}
            </div>
            <address>
              {digitaliseringsstyrelsen.address.map((line) => (
                <span key={line}>
                  {line}
                  <br />
                </span>
              ))}
            </address>
            <h2>{digitaliseringsstyrelsen.letterTitle}</h2>
            <p>
              {da('complaints.letter.intro', {
                date: formatDate(complaint.receivedAt),
                subject: da(`complaints.subject.${complaint.subject}`),
              })}
            </p>
            <dl>
              <dt>{da('complaints.fields.scheme')}</dt>
              <dd>{da(`complaints.scheme.${complaint.scheme}`)}</dd>
              <dt>{da('complaints.fields.complainantName')}</dt>
              <dd>{complaint.complainantName}</dd>
              <dt>{da('complaints.fields.complainantPhone')}</dt>
              <dd>{complaint.complainantPhone}</dd>
              {complaint.mitIdUserId && (
                <>
                  <dt>{da('complaints.fields.mitIdUserId')}</dt>
                  <dd>{complaint.mitIdUserId}</dd>
                </>
              )}
              {complaint.complainantAddress && (
                <>
                  <dt>{da('complaints.fields.complainantAddress')}</dt>
                  <dd>{complaint.complainantAddress}</dd>
                </>
              )}
              {complaint.filedOnBehalf && (
                <>
                  <dt>{da('complaints.fields.powerOfAttorney')}</dt>
                  <dd>
                    {da('complaints.letter.behalf', { name: complaint.onBehalfOfName ?? '' })}{' '}
                    {complaint.powerOfAttorney
                      ? da('complaints.letter.powerOfAttorney')
                      : da('complaints.letter.noPowerOfAttorney')}
                  </dd>
                </>
              )}
              <dt>{da('complaints.fields.description')}</dt>
              <dd>{complaint.description}</dd>
              <dt>{da('complaints.fields.attachments')}</dt>
              <dd>
                {complaint.attachments.length
                  ? complaint.attachments.map((a) => a.fileName).join('\n')
                  : da('complaints.letter.attachmentsNone')}
              </dd>
            </dl>
            <p>{da('complaints.letter.contact')}</p>
            <p>
              {da('complaints.letter.regards')}
              <br />
              {me?.displayName}
              <br />
              {da('complaints.letter.sender')}
            </p>
          </article>
        )}
      </RecordPage>
    </div>
  );
}
