import { useEffect, useRef } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Spin, Typography, type FormProps, type FormRule, type InputRef } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCitizenCard } from '../../hooks/useCitizenCard';
import { readAccessRights, todayIso, ZReadAccessInput, type TReadAccessInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { DateInput } from '../../forms/DateInput';
import { parseDanishDate } from '../../forms/danishDate';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';
import { trpc } from '../../api/client';
import { RadioGroup } from '../../forms/RadioGroup';

/** The form holds the end date as typed (dd.mm.åååå); it becomes an ISO date when sent. */
type FormValues = Omit<TReadAccessInput, 'endsOn'> & { endsOn: string };

const blank: Partial<FormValues> = { receiverCpr: '', receiverName: '', rights: 'read', endsOn: '', visitId: null, powerOfAttorney: false };

/** The giver's verified visits today: the identity the read access rests on, unless a power of attorney does. */
function useVerifiedVisitsToday(citizenId: number | undefined) {
  const day = todayIso(new Date());
  return useQuery(
    trpc.visits.list.queryOptions(
      citizenId
        ? {
            filters: [
              { field: 'citizenId', operator: 'eq', value: citizenId },
              { field: 'day', operator: 'eq', value: day },
              { field: 'outcome', operator: 'eq', value: 'verified' },
            ],
            sorters: [{ field: 'startedAt', order: 'desc' }],
            pagination: { currentPage: 1, pageSize: 20 },
          }
        : skipToken,
    ),
  );
}

/** A new read access for the citizen in `?citizen=<id>` (an id, never a CPR number). */
export function ReadAccessCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const citizenId = Number(params.get('citizen')) || undefined;
  const giver = useCitizenCard(citizenId ?? undefined);
  const visits = useVerifiedVisitsToday(citizenId);
  const rule = useZodRule<FormValues>(ZReadAccessInput);
  const { formProps, formLoading, form } = useForm<{ id: number }, HttpError, TReadAccessInput>({
    resource: 'readAccess',
    action: 'create',
    warnWhenUnsavedChanges: true,
    redirect: false,
    onMutationSuccess: () => navigate(`/citizens/${citizenId}`),
  });
  const settled = useFormSettled(formProps.initialValues);
  const nameInput = useRef<InputRef>(null);
  const busy = formLoading || giver.isLoading;
  const powerOfAttorney = Form.useWatch('powerOfAttorney', form) === true;


  const endsOnRule: FormRule = {
    validator: async (_, value: string) => {
      const parsed = parseDanishDate(value);
      if (parsed === null) throw new Error(t('validation.required'));
      if (parsed === 'invalid') throw new Error(t('validation.date'));
    },
  };

  const onFinish = (values: FormValues) => {
    const endsOn = parseDanishDate(values.endsOn);
    return formProps.onFinish?.({
      ...values,
      citizenId: citizenId!,
      endsOn: typeof endsOn === 'string' && endsOn !== 'invalid' ? endsOn : values.endsOn,
      visitId: values.powerOfAttorney ? null : (values.visitId ?? null),
    });
  };

  // Not the input's autoFocus: the field is still disabled when it mounts.
  const ready = settled && !busy;
  useEffect(() => {
    if (ready) nameInput.current?.focus();
  }, [ready]);

  const back = citizenId ? `/citizens/${citizenId}` : '/citizens';

  return (
    <Page
      title={t('readAccess.create.title')}
      actions={
        <LinkButton icon={<ArrowLeftOutlined />} to={back}>
          {t('readAccess.backToCitizen')}
        </LinkButton>
      }
    >
      {!citizenId ? (
        <Alert type="info" showIcon message={t('readAccess.form.needsCitizen')} />
      ) : (
        <Spin spinning={busy}>
          <Card style={{ maxWidth: 760 }}>
            {giver.data && (
              <Typography.Paragraph strong>
                {t('readAccess.form.giver', { name: giver.data.name, cpr: giver.data.cprMasked })}
              </Typography.Paragraph>
            )}
            <Form<FormValues>
              {...(formProps as unknown as FormProps<FormValues>)}
              initialValues={{ ...blank, citizenId }}
              layout="vertical"
              disabled={!ready}
              onFinish={onFinish}
            >
              <Form.Item name="citizenId" hidden>
                <Input />
              </Form.Item>
              <Form.Item name="receiverName" label={t('readAccess.fields.receiverName')} rules={[rule('receiverName')]} required>
                <Input ref={nameInput} autoComplete="off" />
              </Form.Item>
              <Form.Item name="receiverCpr" label={t('readAccess.fields.receiverCpr')} rules={[rule('receiverCpr')]} required>
                <Input autoComplete="off" inputMode="numeric" style={{ maxWidth: 200 }} />
              </Form.Item>
              <Form.Item name="rights" label={t('readAccess.fields.rights')} rules={[rule('rights')]} required>
                <RadioGroup
                  name="rights"
                  label={t('readAccess.fields.rights')}
                  options={readAccessRights.map((r) => ({ value: r, label: t(`readAccess.rights.${r}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="endsOn"
                label={t('readAccess.fields.endsOn')}
                extra={t('readAccess.fields.endsOnHint')}
                rules={[endsOnRule]}
                required
              >
                <DateInput style={{ maxWidth: 200 }} />
              </Form.Item>
              <Form.Item name="powerOfAttorney" valuePropName="checked">
                <Checkbox>{t('readAccess.fields.powerOfAttorney')}</Checkbox>
              </Form.Item>
              {!powerOfAttorney && (
                <Form.Item
                  name="visitId"
                  label={t('readAccess.fields.visitId')}
                  rules={[rule('visitId')]}
                  dependencies={['powerOfAttorney']}
                >
                  <Select<number | null>
                    allowClear
                    loading={visits.isLoading}
                    placeholder={t('readAccess.form.visitPlaceholder')}
                    notFoundContent={t('readAccess.form.noVisits')}
                    options={(visits.data?.data ?? []).map((v) => ({
                      value: v.id,
                      label: t('readAccess.form.visitOption', { id: String(v.id), service: t(`visits.service.${v.service}`) }),
                    }))}
                    style={{ maxWidth: 480 }}
                  />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={formLoading}>
                {t('buttons.save')}
              </Button>
            </Form>
          </Card>
        </Spin>
      )}
    </Page>
  );
}
