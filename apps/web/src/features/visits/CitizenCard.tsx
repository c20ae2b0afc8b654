import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { CanAccess } from '@refinedev/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { policy, todayIso } from '@skranke/domain';
import { formatDate, formatDateTime } from '../../format';
import { BlockBanner } from '../blocks/BlockBanner';
import { CreateBlockButton } from '../blocks/CreateBlockButton';
import { AddressStatusTag, GuardianshipTag } from '../citizens/tags';
import { IssueCodeDialog } from '../codes/IssueCodeDialog';
import { CodeStatusTag } from '../codes/tags';
import { ExemptionStatusTag } from '../exemptions/tags';
import { ReadAccessStatusTag } from '../readAccess/tags';
import { OpenVisits } from './OpenVisits';
import { OutcomeTag } from './tags';
import type { CitizenCardData } from './types';

type CitizenCardProps = {
  citizen: CitizenCardData;
  /** The heading level of the citizen's name, under the section it sits in. */
  headingLevel?: 2 | 3;
  /** Offer a code from the citizen's latest visit verified today; off where the page offers it itself. */
  offerCode?: boolean;
  /** The visit being served here, left out of the open visits to resume. */
  currentVisitId?: number | null;
  /** The card changed (an open visit aborted): read it again. */
  onChanged?: () => void;
};

/** What the counter needs to know of the citizen in front of it, the CPR number masked. */
export function CitizenCard({ citizen, headingLevel = 3, offerCode = true, currentVisitId = null, onChanged = () => undefined }: CitizenCardProps) {
  const { t } = useTranslation();
  const { recent } = citizen.visits;
  const open = citizen.visits.open.filter((visit) => visit.id !== currentVisitId);
  const tabular = { fontVariantNumeric: 'tabular-nums' } as const;
  const [issuing, setIssuing] = useState(false);
  // [policy] A code only from a visit verified the same day: the newest such visit, if any.
  const today = todayIso(new Date());
  const verifiedToday = offerCode ? recent.find((visit) => visit.outcome === 'verified' && visit.day === today) : undefined;

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={headingLevel} style={{ fontSize: 16, margin: 0 }}>
          {citizen.name}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          {verifiedToday && (
            <CanAccess resource="codes" action="create">
              <Button size="small" icon={<KeyOutlined />} onClick={() => setIssuing(true)}>
                {t('codes.issue.open')}
              </Button>
            </CanAccess>
          )}
          <CreateBlockButton citizen={citizen} size="small" />
        </Space>
      }
    >
      {citizen.latestBlock && <BlockBanner block={citizen.latestBlock} />}
      <OpenVisits visits={open} onAborted={onChanged} />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'cpr', label: t('citizens.fields.cpr'), children: <span style={tabular}>{citizen.cprMasked}</span> },
          {
            key: 'age',
            label: t('citizens.fields.age'),
            children:
              citizen.age === null ? (
                t('common.notGiven')
              ) : (
                <Flex gap={8} wrap>
                  {t('citizens.age', { count: citizen.age })}
                  {citizen.age < policy.mitIdMinimumAge && (
                    <Tag color="red">{t('visits.card.underAge', { minimum: String(policy.mitIdMinimumAge) })}</Tag>
                  )}
                </Flex>
              ),
          },
          {
            key: 'address',
            label: t('citizens.fields.addressStatus'),
            children: (
              <Flex gap={8} wrap>
                <AddressStatusTag hasFixedAddress={citizen.hasFixedAddress} addressProtected={citizen.addressProtected} />
                {!citizen.hasFixedAddress &&
                  (citizen.hasPostalAddress ? t('visits.card.postalAddress') : <Tag color="red">{t('visits.card.noPostalAddress')}</Tag>)}
              </Flex>
            ),
          },
          {
            key: 'guardianship',
            label: t('citizens.fields.guardianship'),
            children: (
              <Flex gap={8} wrap>
                <GuardianshipTag guardianship={citizen.guardianship} />
                {citizen.guardianship === 'guardianship' && citizen.guardianName}
              </Flex>
            ),
          },
          {
            key: 'exemption',
            label: t('visits.card.digitalPost'),
            children: citizen.exemption ? (
              <Link to={`/exemptions/${citizen.exemption.id}`}>
                <ExemptionStatusTag status={citizen.exemption.status} />
              </Link>
            ) : (
              t('visits.card.noExemption')
            ),
          },
          {
            key: 'readAccesses',
            label: t('visits.card.readAccesses'),
            children: citizen.readAccesses.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {citizen.readAccesses.map((access) => (
                  <li key={access.id}>
                    {access.receiverName} ({access.receiverCprMasked}) <ReadAccessStatusTag status={access.status} />
                  </li>
                ))}
              </ul>
            ) : (
              t('visits.card.none')
            ),
          },
          {
            key: 'codes',
            label: t('codes.section'),
            children: citizen.codes.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {citizen.codes.map((code) => (
                  <li key={code.id}>
                    <Link to={`/codes/${code.id}`}>
                      {formatDateTime(code.issuedAt)} · {t(`codes.kind.${code.kind}`)}
                    </Link>{' '}
                    <CodeStatusTag status={code.status} />
                  </li>
                ))}
              </ul>
            ) : (
              t('visits.card.none')
            ),
          },
          {
            key: 'recent',
            label: t('visits.card.recent'),
            children: recent.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {recent.map((visit) => (
                  <li key={visit.id}>
                    <Link to={`/visits/${visit.id}`}>
                      {formatDate(visit.day)} · {t(`visits.service.${visit.service}`)}
                    </Link>{' '}
                    <OutcomeTag status={visit.outcome} />
                    {visit.level && t(`visits.level.${visit.level}`)}
                  </li>
                ))}
              </ul>
            ) : (
              t('visits.card.none')
            ),
          },
        ]}
      />
      {issuing && verifiedToday && (
        <IssueCodeDialog visitId={verifiedToday.id} citizen={citizen} onClose={() => setIssuing(false)} />
      )}
    </Card>
  );
}
