import { useEffect, useRef } from 'react';
import { Button, Card, Checkbox, Form, Input, Spin, Typography, type FormProps, type InputRef } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ZComplaintInput, type TComplaintInput } from '@skranke/domain';
import { CitizenSelect, type CitizenOption, type LinkedCitizen } from '../../forms/CitizenSelect';
import { RadioGroup } from '../../forms/RadioGroup';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';
import { useComplaintOptions } from './options';
import { VisitSelect } from './VisitSelect';

/**
 * A new complaint's starting point: taken at the counter, about MitID (NemID closed in 2023). Empty strings,
 * not undefined, so the schema says "required", not "wrong type"; no subject, so it is a conscious choice.
 */
export const blankComplaint: Partial<TComplaintInput> = {
  channel: 'counter',
  scheme: 'mitId',
  complainantName: '',
  complainantPhone: '',
  description: '',
  filedOnBehalf: false,
  powerOfAttorney: false,
  citizenId: null,
  visitId: null,
};

const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 8px' } as const;
const legendStyle = { fontSize: 16, fontWeight: 600, marginBottom: 12, border: 0 } as const;

type ComplaintFormProps = {
  formProps: FormProps<TComplaintInput>;
  /** Loading the record or saving it. */
  busy: boolean;
  /** Focus the complainant's name once the form takes input. */
  autoFocus?: boolean;
  /** The citizen already linked (edit), so the citizen select can name them. */
  linkedCitizen?: LinkedCitizen | null;
  /** Creating: attachments come afterwards, on the complaint's page. */
  creating?: boolean;
};

/** The one complaint form, for intake and for corrections. Validates with the schema the server uses. */
export function ComplaintForm({ formProps, busy, autoFocus = false, linkedCitizen, creating = false }: ComplaintFormProps) {
  const { t } = useTranslation();
  const options = useComplaintOptions();
  const rule = useZodRule<TComplaintInput>(ZComplaintInput);
  const form = formProps.form!;
  const isMitId = Form.useWatch('scheme', form) !== 'nemId';
  const onBehalf = Form.useWatch('filedOnBehalf', form) === true;
  const citizenId = Form.useWatch('citizenId', form) as number | null | undefined;
  const settled = useFormSettled(formProps.initialValues);
  const nameInput = useRef<InputRef>(null);

  // Not the input's autoFocus: the field is still disabled when it mounts.
  useEffect(() => {
    if (settled && autoFocus) nameInput.current?.focus();
  }, [settled, autoFocus]);

  /** A citizen from the register fills in what the form still lacks; nothing typed is overwritten. */
  const onCitizenPicked = (citizen: CitizenOption | null) => {
    form.setFieldValue('visitId', null);
    if (!citizen) return;
    const fill = (field: 'complainantName' | 'complainantPhone' | 'complainantAddress', value: string | null) => {
      if (value && !form.getFieldValue(field)) form.setFieldValue(field, value);
    };
    fill('complainantName', citizen.name);
    fill('complainantPhone', citizen.phone);
    fill('complainantAddress', citizen.address ?? citizen.postalAddress);
  };

  return (
    <Spin spinning={busy}>
      <Card style={{ maxWidth: 760 }}>
        <Form<TComplaintInput>
          {...formProps}
          initialValues={formProps.initialValues ?? blankComplaint}
          layout="vertical"
          disabled={busy || !settled}
        >
          <fieldset style={fieldsetStyle}>
            <legend style={legendStyle}>{t('complaints.form.complainant')}</legend>
            <Form.Item name="complainantName" label={t('complaints.fields.complainantName')} rules={[rule('complainantName')]} required>
              <Input ref={nameInput} autoComplete="off" />
            </Form.Item>
            <Form.Item name="complainantPhone" label={t('complaints.fields.complainantPhone')} rules={[rule('complainantPhone')]} required>
              <Input type="tel" autoComplete="off" style={{ maxWidth: 240 }} />
            </Form.Item>
            <Form.Item name="scheme" label={t('complaints.fields.scheme')} extra={isMitId ? t('complaints.form.mitIdHint') : undefined}>
              <RadioGroup name="scheme" label={t('complaints.fields.scheme')} options={options.schemes} />
            </Form.Item>
            {/* Only the fields that apply are shown, and only shown fields are submitted. */}
            {isMitId && (
              <>
                <Form.Item
                  name="mitIdUserId"
                  label={t('complaints.fields.mitIdUserId')}
                  rules={[rule('mitIdUserId')]}
                  dependencies={['scheme']}
                  required
                >
                  <Input autoComplete="off" spellCheck={false} style={{ maxWidth: 320 }} />
                </Form.Item>
                <Form.Item
                  name="complainantAddress"
                  label={t('complaints.fields.complainantAddress')}
                  rules={[rule('complainantAddress')]}
                  dependencies={['scheme']}
                  required
                >
                  <Input autoComplete="off" />
                </Form.Item>
              </>
            )}
            <Form.Item name="filedOnBehalf" valuePropName="checked">
              <Checkbox>{t('complaints.fields.filedOnBehalf')}</Checkbox>
            </Form.Item>
            {onBehalf && (
              <>
                <Form.Item
                  name="onBehalfOfName"
                  label={t('complaints.fields.onBehalfOfName')}
                  rules={[rule('onBehalfOfName')]}
                  dependencies={['filedOnBehalf']}
                  required
                >
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name="powerOfAttorney"
                  valuePropName="checked"
                  rules={[rule('powerOfAttorney')]}
                  dependencies={['filedOnBehalf', 'scheme']}
                >
                  <Checkbox>{t('complaints.fields.powerOfAttorney')}</Checkbox>
                </Form.Item>
              </>
            )}
          </fieldset>

          <fieldset style={fieldsetStyle}>
            <legend style={legendStyle}>{t('complaints.form.complaint')}</legend>
            <Form.Item name="channel" label={t('complaints.fields.channel')} rules={[rule('channel')]}>
              <RadioGroup name="channel" label={t('complaints.fields.channel')} options={options.channels} />
            </Form.Item>
            <Form.Item name="subject" label={t('complaints.fields.subject')} rules={[rule('subject')]} required>
              <RadioGroup name="subject" label={t('complaints.fields.subject')} options={options.subjects} />
            </Form.Item>
            <Form.Item name="description" label={t('complaints.fields.description')} rules={[rule('description')]} required>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
            </Form.Item>
          </fieldset>

          <fieldset style={fieldsetStyle}>
            <legend style={legendStyle}>{t('complaints.form.links')}</legend>
            <Form.Item name="citizenId" label={t('complaints.fields.citizenId')}>
              <CitizenSelect initial={linkedCitizen} onPicked={onCitizenPicked} />
            </Form.Item>
            <Form.Item name="visitId" label={t('complaints.fields.visitId')}>
              <VisitSelect citizenId={citizenId} />
            </Form.Item>
          </fieldset>

          {creating && <Typography.Paragraph type="secondary">{t('complaints.form.attachmentsLater')}</Typography.Paragraph>}
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
            {t('buttons.save')}
          </Button>
        </Form>
      </Card>
    </Spin>
  );
}
