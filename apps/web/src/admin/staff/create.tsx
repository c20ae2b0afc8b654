import { useState } from 'react';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TStaffCreate } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { StaffForm } from './form';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';

type Created = { id: number; oneTimePassword: string };

/** A new account; its one-time password is shown once, then the admin lands on the new colleague's page. */
export function StaffCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [created, setCreated] = useState<Created | null>(null);
  const { formProps, formLoading } = useForm<Created, HttpError, TStaffCreate>({
    resource: 'staff',
    action: 'create',
    redirect: false,
    warnWhenUnsavedChanges: true,
    onMutationSuccess: ({ data }) => setCreated(data),
  });

  return (
    <Page
      title={t('staff.create.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/staff">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      <StaffForm formProps={formProps} busy={formLoading} />
      {created && (
        <OneTimePasswordDialog
          staffId={created.id}
          oneTimePassword={created.oneTimePassword}
          onClose={() => void navigate(`/staff/${created.id}`)}
        />
      )}
    </Page>
  );
}
