import { useState } from 'react';
import { Button, Form, Input, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useComplaintAction } from '../useComplaintAction';

type Values = { comment: string };

/** A free-text note on the timeline: a phone call, what was agreed, why the case waits. */
export function CommentForm({ complaintId }: { complaintId: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const comment = useComplaintAction(api.complaints.comment.mutate);
  const [status, setStatus] = useState('');

  const onFinish = async ({ comment: text }: Values) => {
    setStatus('');
    const done = await comment.mutateAsync({ id: complaintId, comment: text }).catch(() => null);
    if (!done) return;
    form.resetFields();
    setStatus(t('complaints.comment.added'));
  };

  return (
    <Form<Values> form={form} name="complaint-comment" layout="vertical" onFinish={(values) => void onFinish(values)}>
      <Form.Item
        name="comment"
        label={t('complaints.comment.label')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit" icon={<CommentOutlined />} loading={comment.isPending}>
        {t('complaints.comment.submit')}
      </Button>{' '}
      <Typography.Text role="status">{status}</Typography.Text>
    </Form>
  );
}
