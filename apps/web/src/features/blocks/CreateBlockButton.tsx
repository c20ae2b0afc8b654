import { StopOutlined } from '@ant-design/icons';
import { CanAccess } from '@refinedev/core';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';

/** Opens a blocking request for this citizen, for those allowed to make one. */
export function CreateBlockButton({ citizen, size }: { citizen: { id: number; name: string }; size?: ButtonProps['size'] }) {
  const { t } = useTranslation();
  return (
    <CanAccess resource="blocks" action="create">
      {/* The citizen's id, never the CPR number, in the address. */}
      <LinkButton
        size={size}
        danger
        icon={<StopOutlined />}
        to={`/blocks/create?citizenId=${citizen.id}`}
        aria-label={t('blocks.create.openNamed', { name: citizen.name })}
      >
        {t('blocks.create.open')}
      </LinkButton>
    </CanAccess>
  );
}
