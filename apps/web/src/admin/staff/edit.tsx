import { Alert } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TStaffCreate } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { StaffForm } from './form';
import type { StaffAccount } from './types';

export function StaffEdit() {
  const { t } = useTranslation();
  const { id } = useParams();
  // The read-only username goes along for the form's checks; the update's schema drops it.
  const { formProps, formLoading, query } = useForm<StaffAccount, HttpError, TStaffCreate>({
    resource: 'staff',
    action: 'edit',
    redirect: 'show',
    warnWhenUnsavedChanges: true,
    // Not 'detail': refetching the record resets the form and loses the admin's input beside a refusal.
    invalidates: ['list', 'many'],
  });

  return (
    <Page
      title={t('staff.edit.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to={`/staff/${id}`}>
          {t('staff.backToMember')}
        </LinkButton>
      }
    >
      {query?.isError ? (
        <Alert type="error" showIcon message={query.error.message} />
      ) : (
        <StaffForm formProps={formProps} busy={formLoading} usernameFixed />
      )}
    </Page>
  );
}
