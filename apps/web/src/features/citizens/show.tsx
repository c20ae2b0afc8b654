import type { ReactNode } from 'react';
import { Descriptions, Typography } from 'antd';
import { EditOutlined, MailOutlined, PlusCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { CanAccess, useShow } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { RecordPage } from '../../components/RecordPage';
import { formatDate, formatDateTime } from '../../format';
import { ReadAccessSection } from '../readAccess/section';
import { LatestBlockBanner } from '../blocks/BlockBanner';
import { CreateBlockButton } from '../blocks/CreateBlockButton';
import { CitizenCodes } from '../codes/CitizenCodes';
import { CitizenReads } from '../../pages/audit/CitizenReads';
import { AddressStatusTag, GuardianshipTag } from './tags';
import type { Citizen } from './types';

type Field =
  | 'cpr' | 'birthDate' | 'age' | 'isSubstituteCpr' | 'name' | 'addressStatus' | 'address' | 'postalAddress'
  | 'phone' | 'email' | 'guardianship' | 'guardianName' | 'notes' | 'createdAt' | 'updatedAt';

/** Notes keep the caseworker's line breaks. */
const preWrap = { whiteSpace: 'pre-wrap' } as const;

export function CitizenShow() {
  const { t } = useTranslation();
  const { result: citizen, query } = useShow<Citizen>({ resource: 'citizens' });

  const item = (field: Field, value: ReactNode) => ({
    key: field,
    label: t(`citizens.fields.${field}`),
    children: value,
  });
  const given = (value: ReactNode) => value || t('common.notGiven');

  return (
    <RecordPage
      query={query}
      failedTitle={t('citizens.show.failed')}
      title={citizen?.name ?? t('app.loading')}
      documentTitle={t('citizens.show.title')}
      actions={
        <>
          <LinkButton icon={<UnorderedListOutlined />} to="/citizens">
            {t('actions.backToList')}
          </LinkButton>
          {citizen && (
            <CanAccess resource="audit" action="list">
              <CitizenReads citizenId={citizen.id} name={citizen.name} />
            </CanAccess>
          )}
          {citizen && (
            <LinkButton icon={<EditOutlined />} to={`/citizens/${citizen.id}/edit`}>
              {t('actions.edit')}
            </LinkButton>
          )}
          {citizen && (
            // The citizen's id, never the CPR number, in the address.
            <LinkButton icon={<MailOutlined />} to={`/exemptions/create?citizen=${citizen.id}`}>
              {t('exemptions.fromCitizen')}
            </LinkButton>
          )}
          {citizen && <CreateBlockButton citizen={citizen} />}
          {citizen && (
            // The citizen's id, not their CPR number, goes into the address.
            <LinkButton type="primary" icon={<PlusCircleOutlined />} to={`/visits/new?citizen=${citizen.id}`}>
              {t('citizens.show.newVisit')}
            </LinkButton>
          )}
        </>
      }
    >
      {citizen && <LatestBlockBanner citizenId={citizen.id} />}
      {citizen && (
        <Descriptions
          bordered
          column={1}
          styles={{ label: { width: 240 } }}
          items={[
            item('cpr', <span style={{ fontVariantNumeric: 'tabular-nums' }}>{citizen.cpr}</span>),
            item('birthDate', given(citizen.birthDate && formatDate(citizen.birthDate))),
            item('age', given(citizen.age !== null && t('citizens.age', { count: citizen.age }))),
            item('isSubstituteCpr', citizen.isSubstituteCpr ? t('common.yes') : t('common.no')),
            item('name', citizen.name),
            item('addressStatus', <AddressStatusTag hasFixedAddress={citizen.hasFixedAddress} addressProtected={citizen.addressProtected} />),
            item('address', given(citizen.address)),
            item('postalAddress', given(citizen.postalAddress)),
            item('phone', given(citizen.phone)),
            item('email', given(citizen.email)),
            item('guardianship', <GuardianshipTag guardianship={citizen.guardianship} />),
            ...(citizen.guardianship === 'guardianship' ? [item('guardianName', given(citizen.guardianName))] : []),
            item('notes', given(citizen.notes && <Typography.Text style={preWrap}>{citizen.notes}</Typography.Text>)),
            item('createdAt', formatDateTime(citizen.createdAt)),
            item('updatedAt', formatDateTime(citizen.updatedAt)),
          ]}
        />
      )}
      {citizen && <CitizenCodes citizenId={citizen.id} />}
      {citizen && <ReadAccessSection citizenId={citizen.id} />}
    </RecordPage>
  );
}
