import { Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Guardianship } from '@skranke/domain';

/** Fixed or postal only, and [pub] whether the address is protected (then it shows nowhere but the citizen's own page). */
export function AddressStatusTag({ hasFixedAddress, addressProtected = false }: { hasFixedAddress: boolean; addressProtected?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {hasFixedAddress ? <Tag>{t('citizens.addressStatus.fixed')}</Tag> : <Tag color="magenta">{t('citizens.addressStatus.postalOnly')}</Tag>}
      {addressProtected && <Tag icon={<LockOutlined aria-hidden />}>{t('citizens.addressProtected.tag')}</Tag>}
    </>
  );
}

export function GuardianshipTag({ guardianship }: { guardianship: Guardianship }) {
  const { t } = useTranslation();
  return guardianship === 'none' ? (
    <>{t('citizens.guardianship.none')}</>
  ) : (
    <Tag color="purple">{t(`citizens.guardianship.${guardianship}`)}</Tag>
  );
}
