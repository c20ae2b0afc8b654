import { useState, type ReactNode } from 'react';
import { Button, Card, Checkbox, Descriptions, Form, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, FileTextOutlined, RollbackOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useGetIdentity, useNotification, useShow } from '@refinedev/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canMoveExemption, policy, type ExemptionStatus } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import type { Staff } from '../../providers/authProvider';
import { api } from '../../api/client';
import { ExemptionStatusTag } from './tags';
import type { Exemption } from './types';

type Decision = 'granted' | 'refused' | 'revoked';
type DecisionValues = { reason: string; resendPaperPost: boolean };

const preWrap = { whiteSpace: 'pre-wrap' } as const;

export function ExemptionShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { result: exemption, query } = useShow<Exemption>({ resource: 'exemptions', id });
  const { data: me } = useGetIdentity<Staff>();
  const [deciding, setDeciding] = useState<Decision | null>(null);

  const given = (value: ReactNode) => value || t('common.notGiven');
  const supervisor = me?.role === 'supervisor';
  const can = (to: ExemptionStatus) => Boolean(exemption && supervisor && canMoveExemption(exemption.status, to));
  const en = currentLocale() === 'en';

  return (
    <RecordPage
      query={query}
      failedTitle={t('exemptions.show.failed')}
      title={exemption ? t('exemptions.show.heading', { name: exemption.citizen.name }) : t('app.loading')}
      documentTitle={t('exemptions.show.title')}
      actions={
        <>
          <LinkButton icon={<UnorderedListOutlined />} to="/exemptions">
            {t('actions.backToList')}
          </LinkButton>
          {exemption && exemption.status !== 'requested' && (
            <LinkButton icon={<FileTextOutlined />} to={`/exemptions/${exemption.id}/letter`}>
              {t('exemptions.show.letter')}
            </LinkButton>
          )}
        </>
      }
    >
      {exemption && (
        <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('exemptions.show.decision')}</h2>} role="region" aria-label={t('exemptions.show.decision')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <div>
                <ExemptionStatusTag status={exemption.status} />
              </div>
              {exemption.status === 'requested' && <Typography.Text>{t('exemptions.show.noDecisionYet')}</Typography.Text>}
              {(can('granted') || can('refused') || can('revoked')) && (
                <Space wrap>
                  {can('granted') && (
                    <Button type="primary" icon={<CheckOutlined />} onClick={() => setDeciding('granted')}>
                      {t('exemptions.decide.grant')}
                    </Button>
                  )}
                  {can('refused') && (
                    <Button danger icon={<CloseOutlined />} onClick={() => setDeciding('refused')}>
                      {t('exemptions.decide.refuse')}
                    </Button>
                  )}
                  {can('revoked') && (
                    <Button danger icon={<RollbackOutlined />} onClick={() => setDeciding('revoked')}>
                      {t('exemptions.decide.revoke')}
                    </Button>
                  )}
                </Space>
              )}
            </Space>
          </Card>

          <Descriptions
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('exemptions.show.details')}</h2>}
            bordered
            column={1}
            styles={{ label: { width: 260 } }}
            items={[
              { key: 'id', label: t('exemptions.fields.id'), children: exemption.id },
              { key: 'status', label: t('exemptions.fields.status'), children: <ExemptionStatusTag status={exemption.status} /> },
              { key: 'capacity', label: t('exemptions.fields.capacity'), children: t(`exemptions.capacity.${exemption.capacity}`) },
              ...(exemption.capacity !== 'self'
                ? [{ key: 'applicantName', label: t('exemptions.fields.applicantName'), children: given(exemption.applicantName) }]
                : []),
              { key: 'idSeen', label: t('exemptions.fields.idSeen'), children: exemption.idSeen ? t('common.yes') : t('common.no') },
              {
                key: 'declarationReceived',
                label: t('exemptions.fields.declarationReceived'),
                children: exemption.declarationReceived ? t('common.yes') : t('common.no'),
              },
              {
                key: 'ground',
                label: t('exemptions.fields.ground'),
                children: exemption.ground ? (en ? exemption.ground.labelEn : exemption.ground.labelDa) : t('exemptions.form.groundNone'),
              },
              { key: 'notes', label: t('exemptions.fields.notes'), children: given(exemption.notes && <span style={preWrap}>{exemption.notes}</span>) },
              { key: 'requestedAt', label: t('exemptions.fields.requestedAt'), children: formatDateTime(exemption.requestedAt) },
              { key: 'requestedBy', label: t('exemptions.fields.requestedBy'), children: given(exemption.requestedByName) },
              ...(exemption.decidedAt
                ? [
                    { key: 'decidedAt', label: t('exemptions.fields.decidedAt'), children: formatDateTime(exemption.decidedAt) },
                    { key: 'decidedBy', label: t('exemptions.fields.decidedBy'), children: given(exemption.decidedByName) },
                    {
                      key: 'decisionReason',
                      label: t('exemptions.fields.decisionReason'),
                      children: given(exemption.decisionReason && <span style={preWrap}>{exemption.decisionReason}</span>),
                    },
                  ]
                : []),
              ...(exemption.status === 'granted' || exemption.status === 'revoked'
                ? [
                    {
                      key: 'resendPaperPost',
                      label: t('exemptions.fields.resendPaperPost'),
                      children: exemption.resendPaperPost ? t('common.yes') : t('common.no'),
                    },
                  ]
                : []),
              ...(exemption.revokedAt
                ? [
                    { key: 'revokedAt', label: t('exemptions.fields.revokedAt'), children: formatDateTime(exemption.revokedAt) },
                    { key: 'revokedBy', label: t('exemptions.fields.revokedBy'), children: given(exemption.revokedByName) },
                    {
                      key: 'revocationReason',
                      label: t('exemptions.fields.revocationReason'),
                      children: given(exemption.revocationReason && <span style={preWrap}>{exemption.revocationReason}</span>),
                    },
                  ]
                : []),
            ]}
          />

          <Descriptions
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('exemptions.show.citizen')}</h2>}
            bordered
            column={1}
            styles={{ label: { width: 260 } }}
            items={[
              {
                key: 'citizen',
                label: t('exemptions.fields.citizen'),
                children: (
                  <Link to={`/citizens/${exemption.citizen.id}`}>
                    {t('exemptions.show.citizenValue', { name: exemption.citizen.name, cpr: exemption.citizen.cprMasked })}
                  </Link>
                ),
              },
              {
                key: 'age',
                label: t('exemptions.fields.age'),
                children: given(exemption.citizen.age !== null && t('exemptions.show.years', { count: exemption.citizen.age })),
              },
              {
                key: 'address',
                label: t('exemptions.fields.address'),
                children: exemption.citizen.hasFixedAddress ? t('exemptions.show.fixedAddress') : t('exemptions.show.noFixedAddress'),
              },
            ]}
          />
        </Space>
      )}
      {exemption && deciding && (
      <DecisionDialog exemptionId={exemption.id} decision={deciding} onClose={() => setDeciding(null)} />
      )}
    </RecordPage>
  );
}

