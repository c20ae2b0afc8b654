import type { ReactNode } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

type ReasonValues = { reason: string };

type ReasonDialogProps<Values extends ReasonValues> = {
  title: string;
  okText: string;
  cancelText: string;
  reasonLabel: string;
  /** Sends the reason (and any further fields); a refusal from the server is shown in the dialog, which stays open. */
  submit: (values: Values) => Promise<unknown>;
  /** After the server has accepted, before the dialog closes. */
  onDone: () => void;
  onClose: () => void;
  /** Fields beside the reason (a choice that goes with a decision), with their starting values. */
  extra?: { fields: ReactNode; initialValues: Omit<Values, 'reason'> };
  /** A step that takes something away (the default) shows a red button; granting does not. */
  danger?: boolean;
};

/** A step that must say why (revoking a code, deciding a request): the reason is required and kept. */
export function ReasonDialog<Values extends ReasonValues = ReasonValues>({
  title,
  okText,
  cancelText,
  reasonLabel,
  submit,
  onDone,
  onClose,
  extra,
  danger = true,
}: ReasonDialogProps<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const action = useMutation<unknown, ApiError, Values>({
    mutationFn: (values) => submit(values),
    onSuccess: () => {
      onDone();
      onClose();
    },
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ danger, loading: action.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ reason: '', ...extra?.initialValues }} onFinish={(values) => action.mutate(values)} disabled={action.isPending}>
        {action.error && <Alert type="error" showIcon role="alert" message={action.error.message} style={{ marginBottom: 16 }} />}
        <Form.Item name="reason" label={reasonLabel} required rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        {extra?.fields}
      </Form>
    </Modal>
  );
}
