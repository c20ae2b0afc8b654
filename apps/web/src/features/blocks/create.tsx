import { useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Spin, Typography, type FormInstance, type FormProps, type FormRule } from 'antd';
import { ArrowLeftOutlined, PhoneOutlined, SaveOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useForm } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  assuranceLevels,
  blockRoutePhones,
  blockRoutesFor,
  policy,
  todayIso,
  ZBlockInput,
  type BlockCredential,
  type BlockRoute,
  type TBlockInput,
} from '@skranke/domain';
import { LinkButton } from '../../components/LinkButton';
import { Page } from '../../components/Page';
import { DateInput } from '../../forms/DateInput';
import { parseDanishDate } from '../../forms/danishDate';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';
import { useCitizenCard } from '../../hooks/useCitizenCard';
import { CitizenSelect, type LinkedCitizen } from '../../forms/CitizenSelect';
import { RadioGroup } from '../../forms/RadioGroup';
import { telHref } from '../codes/phone';
import { useBlockOptions } from './options';
import { formatDate } from '../../format';

/** The form holds the report date as typed (dd.mm.åååå) and the confirmation as a plain checkbox. */
type FormValues = Omit<TBlockInput, 'reportedOn' | 'blockConfirmed'> & { reportedOn: string; blockConfirmed: boolean };

const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 8px' } as const;
const legendStyle = { fontSize: 16, fontWeight: 600, marginBottom: 12, border: 0 } as const;
const phoneStyle = { fontSize: 20, fontWeight: 600, fontVariantNumeric: 'tabular-nums' } as const;

/** The values as the API takes them: the typed date as an ISO date when it is one. */
function toInput(values: Partial<FormValues>): Partial<TBlockInput> {
  const reportedOn = parseDanishDate(values.reportedOn ?? '');
  return { ...values, reportedOn: typeof reportedOn === 'string' && reportedOn !== 'invalid' ? reportedOn : values.reportedOn } as Partial<TBlockInput>;
}

/**
 * The schema the server validates with, over the form's values as they will be sent: so the rules that span
 * fields (the level a MitID had) are judged on the request, not on the typed date.
 */
const formSchema = { safeParse: (values: unknown) => ZBlockInput.safeParse(toInput(values as Partial<FormValues>)) };

