import { useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Spin, Typography, type FormProps, type FormRule } from 'antd';
import { ArrowLeftOutlined, PhoneOutlined, SaveOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { blockingHotlines, todayIso, ZBlockInput, type TBlockInput } from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { DateInput } from '../../forms/DateInput';
import { parseDanishDate, toDanishDate } from '../../forms/danishDate';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';
import { useCitizenCard } from '../../hooks/useCitizenCard';
import { CitizenSelect, type LinkedCitizen } from '../complaints/links';
import { RadioGroup } from '../complaints/RadioGroup';
import { telHref } from '../codes/phone';
import { useBlockOptions } from './options';

/** The form holds the report date as typed (dd-mm-åååå); it becomes an ISO date when sent. */
type FormValues = Omit<TBlockInput, 'reportedOn' | 'hotlineCalled'> & { reportedOn: string; hotlineCalled: boolean };

const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 8px' } as const;
const legendStyle = { fontSize: 16, fontWeight: 600, marginBottom: 12, border: 0 } as const;
const hotlineStyle = { fontSize: 20, fontWeight: 600, fontVariantNumeric: 'tabular-nums' } as const;

/**
 * A blocking request (spærring) for the citizen in `?citizenId=<id>` (an id, never a CPR number). [seed] The
 * credential must be blocked at once: the hotline's numbers come first, and saving needs the caseworker to
 * confirm the call was made. Saving revokes the citizen's active codes in the same step.
 */
export function BlockCreate() {
  const { t } = useTranslation();
  const options = useBlockOptions();
  const [params] = useSearchParams();
  const presetId = Number(params.get('citizenId')) || undefined;
  const preset = useCitizenCard(presetId);
  const presetCitizen = preset.data;
  const linked = useMemo<LinkedCitizen | null>(
    () => (presetCitizen ? { id: presetCitizen.id, name: presetCitizen.name, cprMasked: presetCitizen.cprMasked } : null),
    [presetCitizen],
  );

  const { formProps, formLoading } = useForm<{ id: number; codesRevoked: number }, HttpError, TBlockInput>({
    resource: 'blocks',
    action: 'create',
    warnWhenUnsavedChanges: true,
    redirect: 'show',
    successNotification: (data) => ({
      type: 'success',
      message: t('blocks.create.done', { count: data?.data.codesRevoked ?? 0 }),
    }),
  });
  const rule = useZodRule<FormValues>(ZBlockInput);
  const settled = useFormSettled(formProps.initialValues);
  const busy = formLoading || (Boolean(presetId) && preset.isLoading);
  const today = todayIso(new Date());

  const reportedOnRule: FormRule = {
    validator: async (_, value: string) => {
      const parsed = parseDanishDate(value);
      if (parsed === null) throw new Error(t('validation.required'));
      if (parsed === 'invalid') throw new Error(t('validation.date'));
      if (parsed > todayIso(new Date())) throw new Error(t('block.reportedInFuture'));
    },
  };

  const onFinish = (values: FormValues) => {
    const reportedOn = parseDanishDate(values.reportedOn);
    return formProps.onFinish?.({
      ...values,
      citizenId: presetId ?? values.citizenId,
      reportedOn: typeof reportedOn === 'string' && reportedOn !== 'invalid' ? reportedOn : values.reportedOn,
      notes: values.notes ?? '',
    } as TBlockInput);
  };

  const blank: Partial<FormValues> = {
    citizenId: presetId,
    misuse: undefined,
    description: '',
    reportedOn: toDanishDate(today),
    hotline: 'citizen',
    hotlineCalled: false,
    policeReport: undefined,
    notes: '',
  };

  return (
    <Page
      title={t('blocks.create.title')}
      actions={
        presetId ? (
          <LinkButton icon={<ArrowLeftOutlined />} to={`/citizens/${presetId}`}>
            {t('blocks.backToCitizen')}
          </LinkButton>
        ) : (
          <LinkButton icon={<UnorderedListOutlined />} to="/blocks">
            {t('actions.backToList')}
          </LinkButton>
        )
      }
    >
      <Alert
        type="warning"
        showIcon
        icon={<PhoneOutlined />}
        role="none"
        style={{ maxWidth: 760, marginBottom: 16 }}
        message={<strong>{t('blocks.form.callNow')}</strong>}
        description={
          <>
            <Flex gap={32} wrap style={{ margin: '4px 0 8px' }}>
              <span>
                {t('blocks.form.callCitizen')}:{' '}
                <a href={telHref(blockingHotlines.citizen)} style={hotlineStyle}>
                  {blockingHotlines.citizen}
                </a>
              </span>
              <span>
                {t('blocks.form.callBusiness')}:{' '}
                <a href={telHref(blockingHotlines.business)} style={hotlineStyle}>
                  {blockingHotlines.business}
                </a>
              </span>
            </Flex>
            {t('blocks.form.callHint')}
          </>
        }
      />
      <Spin spinning={busy}>
        <Card style={{ maxWidth: 760 }}>
          {presetCitizen && (
            <Typography.Paragraph strong>
              {t('blocks.fields.citizen')}: {presetCitizen.name}, <span style={{ fontVariantNumeric: 'tabular-nums' }}>{presetCitizen.cprMasked}</span>
            </Typography.Paragraph>
          )}
          <Form<FormValues>
            {...(formProps as unknown as FormProps<FormValues>)}
            initialValues={blank}
            layout="vertical"
            disabled={busy || !settled}
            onFinish={onFinish}
          >
            {presetId ? (
              <Form.Item name="citizenId" hidden>
                <Input />
              </Form.Item>
            ) : (
              <Form.Item name="citizenId" label={t('blocks.fields.citizenId')} rules={[rule('citizenId')]} required>
                <CitizenSelect initial={linked} />
              </Form.Item>
            )}
            <fieldset style={fieldsetStyle}>
              <legend style={legendStyle}>{t('blocks.form.suspicion')}</legend>
              <Form.Item name="misuse" label={t('blocks.fields.misuse')} rules={[rule('misuse')]} required>
                <RadioGroup name="misuse" label={t('blocks.fields.misuse')} options={options.misuse} />
              </Form.Item>
              <Form.Item name="description" label={t('blocks.fields.description')} rules={[rule('description')]} required>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
              </Form.Item>
              <Form.Item
                name="reportedOn"
                label={t('blocks.fields.reportedOn')}
                extra={t('blocks.fields.reportedOnHint')}
                rules={[reportedOnRule]}
                required
              >
                <DateInput />
              </Form.Item>
            </fieldset>
            <fieldset style={fieldsetStyle}>
              <legend style={legendStyle}>{t('blocks.form.handling')}</legend>
              <Form.Item name="hotline" label={t('blocks.fields.hotline')} rules={[rule('hotline')]} required>
                <RadioGroup name="hotline" label={t('blocks.fields.hotline')} options={options.hotlines} />
              </Form.Item>
              <Form.Item name="hotlineCalled" valuePropName="checked" rules={[rule('hotlineCalled')]}>
                <Checkbox>{t('blocks.fields.hotlineCalled')}</Checkbox>
              </Form.Item>
              <Form.Item name="policeReport" label={t('blocks.fields.policeReport')} rules={[rule('policeReport')]} required>
                <RadioGroup name="policeReport" label={t('blocks.fields.policeReport')} options={options.policeReport} />
              </Form.Item>
              <Form.Item name="notes" label={t('blocks.form.notes')} rules={[rule('notes')]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </fieldset>
            <Button type="primary" danger htmlType="submit" icon={<SaveOutlined />} loading={formLoading}>
              {t('blocks.form.submit')}
            </Button>
          </Form>
        </Card>
      </Spin>
    </Page>
  );
}
