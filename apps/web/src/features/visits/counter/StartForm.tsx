import { useEffect, useRef } from 'react';
import { Button, Checkbox, Flex, Form, Select, Typography, type FormInstance } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isCredentialService, methodsFor } from '@skranke/domain';
import { RadioGroup } from '../../../forms/RadioGroup';
import { useVisitOptions } from '../options';
import { defaultStart, startFor, type StartValues } from './evidence';

type StartFormProps = {
  form: FormInstance<StartValues>;
  /** The visit is open: its service is recorded; method and level still shape the evidence. */
  started: boolean;
  busy: boolean;
  onStart: (values: StartValues) => void;
  onChange: () => void;
};

/**
 * Step 2. Mounted once per citizen, and then the start button has the focus: Enter starts the most common
 * visit; Shift+Tab reaches the choices above it.
 */
export function StartForm({ form, started, busy, onStart, onChange }: StartFormProps) {
  const { t } = useTranslation();
  const options = useVisitOptions();
  const startButton = useRef<HTMLButtonElement>(null);
  const service = Form.useWatch('service', { form, preserve: true }) ?? defaultStart.service;
  const serviceLabel = t(`visits.service.${service}`);
  // [seed] Only the methods the service allows: never legitimation alone for a credential.
  const allowed = methodsFor(service);
  const methods = options.methods.filter((m) => allowed.includes(m.value));

  useEffect(() => {
    startButton.current?.focus();
  }, []);

  return (
    <Form<StartValues>
      form={form}
      name="start"
      layout="vertical"
      initialValues={defaultStart}
      onFinish={(values) => {
        if (!started) onStart(values);
      }}
      onValuesChange={(changed: Partial<StartValues>) => {
        // A new service starts from its own default method.
        if (changed.service) form.setFieldsValue({ method: startFor(changed.service).method });
        onChange();
      }}
    >
      <Flex gap={24} wrap align="flex-start">
        {started ? (
          // Recorded with the visit and not changeable: shown as text, not as a disabled field.
          <div style={{ marginBottom: 24, width: 300 }}>
            <Typography.Text type="secondary">{t('visits.fields.service')}</Typography.Text>
            <br />
            <Typography.Text strong>{serviceLabel}</Typography.Text>
          </div>
        ) : (
          <Form.Item name="service" label={t('visits.fields.service')}>
            <Select showSearch optionFilterProp="label" options={options.services} style={{ width: 300 }} />
          </Form.Item>
        )}
        <Form.Item name="method" label={t('visits.fields.method')} extra={isCredentialService(service) ? t('visits.method.help') : undefined}>
          <RadioGroup name="method" options={methods} label={t('visits.fields.method')} />
        </Form.Item>
        <Form.Item name="targetLevel" label={t('visits.fields.targetLevel')}>
          <RadioGroup name="targetLevel" options={options.levels} label={t('visits.fields.targetLevel')} />
        </Form.Item>
      </Flex>
      <Form.Item name="inPerson" valuePropName="checked">
        <Checkbox>{t('visits.fields.inPerson')}</Checkbox>
      </Form.Item>
      {!started && (
        <Flex gap={16} align="center" wrap>
          <Button ref={startButton} type="primary" htmlType="submit" icon={<PlayCircleOutlined />} loading={busy}>
            {t('visits.start')}
          </Button>
          <Typography.Text type="secondary">{t('visits.startHint')}</Typography.Text>
        </Flex>
      )}
    </Form>
  );
}
