import { useRef, type RefObject } from 'react';
import { Button, Flex, Form, Input, Modal, Radio, Space, type CheckboxRef } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { digitaliseringsstyrelsen, type ForwardingChannel } from '@skranke/domain';

export type ForwardValues = { forwardedVia: ForwardingChannel; comment?: string };

type ForwardDialogProps = {
  open: boolean;
  complaintId: number;
  busy: boolean;
  onForward: (values: ForwardValues) => void;
  onCancel: () => void;
};

/**
 * Forwarding asks how the complaint went to Digitaliseringsstyrelsen, with its contact details at hand
 * [seed]. The buttons are inside the form, so Enter on a choice forwards.
 */
export function ForwardDialog({ open, complaintId, busy, onForward, onCancel }: ForwardDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ForwardValues>();
  const firstChoice = useRef<CheckboxRef>(null);
  const title = t('complaints.forward.title');

  return (
    <Modal
      open={open}
      title={title}
      footer={null}
      onCancel={onCancel}
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (opened) firstChoice.current?.focus();
        else form.resetFields();
      }}
    >
      <Form<ForwardValues> form={form} name="complaint-forward" layout="vertical" onFinish={onForward}>
        <Form.Item
          name="forwardedVia"
          label={t('complaints.forward.how')}
          rules={[{ required: true, message: t('complaint.forwardedViaRequired') }]}
        >
          <ForwardingChoice label={t('complaints.forward.how')} firstChoice={firstChoice} />
        </Form.Item>
        <p style={{ marginTop: -8 }}>
          <Link to={`/complaints/${complaintId}/letter`}>{t('complaints.forward.letterLink')}</Link>
        </p>
        <Form.Item name="comment" label={t('complaints.forward.comment')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel}>{t('complaints.actions.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('complaints.forward.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

type ForwardingChoiceProps = {
  label: string;
  firstChoice: RefObject<CheckboxRef | null>;
  value?: ForwardingChannel;
  onChange?: (value: ForwardingChannel) => void;
  id?: string;
};

/** The three ways, each with the contact details the caseworker needs for it. */
function ForwardingChoice({ label, firstChoice, value, onChange, id }: ForwardingChoiceProps) {
  const { t } = useTranslation();
  const d = digitaliseringsstyrelsen;
  return (
    <div role="radiogroup" aria-label={label}>
      <Radio.Group id={id} name="forwardedVia" value={value} onChange={(event) => onChange?.(event.target.value as ForwardingChannel)}>
        <Space direction="vertical">
          <Radio value="phone" ref={firstChoice}>
            {t('complaints.forward.viaPhone', { phone: d.phone })}
          </Radio>
          <Radio value="email">{t('complaints.forward.viaEmail', { email: d.email })}</Radio>
          <Radio value="letter">
            {t('complaints.forward.viaLetter', { title: d.letterTitle, address: d.address.join(', ') })}
          </Radio>
        </Space>
      </Radio.Group>
    </div>
  );
}
