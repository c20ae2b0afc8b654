import { useEffect, useRef } from 'react';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { digitaliseringsstyrelsen, ZRefusal } from '@skranke/domain';
import { useZodRule } from '../../../forms/zodRule';

type RefusalValues = { reason: string };

type RefusalFormProps = {
  /** The broken rules' texts, so the usual reason needs no typing. */
  suggestedReason: string;
  busy: boolean;
  onRefuse: (reason: string) => void;
  onCancel: () => void;
};

const headingId = 'refusal-heading';

/** [pub] A refusal always records its reason and tells the citizen how to complain. */
export function RefusalForm({ suggestedReason, busy, onRefuse, onCancel }: RefusalFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RefusalValues>();
  const rule = useZodRule<RefusalValues>(ZRefusal);
  const reasonInput = useRef<TextAreaRef>(null);

  useEffect(() => {
    reasonInput.current?.focus({ cursor: 'end' });
  }, []);

  return (
    <Card
      size="small"
      role="region"
      aria-labelledby={headingId}
      title={
        <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0 }}>
          {t('visits.refusal.title')}
        </Typography.Title>
      }
      style={{ marginTop: 16 }}
    >
      <Form<RefusalValues>
        form={form}
        name="refusal"
        layout="vertical"
        initialValues={{ reason: suggestedReason }}
        onFinish={({ reason }) => onRefuse(reason.trim())}
      >
        <Form.Item name="reason" label={t('visits.fields.reason')} rules={[rule('reason')]} required>
          <Input.TextArea
            ref={reasonInput}
            autoSize={{ minRows: 3, maxRows: 10 }}
            aria-keyshortcuts="Control+Enter"
            onKeyDown={(event) => {
              // As in the evidence form: Ctrl+Enter is "done"; here that is the refusal.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.stopPropagation();
                form.submit();
              }
            }}
          />
        </Form.Item>
        <Typography.Paragraph>
          {t('visits.refusal.complaint', {
            phone: digitaliseringsstyrelsen.phone,
            email: digitaliseringsstyrelsen.email,
            subject: digitaliseringsstyrelsen.letterTitle,
            address: digitaliseringsstyrelsen.address.slice(1).join(', '),
          })}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button type="primary" danger htmlType="submit" icon={<StopOutlined />} loading={busy}>
            {t('visits.refusal.confirm')}
          </Button>
          <Button onClick={onCancel}>{t('visits.refusal.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
