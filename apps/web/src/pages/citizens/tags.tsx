import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Guardianship } from '@skranke/domain';

export function AddressStatusTag({ hasFixedAddress }: { hasFixedAddress: boolean }) {
  const { t } = useTranslation();
  return hasFixedAddress ? (
    <Tag>{t('citizens.addressStatus.fixed')}</Tag>
  ) : (
    <Tag color="magenta">{t('citizens.addressStatus.postalOnly')}</Tag>
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
