import { Alert } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TComplaintInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { ComplaintForm } from './form';
import type { Complaint } from './types';

export function ComplaintEdit() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { formProps, formLoading, query } = useForm<Complaint, HttpError, TComplaintInput>({
    resource: 'complaints',
    action: 'edit',
    id,
    warnWhenUnsavedChanges: true,
    redirect: 'show',
    // Not 'detail' (Refine's default adds it, even after a failed save): refetching the record resets the
    // form, which would throw away the caseworker's input and the error shown on the field.
    invalidates: ['list', 'many'],
  });

  return (
    <Page
      title={t('complaints.edit.title')}
      actions={
        <LinkButton icon={<ArrowLeftOutlined />} to={`/complaints/${id}`}>
          {t('complaints.backToComplaint')}
        </LinkButton>
      }
    >
      {query?.isError ? (
        <Alert type="error" showIcon message={query.error.message} />
      ) : (
        <ComplaintForm formProps={formProps} busy={formLoading} linkedCitizen={query?.data?.data.citizen} />
      )}
    </Page>
  );
}
