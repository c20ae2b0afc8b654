import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

type ReasonDialogProps = {
  title: string;
  okText: string;
  cancelText: string;
  reasonLabel: string;
  /** Sends the reason; a refusal from the server is shown in the dialog, which stays open. */
  submit: (reason: string) => Promise<unknown>;
  /** After the server has accepted, before the dialog closes. */
  onDone: () => Promise<void> | void;
  onClose: () => void;
};

/** A destructive step that must say why (revoking a code, a read access): the reason is required and kept. */
export function ReasonDialog({ title, okText, cancelText, reasonLabel, submit, onDone, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const action = useMutation<unknown, ApiError, string>({
    mutationFn: submit,
    onSuccess: async () => {
      await onDone();
      onClose();
    },
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{ danger: true, loading: action.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={({ reason }) => action.mutate(reason)} disabled={action.isPending}>
        {action.error && <Alert type="error" showIcon role="alert" message={action.error.message} style={{ marginBottom: 16 }} />}
        <Form.Item name="reason" label={reasonLabel} required rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
