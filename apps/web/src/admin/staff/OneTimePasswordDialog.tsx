import { Button, Modal, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../api/client';
import { formatDateTime } from '../../format';
import '../../components/letter.css';

type OneTimePasswordDialogProps = { staffId: number; oneTimePassword: string; onClose: () => void };

/**
 * The one time a one-time password is shown: as a slip for the new or reset colleague, printed alone (the code
 * slip's print rules) or read out. Closing it is final; the server keeps only the hash.
 */
export function OneTimePasswordDialog({ staffId, oneTimePassword, onClose }: OneTimePasswordDialogProps) {
  const { t } = useTranslation();
  const { data: member } = useQuery(trpc.staff.get.queryOptions({ id: staffId }));

  return (
    <Modal
      open
      title={t('staff.oneTimePassword.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('staff.oneTimePassword.print')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('staff.oneTimePassword.done')}
        </Button>,
      ]}
    >
      <p className="slip-screen-only">{t('staff.oneTimePassword.shownOnce')}</p>
      <Spin spinning={!member}>
        <article className="code-slip" aria-label={t('staff.oneTimePassword.slip')}>
          <h2>{t('staff.oneTimePassword.heading')}</h2>
          <dl>
            <dt>{t('staff.fields.displayName')}</dt>
            <dd>{member?.displayName}</dd>
            <dt>{t('staff.fields.username')}</dt>
            <dd>{member?.username}</dd>
          </dl>
          <p className="code-slip-label">{t('staff.oneTimePassword.label')}</p>
          <p className="code-slip-code">{oneTimePassword}</p>
          {member?.oneTimePasswordExpiresAt && (
            <dl>
              <dt>{t('staff.oneTimePassword.expires')}</dt>
              <dd className="code-slip-tabular">{formatDateTime(member.oneTimePasswordExpiresAt)}</dd>
            </dl>
          )}
          <p>{t('staff.oneTimePassword.instructions', { address: window.location.origin })}</p>
        </article>
      </Spin>
    </Modal>
  );
}
