import { useEffect, useMemo, useRef } from 'react';
import { Button, Card, Checkbox, Form, Input, Select, Spin, type InputRef } from 'antd';
import { SaveOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCitizenCard } from '../../hooks/useCitizenCard';
import { exemptionCapacities, ZExemptionInput, type TExemptionInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';
import { currentLocale } from '../../i18n';
import { trpc } from '../../api/client';
import { CitizenSelect, type LinkedCitizen } from '../../forms/CitizenSelect';
import { RadioGroup } from '../../forms/RadioGroup';

const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 8px' } as const;
const legendStyle = { fontSize: 16, fontWeight: 600, marginBottom: 12, border: 0 } as const;

/** Unchecked boxes and no ground, so the schema's own rules (ID, declaration) speak. */
const blankExemption: Partial<TExemptionInput> = {
  capacity: 'self',
  applicantName: '',
  idSeen: false,
  declarationReceived: false,
  groundId: null,
  notes: '',
};

/**
 * Intake of a request for exemption from Digital Post. `?citizen=<id>` (an id, never a CPR number) presets
 * the citizen, as the citizen's page links here.
 */
export function ExemptionCreate() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const presetId = Number(params.get('citizen')) || undefined;
  const preset = useCitizenCard(presetId);
  const presetCitizen = preset.data;
  const linked = useMemo<LinkedCitizen | null>(
    () => (presetCitizen ? { id: presetCitizen.id, name: presetCitizen.name, cprMasked: presetCitizen.cprMasked } : null),
    [presetCitizen],
  );

  const { formProps, formLoading, form } = useForm<{ id: number }, HttpError, TExemptionInput>({
    resource: 'exemptions',
    action: 'create',
    warnWhenUnsavedChanges: true,
    redirect: 'show',
  });
  const rule = useZodRule<TExemptionInput>(ZExemptionInput);
  const capacity = Form.useWatch('capacity', form);
  const settled = useFormSettled(formProps.initialValues);
  const groundsQuery = useQuery(trpc.exemptions.grounds.queryOptions());
  const en = currentLocale() === 'en';
  const groundOptions = [
    { value: 0, label: t('exemptions.form.groundNone') },
    ...(groundsQuery.data ?? []).map((g) => ({ value: g.id, label: en ? g.labelEn : g.labelDa })),
  ];
  const capacityOptions = exemptionCapacities.map((c) => ({ value: c, label: t(`exemptions.capacity.${c}`) }));
  const applicantInput = useRef<InputRef>(null);

  useEffect(() => {
    if (settled && presetId) form.setFieldValue('citizenId', presetId);
  }, [settled, presetId, form]);

  const busy = formLoading || (Boolean(presetId) && preset.isLoading);

  return (
    <Page
      title={t('exemptions.create.title')}
      actions={
        <LinkButton icon={<UnorderedListOutlined />} to="/exemptions">
          {t('actions.backToList')}
        </LinkButton>
      }
    >
      <Spin spinning={busy}>
        <Card style={{ maxWidth: 760 }}>
          <Form<TExemptionInput>
            {...formProps}
            initialValues={blankExemption}
            layout="vertical"
            disabled={busy || !settled}
            onFinish={(values) =>
              formProps.onFinish?.({ ...values, groundId: values.groundId || null, applicantName: values.capacity === 'self' ? '' : values.applicantName })
            }
          >
            <fieldset style={fieldsetStyle}>
              <legend style={legendStyle}>{t('exemptions.form.applicant')}</legend>
              <Form.Item name="citizenId" label={t('exemptions.fields.citizenId')} rules={[rule('citizenId')]} required>
                <CitizenSelect initial={linked} />
              </Form.Item>
              <Form.Item name="capacity" label={t('exemptions.fields.capacity')} rules={[rule('capacity')]} required>
                <RadioGroup name="capacity" label={t('exemptions.fields.capacity')} options={capacityOptions} />
              </Form.Item>
              {capacity && capacity !== 'self' && (
                <Form.Item
                  name="applicantName"
                  label={t('exemptions.fields.applicantName')}
                  rules={[rule('applicantName')]}
                  dependencies={['capacity']}
                  required
                >
                  <Input ref={applicantInput} autoComplete="off" />
                </Form.Item>
              )}
              <Form.Item name="idSeen" valuePropName="checked" rules={[rule('idSeen')]}>
                <Checkbox>{t('exemptions.fields.idSeen')}</Checkbox>
              </Form.Item>
              <Form.Item name="declarationReceived" valuePropName="checked" rules={[rule('declarationReceived')]} dependencies={['capacity']}>
                <Checkbox>{t('exemptions.fields.declarationReceived')}</Checkbox>
              </Form.Item>
            </fieldset>
            <fieldset style={fieldsetStyle}>
              <legend style={legendStyle}>{t('exemptions.form.request')}</legend>
              <Form.Item name="groundId" label={t('exemptions.fields.groundId')} extra={t('exemptions.form.groundHint')}>
                <Select<number> options={groundOptions} loading={groundsQuery.isLoading} style={{ maxWidth: 480 }} />
              </Form.Item>
              <Form.Item name="notes" label={t('exemptions.fields.notes')} rules={[rule('notes')]}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
              </Form.Item>
            </fieldset>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={formLoading}>
              {t('buttons.save')}
            </Button>
          </Form>
        </Card>
      </Spin>
    </Page>
  );
}