/** The decision (or revocation) with its required reason; a refusal from the server is shown in the dialog. */
function DecisionDialog({ exemptionId, decision, onClose }: { exemptionId: number; decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const { open: notify } = useNotification();
  const title = {
    granted: t('exemptions.decide.grantTitle'),
    refused: t('exemptions.decide.refuseTitle'),
    revoked: t('exemptions.decide.revokeTitle'),
  }[decision];
  const okText = {
    granted: t('exemptions.decide.grant'),
    refused: t('exemptions.decide.refuse'),
    revoked: t('exemptions.decide.revoke'),
  }[decision];
  const resend = (
    <Form.Item name="resendPaperPost" valuePropName="checked">
      <Checkbox>{t('exemptions.decide.resend', { months: String(policy.exemptionResendMonths) })}</Checkbox>
    </Form.Item>
  );

  return (
    <ReasonDialog<DecisionValues>
      title={title}
      okText={okText}
      cancelText={t('exemptions.decide.cancel')}
      reasonLabel={t('exemptions.decide.reason')}
      danger={decision !== 'granted'}
      extra={{ fields: decision === 'granted' && resend, initialValues: { resendPaperPost: false } }}
      submit={({ reason, resendPaperPost }) =>
        decision === 'revoked'
          ? api.exemptions.revoke.mutate({ id: exemptionId, reason })
          : api.exemptions.decide.mutate({ id: exemptionId, decision, reason, resendPaperPost })
      }
      onDone={() => notify?.({ type: 'success', message: t('exemptions.decide.done', { status: t(`exemptions.status.${decision}`) }) })}
      onClose={onClose}
    />
  );
}
