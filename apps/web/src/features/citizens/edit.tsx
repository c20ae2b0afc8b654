import { Alert } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { TCitizenInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { CitizenForm } from './form';
import type { Citizen } from './types';

export function CitizenEdit() {
  const { t } = useTranslation();
  const { formProps, formLoading, query } = useForm<Citizen, HttpError, TCitizenInput>({
    resource: 'citizens',
    action: 'edit',
    warnWhenUnsavedChanges: true,
    // Not 'detail' (Refine's default adds it, even after a failed save): refetching the record resets the
    // form, which would throw away the caseworker's input and the error shown on the field.
    invalidates: ['list', 'many'],
  });

  return (
    <Page
      title={t('citizens.edit.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/citizens">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      {query?.isError ? (
        <Alert type="error" showIcon message={query.error.message} />
      ) : (
        <CitizenForm formProps={formProps} busy={formLoading} />
      )}
    </Page>
  );
}
