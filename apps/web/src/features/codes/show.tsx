import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Typography } from 'antd';
import { EditOutlined, RollbackOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNotification, useShow } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { policy } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../format';
import { api, refresh, trpc } from '../../api/client';
import { CodeStatusTag } from './tags';
import type { Code } from './types';

type Dialog = 'revoke' | 'redeem';

const preWrap = { whiteSpace: 'pre-wrap' } as const;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;


/** A code's state and history. The code itself was shown once when it was issued and is never shown here. */
export function CodeShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { result: code, query } = useShow<Code>({ resource: 'codes', id });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const given = (value: ReactNode) => value || t('common.notGiven');
  const active = code?.status === 'issued';
  const heading = <h2 style={{ fontSize: 16, margin: 0 }}>{t('codes.fields.status')}</h2>;

  return (
    <RecordPage
      query={query}
      failedTitle={t('codes.show.failed')}
      title={code ? t('codes.show.heading', { name: code.citizenName }) : t('app.loading')}
      documentTitle={t('codes.show.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/codes">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      {code && (
        <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
          <Card title={heading} role="region" aria-label={t('codes.fields.status')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <div>
                <CodeStatusTag status={code.status} />
              </div>
              {active && (
                <Space wrap>
                  <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('redeem')}>
                    {t('codes.redeem.open')}
                  </Button>
                  <Button danger icon={<RollbackOutlined />} onClick={() => setDialog('revoke')}>
                    {t('codes.revoke.open')}
                  </Button>
                </Space>
              )}
            </Space>
          </Card>

          <Descriptions
            bordered
            column={1}
            styles={{ label: { width: 260 } }}
            items={[
              { key: 'id', label: t('codes.fields.id'), children: code.id },
              {
                key: 'citizen',
                label: t('codes.fields.citizen'),
                children: (
                  <Link to={`/citizens/${code.citizenId}`}>
                    {code.citizenName}, <span style={tabular}>{code.citizenCprMasked}</span>
                  </Link>
                ),
              },
              { key: 'kind', label: t('codes.fields.kind'), children: t(`codes.kind.${code.kind}`) },
              { key: 'status', label: t('codes.fields.status'), children: <CodeStatusTag status={code.status} /> },
              {
                key: 'visit',
                label: t('codes.fields.visit'),
                children: <Link to={`/visits/${code.visitId}`}>{t('codes.show.visitValue', { id: String(code.visitId) })}</Link>,
              },
              { key: 'issuedAt', label: t('codes.fields.issuedAt'), children: formatDateTime(code.issuedAt) },
              { key: 'issuedBy', label: t('codes.fields.issuedBy'), children: given(code.issuedByName) },
              { key: 'expiresAt', label: t('codes.fields.expiresAt'), children: formatDateTime(code.expiresAt) },
              {
                key: 'failedAttempts',
                label: t('codes.fields.failedAttempts'),
                children: t('codes.attempts', { count: code.failedAttempts, maximum: policy.codeMaxWrongEntries }),
              },
              ...(code.usedAt ? [{ key: 'usedAt', label: t('codes.fields.usedAt'), children: formatDateTime(code.usedAt) }] : []),
              ...(code.blockedAt ? [{ key: 'blockedAt', label: t('codes.fields.blockedAt'), children: formatDateTime(code.blockedAt) }] : []),
              ...(code.revokedAt
                ? [
                    { key: 'revokedAt', label: t('codes.fields.revokedAt'), children: formatDateTime(code.revokedAt) },
                    { key: 'revokedBy', label: t('codes.fields.revokedBy'), children: given(code.revokedByName) },
                    {
                      key: 'revocationCause',
                      label: t('codes.fields.revocationCause'),
                      children: code.revocationCause ? t(`codes.cause.${code.revocationCause}`) : t('common.notGiven'),
                    },
                    ...(code.revocationReason
                      ? [
                          {
                            key: 'revocationReason',
                            label: t('codes.fields.revocationReason'),
                            children: <Typography.Text style={preWrap}>{code.revocationReason}</Typography.Text>,
                          },
                        ]
                      : []),
                  ]
                : []),
            ]}
          />
        </Space>
      )}
      {code && dialog === 'revoke' && <RevokeDialog codeId={code.id} onClose={() => setDialog(null)} />}
      {code && dialog === 'redeem' && <RedeemDialog codeId={code.id} active={active} onClose={() => setDialog(null)} />}
    </RecordPage>
  );
}

/** Revoking needs a reason; a refusal from the server (the code is no longer active) is shown in the dialog. */
function RevokeDialog({ codeId, onClose }: { codeId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { open: notify } = useNotification();
  return (
    <ReasonDialog
      title={t('codes.revoke.title')}
      okText={t('codes.revoke.submit')}
      cancelText={t('codes.issue.cancel')}
      reasonLabel={t('codes.revoke.reason')}
      submit={({ reason }) => api.codes.revoke.mutate({ id: codeId, reason })}
      onDone={() => notify?.({ type: 'success', message: t('codes.revoke.done') })}
      onClose={onClose}
    />
  );
}

/**
 * The citizen types the code from their slip and the caseworker records it. A wrong code says how many tries
 * are left; the last wrong try blocks the code. The typed code lives in the form and, while the call runs, in
 * the mutation; `gcTime: 0` drops the mutation as soon as the dialog is gone.
 */
function RedeemDialog({ codeId, active, onClose }: { codeId: number; active: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const { open: notify } = useNotification();
  const redeem = useMutation(
    trpc.codes.redeem.mutationOptions({
      gcTime: 0,
      onSuccess: () => {
        notify?.({ type: 'success', message: t('codes.redeem.done') });
        onClose();
      },
      // A wrong try is counted (and may block the code): the page shows the new count and state behind the dialog.
      onError: () => void refresh('codes.redeem'),
    }),
  );
  return (
    <Modal
      open
      title={t('codes.redeem.title')}
      okText={t('codes.redeem.submit')}
      cancelText={active ? t('codes.issue.cancel') : t('codes.issue.close')}
      okButtonProps={{ loading: redeem.isPending, disabled: !active }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ code: '' }}
        onFinish={({ code }) => redeem.mutate({ id: codeId, code })}
        disabled={redeem.isPending || !active}
      >
        {redeem.error && (
          <Alert type={active ? 'warning' : 'error'} showIcon role="alert" message={redeem.error.message} style={{ marginBottom: 16 }} />
        )}
        {!active && !redeem.error && <Alert type="info" showIcon message={t('codes.redeem.noLonger')} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="code"
          label={t('codes.redeem.code')}
          extra={t('codes.redeem.hint')}
          required
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input
            autoFocus
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={64}
            style={{ fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace', fontSize: 18, textTransform: 'uppercase', maxWidth: 320 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
