import { useRef, useState, type ChangeEvent } from 'react';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { attachmentTypes, policy } from '@skranke/domain';
import { messageOf } from '../../../api/errors';
import { api } from '../../../api/client';
import type { Attachment } from '../types';
import { useComplaintAction } from '../useComplaintAction';

const inputId = 'complaint-attachment';
const megabytes = policy.attachmentMaxBytes / 1024 / 1024;

/** The file's bytes as base64, the way the API takes them (a tRPC call carries JSON, not multipart). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function download(id: number) {
  const file = await api.complaints.attachment.query({ id });
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // Long enough for the browser to have started saving.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type AttachmentsProps = { complaintId: number; attachments: Attachment[] };

/** The complaint's attachments (each saved to disk on request) and a plain, labelled file input for more. */
export function Attachments({ complaintId, attachments }: AttachmentsProps) {
  const { t } = useTranslation();
  const attach = useComplaintAction(api.complaints.attach.mutate, 'inline');
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const full = attachments.length >= policy.attachmentMaxCount;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblem('');
    try {
      // Checked here too, so a large file is refused before it is sent; the server checks its content.
      if (file.size > policy.attachmentMaxBytes) {
        setProblem(t('complaints.attachments.tooLarge', { name: file.name, megabytes: String(megabytes) }));
        return;
      }
      setStatus(t('complaints.attachments.uploading', { name: file.name }));
      await attach.mutateAsync({ id: complaintId, fileName: file.name, contentBase64: await readAsBase64(file) });
      setStatus(t('complaints.attachments.added', { name: file.name }));
    } catch (error) {
      setStatus('');
      setProblem(messageOf(error));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const onDownload = (id: number) => download(id).catch((error: unknown) => setProblem(messageOf(error)));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {attachments.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {attachments.map((a) => (
            <li key={a.id}>
              <Button type="link" icon={<DownloadOutlined />} onClick={() => void onDownload(a.id)} style={{ padding: 0 }}>
                {t('complaints.attachments.download', { name: a.fileName })}
              </Button>{' '}
              <Typography.Text type="secondary">
                {t('complaints.attachments.size', { size: String(Math.max(1, Math.round(a.size / 1024))) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text>{t('complaints.attachments.none')}</Typography.Text>
      )}
      {full ? (
        <Typography.Text>{t('complaints.attachments.limit', { count: policy.attachmentMaxCount })}</Typography.Text>
      ) : (
        <div>
          <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4 }}>
            {t('complaints.attachments.choose', { megabytes: String(megabytes) })}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={attachmentTypes.join(',')}
            disabled={attach.isPending}
            onChange={(event) => void onFile(event)}
          />
        </div>
      )}
      <Typography.Text role="status">{status}</Typography.Text>
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
    </Space>
  );
}
