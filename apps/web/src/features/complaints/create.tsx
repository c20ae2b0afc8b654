import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TComplaintInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { ComplaintForm } from './form';

export function ComplaintCreate() {
  const { t } = useTranslation();
  const { formProps, formLoading } = useForm<{ id: number }, HttpError, TComplaintInput>({
    resource: 'complaints',
    action: 'create',
    warnWhenUnsavedChanges: true,
    // To the complaint itself: the next steps (assigning, attachments, forwarding) are there.
    redirect: 'show',
  });

  return (
    <Page
      title={t('complaints.create.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/complaints">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      <ComplaintForm formProps={formProps} busy={formLoading} autoFocus creating />
    </Page>
  );
}
