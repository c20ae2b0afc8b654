import { useEffect, useRef } from 'react';
import { Button, Form, Input, Space, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { parseCpr, todayIso } from '@skranke/domain';

type CprLookupProps = {
  disabled: boolean;
  busy: boolean;
  autoFocus: boolean;
  /** The 10 digits of a well-formed CPR number; true when a citizen has it. */
  onLookup: (cpr: string) => Promise<boolean>;
};

const inputId = 'lookup-cpr';

/**
 * Step 1: one field for the CPR number, typed or pasted (with or without the dash, spaces ignored), and
 * Enter. The number lives in this form and in request bodies only: never in the address or the history.
 */
export function CprLookup({ disabled, busy, autoFocus, onLookup }: CprLookupProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ cpr: string }>();
  const input = useRef<InputRef>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const lookup = ({ cpr }: { cpr?: string }) => {
    const parsed = parseCpr((cpr ?? '').replace(/\s+/g, ''), todayIso(new Date()));
    // The field has no rules, so the next keystroke's validation clears this error again.
    if (!parsed.ok) form.setFields([{ name: 'cpr', errors: [t(parsed.error)] }]);
    // Once the citizen is found the card shows the number masked; the full one need not stay on screen.
    else void onLookup(parsed.cpr.digits).then((found) => found && form.resetFields());
  };

  return (
    <Form form={form} name="lookup" layout="vertical" onFinish={lookup} disabled={disabled}>
      <Form.Item label={t('visits.lookup.label')} htmlFor={inputId} extra={t('visits.lookup.hint')} style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Form.Item name="cpr" noStyle>
            <Input
              ref={input}
              id={inputId}
              placeholder={t('citizens.fields.cprPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              inputMode="numeric"
              // Room for a pasted number with spaces around the dash.
              maxLength={14}
              style={{ width: 180, fontVariantNumeric: 'tabular-nums' }}
            />
          </Form.Item>
          <Button htmlType="submit" icon={<SearchOutlined />} loading={busy}>
            {t('visits.lookup.submit')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
