import { useEffect, useRef } from 'react';
import { Button, Card, Checkbox, Form, Input, Select, Spin, type FormProps, type InputRef } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { guardianshipKinds, ZCitizenInput, type TCitizenInput } from '@skranke/domain';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';

/** A new citizen's starting point; empty strings, not undefined, so the schema says "required", not "wrong type". */
export const blankCitizen: TCitizenInput = { cpr: '', name: '', hasFixedAddress: true, addressProtected: false, guardianship: 'none' };

type CitizenFormProps = {
  formProps: FormProps<TCitizenInput>;
  /** Loading the record or saving it. */
  busy: boolean;
  /** Focus the CPR field once the form takes input; `'name'` when the CPR number is already filled in. */
  autoFocus?: boolean | 'name';
};

/** The one citizen form, for creating and for editing. Validates with the schema the server uses. */
export function CitizenForm({ formProps, busy, autoFocus = false }: CitizenFormProps) {
  const { t } = useTranslation();
  const rule = useZodRule<TCitizenInput>(ZCitizenInput);
  const hasFixedAddress = Form.useWatch('hasFixedAddress', formProps.form) !== false;
  const underGuardianship = Form.useWatch('guardianship', formProps.form) === 'guardianship';
  const settled = useFormSettled(formProps.initialValues);
  const cprInput = useRef<InputRef>(null);
  const nameInput = useRef<InputRef>(null);

  // Not the input's autoFocus: the field is still disabled when it mounts.
  useEffect(() => {
    if (settled && autoFocus) (autoFocus === 'name' ? nameInput : cprInput).current?.focus();
  }, [settled, autoFocus]);

  return (
    <Spin spinning={busy}>
      <Card style={{ maxWidth: 720 }}>
        <Form
          {...formProps}
          initialValues={formProps.initialValues ?? blankCitizen}
          layout="vertical"
          disabled={busy || !settled}
        >
          <Form.Item name="cpr" label={t('citizens.fields.cpr')} rules={[rule('cpr')]} required>
            <Input ref={cprInput} placeholder={t('citizens.fields.cprPlaceholder')} autoComplete="off" maxLength={11} />
          </Form.Item>
          <Form.Item name="name" label={t('citizens.fields.name')} rules={[rule('name')]} required>
            <Input ref={nameInput} autoComplete="off" />
          </Form.Item>
          <Form.Item name="hasFixedAddress" valuePropName="checked">
            <Checkbox>{t('citizens.fields.hasFixedAddress')}</Checkbox>
          </Form.Item>
          {/* Only the address that applies is shown, and only shown fields are submitted. */}
          {hasFixedAddress ? (
            <Form.Item
              name="address"
              label={t('citizens.fields.address')}
              rules={[rule('address')]}
              dependencies={['hasFixedAddress']}
              required
            >
              <Input autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item
              name="postalAddress"
              label={t('citizens.fields.postalAddress')}
              rules={[rule('postalAddress')]}
              dependencies={['hasFixedAddress']}
              required
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="addressProtected" valuePropName="checked" extra={t('citizens.addressProtected.help')}>
            <Checkbox>{t('citizens.fields.addressProtected')}</Checkbox>
          </Form.Item>
          <Form.Item name="phone" label={t('citizens.fields.phone')} rules={[rule('phone')]}>
            <Input type="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('citizens.fields.email')} rules={[rule('email')]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="guardianship" label={t('citizens.fields.guardianship')} rules={[rule('guardianship')]}>
            <Select
              options={guardianshipKinds.map((kind) => ({ value: kind, label: t(`citizens.guardianship.${kind}`) }))}
            />
          </Form.Item>
          {underGuardianship && (
            <Form.Item
              name="guardianName"
              label={t('citizens.fields.guardianName')}
              rules={[rule('guardianName')]}
              dependencies={['guardianship']}
              required
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="notes" label={t('citizens.fields.notes')} rules={[rule('notes')]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
            {t('buttons.save')}
          </Button>
        </Form>
      </Card>
    </Spin>
  );
}