/**
 * A blocking request (spærring) for the citizen in `?citizenId=<id>` (an id, never a CPR number). [seed] The
 * credential must be blocked at once: the routes for the chosen credential come first, and saving needs the
 * caseworker to confirm it was blocked by the chosen one. NemID was shut down [seed]: choosing it says so and
 * offers no route. Saving revokes the citizen's active codes in the same step.
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
  const form = formProps.form as unknown as FormInstance<FormValues>;
  const rule = useZodRule<FormValues>(formSchema);
  const settled = useFormSettled(formProps.initialValues);
  const busy = formLoading || (Boolean(presetId) && preset.isLoading);
  const today = todayIso(new Date());

  const credential: BlockCredential = Form.useWatch('credential', form) ?? 'mitId';
  const routes = blockRoutesFor(credential, today, policy);
  const nothingToBlock = routes.length === 0;

  const reportedOnRule: FormRule = {
    validator: async (_, value: string) => {
      const parsed = parseDanishDate(value);
      if (parsed === null) throw new Error(t('validation.required'));
      if (parsed === 'invalid') throw new Error(t('validation.date'));
      if (parsed > todayIso(new Date())) throw new Error(t('block.reportedInFuture'));
    },
  };

  const onFinish = (values: FormValues) =>
    formProps.onFinish?.({
      ...toInput(values),
      citizenId: presetId ?? values.citizenId,
      notes: values.notes ?? '',
    } as TBlockInput);

  // A route chosen for the other credential would not block this one.
  const onValuesChange: FormProps<FormValues>['onValuesChange'] = (changed, all) => {
    if ('credential' in changed) form.setFieldsValue({ route: undefined, blockConfirmed: false });
    // Refine's own handler keeps the warning about unsaved changes.
    (formProps.onValuesChange as FormProps<FormValues>['onValuesChange'])?.(changed, all);
  };

  const blank: Partial<FormValues> = {
    citizenId: presetId,
    credential: 'mitId',
    route: undefined,
    credentialLevel: 'BETYDELIG',
    blockConfirmed: false,
    misuse: undefined,
    description: '',
    reportedOn: formatDate(today),
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
            onValuesChange={onValuesChange}
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
              <legend style={legendStyle}>{t('blocks.form.credential')}</legend>
              <Form.Item name="credential" label={t('blocks.fields.credential')} rules={[rule('credential')]} required>
                <RadioGroup name="credential" label={t('blocks.fields.credential')} options={options.credentials} />
              </Form.Item>
              {nothingToBlock ? (
                // Said the moment NemID is chosen (a live alert), not only when the server refuses the request.
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 24 }}
                  message={<strong>{t('blocks.form.nemIdClosedTitle')}</strong>}
                  description={t('blocks.form.nemIdClosed', { date: formatDate(policy.nemIdShutdown) })}
                />
              ) : (
                <>
                  <RoutesAlert routes={routes} />
                  <Form.Item name="route" label={t('blocks.fields.route')} rules={[rule('route')]} required>
                    <RadioGroup name="route" label={t('blocks.fields.route')} options={options.routeOptions(routes)} />
                  </Form.Item>
                  {credential === 'mitId' && (
                    <Form.Item
                      name="credentialLevel"
                      label={t('blocks.fields.credentialLevel')}
                      extra={t('blocks.fields.credentialLevelHint')}
                      rules={[rule('credentialLevel')]}
                      required
                    >
                      <RadioGroup
                        name="credentialLevel"
                        label={t('blocks.fields.credentialLevel')}
                        options={assuranceLevels.map((level) => ({ value: level, label: t(`visits.level.${level}`) }))}
                      />
                    </Form.Item>
                  )}
                  <Form.Item name="blockConfirmed" valuePropName="checked" rules={[rule('blockConfirmed')]}>
                    <Checkbox>{t('blocks.fields.blockConfirmed')}</Checkbox>
                  </Form.Item>
                </>
              )}
            </fieldset>
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
              <Form.Item name="policeReport" label={t('blocks.fields.policeReport')} rules={[rule('policeReport')]} required>
                <RadioGroup name="policeReport" label={t('blocks.fields.policeReport')} options={options.policeReport} />
              </Form.Item>
              <Form.Item name="notes" label={t('blocks.form.notes')} rules={[rule('notes')]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </fieldset>
            {/* Nothing to send for a credential that can no longer be blocked: the alert above says why. */}
            <Button type="primary" danger htmlType="submit" icon={<SaveOutlined />} loading={formLoading} disabled={nothingToBlock}>
              {t('blocks.form.submit')}
            </Button>
          </Form>
        </Card>
      </Spin>
    </Page>
  );
}

/** [seed] Where the credential is blocked at once, the numbers to call as links, before anything else is typed. */
function RoutesAlert({ routes }: { routes: readonly BlockRoute[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      icon={<PhoneOutlined />}
      role="none"
      style={{ marginBottom: 16 }}
      message={<strong>{t('blocks.form.blockNow')}</strong>}
      description={
        <>
          <Flex gap={32} wrap align="baseline" style={{ margin: '4px 0 8px' }}>
            {routes.map((route) => {
              const phone = blockRoutePhones[route];
              return (
                <span key={route}>
                  {t(`blocks.route.${route}`)}
                  {phone && (
                    <>
                      :{' '}
                      <a href={telHref(phone)} style={phoneStyle}>
                        {phone}
                      </a>
                    </>
                  )}
                </span>
              );
            })}
          </Flex>
          {t('blocks.form.callHint')}
        </>
      }
    />
  );
}
