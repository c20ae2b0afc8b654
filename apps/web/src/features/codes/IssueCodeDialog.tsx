import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form, Modal, Typography } from 'antd';
import { KeyOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { codeKinds, type CodeKind } from '@skranke/domain';
import { formatDateTime } from '../../format';
import { api } from '../../api/client';
import { fieldErrorsOf, type ApiError } from '../../api/errors';
import { RadioGroup } from '../../forms/RadioGroup';
import { CodeSlip } from './CodeSlip';
import type { IssuedCode } from './types';

type IssueCodeDialogProps = {
  /** A visit verified today: the server refuses any other. */
  visitId: number;
  /** The kind the visit's service hands out; a MitID activation code when not given. */
  kind?: CodeKind;
  /** With the citizen's latest codes, so replacing an active one is confirmed first [policy]. */
  citizen: { name: string; cprMasked: string; codes?: readonly { status: string; issuedAt: Date; expiresAt: Date }[] };
  onClose: () => void;
};

/**
 * Issues a code and shows it once. The code lives only in this component's state: not in the address, not in
 * storage and not in React Query's caches (the mutation returns nothing, and the caller unmounts the dialog
 * when it closes). After closing, only the code's state can be seen again, never the code.
 */
export function IssueCodeDialog({ visitId, kind: defaultKind = 'mitIdActivation', citizen, onClose }: IssueCodeDialogProps) {
  const { t } = useTranslation();
  // [policy] One active code per citizen: issuing revokes it, so the caseworker is told before, not after.
  const active = citizen.codes?.find((code) => code.status === 'issued');
  const [form] = Form.useForm<{ kind: CodeKind }>();
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  const issue = useMutation<void, ApiError, CodeKind>({
    mutationFn: async (kind) => setIssued(await api.codes.issue.mutate({ visitId, kind })),
    gcTime: 0,
    // A refusal about the kind (NemID is over) goes under the choice; any other above the form.
    onError: (error) => {
      const refused = fieldErrorsOf(error).kind;
      if (refused) form.setFields([{ name: 'kind', errors: [refused] }]);
    },
  });
  const kindRefused = Boolean(fieldErrorsOf(issue.error).kind);

  useEffect(() => {
    if (issued) printButton.current?.focus();
  }, [issued]);

  const close = () => {
    setIssued(null);
    onClose();
  };

  if (issued) {
    return (
      <Modal
        open
        title={t('codes.issue.issuedTitle')}
        onCancel={close}
        maskClosable={false}
        destroyOnHidden
        width={600}
        footer={[
          <Button key="print" ref={printButton} type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('codes.issue.print')}
          </Button>,
          <Button key="close" onClick={close}>
            {t('codes.issue.close')}
          </Button>,
        ]}
      >
        <Alert className="slip-screen-only" type="warning" showIcon role="none" message={t('codes.issue.onceHint')} style={{ marginBottom: 16 }} />
        {issued.replacedCount > 0 && (
          <Alert
            className="slip-screen-only"
            type="info"
            showIcon
            role="none"
            message={t('codes.issue.replaced', { count: issued.replacedCount })}
            style={{ marginBottom: 16 }}
          />
        )}
        <CodeSlip issued={issued} />
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('codes.issue.title')}
      okText={active ? t('codes.issue.submitReplacing') : t('codes.issue.submit')}
      // The obvious next step has the focus: Enter issues the code.
      okButtonProps={{ icon: <KeyOutlined />, loading: issue.isPending, autoFocus: true }}
      cancelText={t('codes.issue.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
    >
      <Form<{ kind: CodeKind }>
        form={form}
        layout="vertical"
        initialValues={{ kind: defaultKind }}
        onFinish={({ kind }) => issue.mutate(kind)}
        onValuesChange={() => issue.reset()}
        disabled={issue.isPending}
      >
        <Typography.Paragraph>{t('codes.issue.forCitizen', { name: citizen.name, cpr: citizen.cprMasked })}</Typography.Paragraph>
        {active && (
          <Alert
            type="warning"
            showIcon
            role="none"
            message={t('codes.issue.replacesActive', { issuedAt: formatDateTime(active.issuedAt), expiresAt: formatDateTime(active.expiresAt) })}
            style={{ marginBottom: 16 }}
          />
        )}
        {issue.error && !kindRefused && (
          <Alert type="error" showIcon role="alert" message={issue.error.message} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="kind" label={t('codes.issue.kind')} required rules={[{ required: true, message: t('validation.required') }]}>
          <RadioGroup
            name="kind"
            label={t('codes.issue.kind')}
            options={codeKinds.map((kind) => ({ value: kind, label: t(`codes.kind.${kind}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
