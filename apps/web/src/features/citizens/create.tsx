import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TCitizenInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { CitizenForm } from './form';
import type { CitizenListItem } from './types';

export function CitizenCreate() {
  const { t } = useTranslation();
  const { formProps, formLoading } = useForm<CitizenListItem, HttpError, TCitizenInput>({
    resource: 'citizens',
    action: 'create',
    warnWhenUnsavedChanges: true,
  });

  return (
    <Page
      title={t('citizens.create.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/citizens">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      <CitizenForm formProps={formProps} busy={formLoading} autoFocus />
    </Page>
  );
}
