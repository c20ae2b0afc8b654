import { useEffect, useRef } from 'react';
import { Button, Card, Form, Input, Spin, type FormProps, type InputRef } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { staffRoles, ZStaffCreate, type TStaffCreate } from '@skranke/domain';
import { RadioGroup } from '../../forms/RadioGroup';
import { useFormSettled } from '../../forms/useFormSettled';
import { useZodRule } from '../../forms/zodRule';

/** Empty strings, not undefined, so the schema says "required", not "wrong type". */
const blankMember: TStaffCreate = { username: '', displayName: '', role: 'caseworker', email: '' };

type StaffFormProps = {
  formProps: FormProps<TStaffCreate>;
  busy: boolean;
  /** Editing: the username is the login name and stays as it was made. */
  usernameFixed?: boolean;
};

/** The one staff form, for creating and editing, checked by the schema the server uses. */
export function StaffForm({ formProps, busy, usernameFixed = false }: StaffFormProps) {
  const { t } = useTranslation();
  const rule = useZodRule<TStaffCreate>(ZStaffCreate);
  const settled = useFormSettled(formProps.initialValues);
  const firstField = useRef<InputRef>(null);

  // Not the input's autoFocus: the field is still disabled when it mounts.
  useEffect(() => {
    if (settled) firstField.current?.focus();
  }, [settled]);

  return (
    <Spin spinning={busy}>
      <Card style={{ maxWidth: 640 }}>
        <Form {...formProps} initialValues={formProps.initialValues ?? blankMember} layout="vertical" disabled={busy || !settled}>
          <Form.Item
            name="username"
            label={t('staff.fields.username')}
            extra={usernameFixed ? t('staff.form.usernameFixed') : t('staff.form.usernameHelp')}
            rules={usernameFixed ? [] : [rule('username')]}
            required={!usernameFixed}
          >
            <Input ref={usernameFixed ? undefined : firstField} readOnly={usernameFixed} autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item name="displayName" label={t('staff.fields.displayName')} rules={[rule('displayName')]} required>
            <Input ref={usernameFixed ? firstField : undefined} autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('staff.fields.role')} rules={[rule('role')]} required extra={t('staff.form.roleHelp')}>
            <RadioGroup name="role" label={t('staff.fields.role')} options={staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
          </Form.Item>
          <Form.Item name="email" label={t('staff.fields.email')} rules={[rule('email')]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />}>
            {t('staff.form.save')}
          </Button>
        </Form>
      </Card>
    </Spin>
  );
}
