import { useState } from 'react';
import { Alert, App, Button, Descriptions, Space, Timeline, Typography } from 'antd';
import { EditOutlined, KeyOutlined, StopOutlined, UndoOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNotification, useShow } from '@refinedev/core';
import { useMutation } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '@skranke/domain';
import { messageOf } from '../../api/errors';
import { trpc } from '../../api/client';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDateTime } from '../../format';
import { useAuditLabels } from '../../pages/audit/labels';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';
import { StaffStateTag } from './tags';
import type { StaffAccount, StaffHistoryEntry } from './types';

/** One account: who it is, its state, the admin's actions on it and everything done to it. */
export function StaffShow() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { modal } = App.useApp();
  const { open: notify } = useNotification();
  const { result: member, query } = useShow<StaffAccount>({ resource: 'staff', id });
  const [failure, setFailure] = useState<string | null>(null);
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  const onError = (error: unknown) => setFailure(messageOf(error));
  const deactivate = useMutation(trpc.staff.deactivate.mutationOptions({ onError }));
  const reactivate = useMutation(trpc.staff.reactivate.mutationOptions({ onError }));
  const resetPassword = useMutation(trpc.staff.resetPassword.mutationOptions({ onError }));

  /** Confirmed first: each of these logs the colleague out everywhere. */
  const confirm = (title: string, content: string, okText: string, act: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText,
      okButtonProps: { danger: true },
      cancelText: t('staff.actions.cancel'),
      onOk: async () => {
        setFailure(null);
        // A refusal is shown on the page (see onError); the dialog closes either way.
        await act().catch(() => null);
      },
    });

  const actions = member && (
    <>
      <LinkButton icon={<UnorderedListOutlined />} to="/staff">
        {t('actions.backToList')}
      </LinkButton>
      <LinkButton icon={<EditOutlined />} to={`/staff/${member.id}/edit`}>
        {t('actions.edit')}
      </LinkButton>
      <Button
        icon={<KeyOutlined />}
        onClick={() =>
          confirm(t('staff.reset.confirm', { name: member.displayName }), t('staff.reset.explain'), t('staff.reset.action'), async () => {
            const { oneTimePassword } = await resetPassword.mutateAsync({ id: member.id });
            setOneTimePassword(oneTimePassword);
          })
        }
      >
        {t('staff.reset.action')}
      </Button>
      {member.active ? (
        <Button
          danger
          icon={<StopOutlined />}
          onClick={() =>
            confirm(t('staff.deactivate.confirm', { name: member.displayName }), t('staff.deactivate.explain'), t('staff.deactivate.action'), async () => {
              await deactivate.mutateAsync({ id: member.id });
              notify?.({ type: 'success', message: t('staff.deactivate.done', { name: member.displayName }) });
            })
          }
        >
          {t('staff.deactivate.action')}
        </Button>
      ) : (
        <Button
          icon={<UndoOutlined />}
          onClick={async () => {
            setFailure(null);
            await reactivate.mutateAsync({ id: member.id }).catch(() => null);
          }}
          loading={reactivate.isPending}
        >
          {t('staff.reactivate.action')}
        </Button>
      )}
    </>
  );

  return (
    <RecordPage
      query={query}
      failedTitle={t('staff.show.failed')}
      title={member ? member.displayName : t('app.loading')}
      actions={actions}
    >
      {member && (
        <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
          {failure && <Alert type="error" role="alert" showIcon message={failure} closable onClose={() => setFailure(null)} />}
          <Descriptions
            bordered
            column={1}
            styles={{ label: { width: 240 } }}
            items={[
              { key: 'username', label: t('staff.fields.username'), children: member.username },
              { key: 'role', label: t('staff.fields.role'), children: t(`roles.${member.role}`) },
              { key: 'email', label: t('staff.fields.email'), children: member.email ?? t('common.notGiven') },
              { key: 'state', label: t('staff.fields.state'), children: <StaffStateTag active={member.active} /> },
              {
                key: 'password',
                label: t('staff.fields.password'),
                children: member.passwordChangeDue
                  ? t('staff.password.oneTimeUntil', { time: member.oneTimePasswordExpiresAt ? formatDateTime(member.oneTimePasswordExpiresAt) : '' })
                  : t('staff.password.chosen'),
              },
              { key: 'createdAt', label: t('staff.fields.createdAt'), children: formatDateTime(member.createdAt) },
            ]}
          />
          <section aria-labelledby="staff-history">
            <Typography.Title level={2} id="staff-history" style={{ fontSize: 18 }}>
              {t('staff.show.history')}
            </Typography.Title>
            <History entries={member.history} />
          </section>
        </Space>
      )}
      {member && oneTimePassword && (
        <OneTimePasswordDialog staffId={member.id} oneTimePassword={oneTimePassword} onClose={() => setOneTimePassword(null)} />
      )}
    </RecordPage>
  );
}

/** The account's fields a history entry names with before and after; state and password speak through the action. */
const describedFields = ['username', 'displayName', 'role', 'email'] as const;
type DescribedField = (typeof describedFields)[number];

/** What was done to the account, by whom, and for a change, each field before and after. */
function History({ entries }: { entries: StaffHistoryEntry[] }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const shown = (field: DescribedField, value: unknown) => {
    if (value === null || value === undefined || value === '') return t('common.notGiven');
    return field === 'role' ? t(`roles.${value as StaffRole}`) : String(value);
  };
  const changes = (entry: StaffHistoryEntry) => {
    const { before, after } = (entry.details ?? {}) as { before?: Record<string, unknown>; after?: Record<string, unknown> };
    const fields = describedFields.filter((field) => after && field in after);
    if (!after || fields.length === 0) return null;
    return (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {fields.map((field) => {
          const name = t(`staff.fields.${field}`);
          return (
            <li key={field}>
              {before && field in before
                ? t('staff.history.changed', { field: name, before: shown(field, before[field]), after: shown(field, after[field]) })
                : t('staff.history.set', { field: name, value: shown(field, after[field]) })}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <Timeline
      items={entries.map((entry, index) => ({
        key: index,
        children: (
          <>
            <Typography.Text strong>
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
            </Typography.Text>{' '}
            · {entry.staffName ?? '–'} · {labels.action(entry.action)}
            {changes(entry)}
          </>
        ),
      }))}
    />
  );
}
