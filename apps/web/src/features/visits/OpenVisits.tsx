import { useState } from 'react';
import { Alert, Button, Flex, Space } from 'antd';
import { CloseOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { formatDateTime } from '../../format';
import { messageOf } from '../../api/errors';
import { api } from '../../api/client';
import type { CitizenCardData } from './types';

type OpenVisitsProps = {
  visits: CitizenCardData['visits']['open'];
  /** After one is aborted, so the card can be read again. */
  onAborted: () => void;
};

/**
 * Visits of the citizen still open (a page closed, a browser crashed): each one resumed where it stopped or
 * aborted, so an open visit is never a dead end.
 */
export function OpenVisits({ visits, onAborted }: OpenVisitsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (visits.length === 0) return null;

  const abort = async (id: number) => {
    setBusy(id);
    setError(null);
    try {
      await api.visits.abort.mutate({ id });
      onAborted();
    } catch (caught) {
      setError(t('visits.actions.failed', { message: messageOf(caught) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Alert
      type="warning"
      role="none"
      showIcon
      style={{ marginBottom: 12 }}
      message={t('visits.card.openVisitsWarning', { count: visits.length })}
      description={
        <Flex vertical gap={8}>
          {visits.map((visit) => {
            const what = { service: t(`visits.service.${visit.service}`), time: formatDateTime(visit.startedAt) };
            return (
              <Flex key={visit.id} gap={12} align="center" wrap>
                <span>{t('visits.card.openVisit', what)}</span>
                <Space>
                  <LinkButton size="small" icon={<PlayCircleOutlined />} to={`/visits/new?visit=${visit.id}`} aria-label={t('visits.card.resumeNamed', what)}>
                    {t('visits.card.resume')}
                  </LinkButton>
                  <Button
                    size="small"
                    icon={<CloseOutlined />}
                    loading={busy === visit.id}
                    onClick={() => void abort(visit.id)}
                    aria-label={t('visits.card.abortNamed', what)}
                  >
                    {t('visits.card.abort')}
                  </Button>
                </Space>
              </Flex>
            );
          })}
          {error && <Alert type="error" role="alert" showIcon message={error} />}
        </Flex>
      }
    />
  );
}
