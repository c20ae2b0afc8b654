import { Alert, Button, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useGetIdentity, useShow } from '@refinedev/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { policy } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDate } from '../../format';
import type { Staff } from '../../providers/authProvider';
import type { Exemption } from './types';
import '../../components/letter.css';

/**
 * The printable decision letter to the citizen: the decision, its reason and date, for a grant whether
 * unopened Digital Post is re-sent on paper, and how to complain, quoting the exemption's number. The page
 * around it follows the UI language; the letter itself is always Danish.
 */
export function ExemptionLetter() {
  const { t, i18n } = useTranslation();
  const da = i18n.getFixedT('da');
  const resend = { months: String(policy.exemptionResendMonths) };
  const { id } = useParams();
  const { result: exemption, query } = useShow<Exemption>({ resource: 'exemptions', id });
  const { data: me } = useGetIdentity<Staff>();

  const decided = exemption && exemption.status !== 'requested';
  const revoked = exemption?.status === 'revoked';
  const decisionDate = revoked ? exemption.revokedAt : exemption?.decidedAt;
  const reason = revoked ? exemption.revocationReason : exemption?.decisionReason;

  return (
    <div className="letter-page">
      <RecordPage
        query={query}
        failedTitle={t('exemptions.show.failed')}
        title={t('exemptions.letter.title')}
        actions={
          <>
            <LinkButton icon={<ArrowLeftOutlined />} to={`/exemptions/${id}`}>
              {t('exemptions.backToExemption')}
            </LinkButton>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!decided}>
              {t('exemptions.letter.print')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph className="letter-screen-only">{t('exemptions.letter.hint')}</Typography.Paragraph>
        {exemption && !decided && <Alert type="info" showIcon message={t('exemptions.letter.notDecided')} />}
        {exemption && decided && (
          <article className="letter" lang="da" aria-label={t('exemptions.letter.region')}>
            <div className="letter-sender">
              {da('exemptions.letter.sender')}
              <br />
              {da('exemptions.letter.date', { date: formatDate(new Date()) })}
              <br />
              {da('exemptions.letter.reference', { id: String(exemption.id) })}
            </div>
            <address>
              {exemption.citizen.name}
              <br />
              {da('exemptions.letter.cpr')}: {exemption.citizen.cprMasked}
            </address>
            <h2>{da('exemptions.letter.heading')}</h2>
            <p>{exemption.status === 'granted' ? da('exemptions.letter.granted') : revoked ? da('exemptions.letter.revoked') : da('exemptions.letter.refused')}</p>
            <dl>
              <dt>{da('exemptions.letter.citizen')}</dt>
              <dd>{exemption.citizen.name}</dd>
              <dt>{da('exemptions.letter.cpr')}</dt>
              <dd>{exemption.citizen.cprMasked}</dd>
              <dt>{da('exemptions.letter.decision')}</dt>
              <dd>{da(`exemption.status.${exemption.status}`)}</dd>
              <dt>{da('exemptions.letter.decidedOn')}</dt>
              <dd>{decisionDate ? formatDate(decisionDate) : ''}</dd>
              <dt>{da('exemptions.letter.reason')}</dt>
              <dd>{reason ?? ''}</dd>
            </dl>
            {exemption.status === 'granted' && (
              <p>{exemption.resendPaperPost ? da('exemptions.letter.resendYes', resend) : da('exemptions.letter.resendNo', resend)}</p>
            )}
            <h3>{da('exemptions.letter.complaintHeading')}</h3>
            <p>{da('exemptions.letter.complaint', { id: String(exemption.id), weeks: String(policy.exemptionComplaintWeeks) })}</p>
            <p>
              {da('exemptions.letter.regards')}
              <br />
              {me?.displayName}
              <br />
              {da('exemptions.letter.sender')}
            </p>
          </article>
        )}
      </RecordPage>
    </div>
  );
}
