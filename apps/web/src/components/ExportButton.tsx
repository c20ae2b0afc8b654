import { Button, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useNotification, type CrudFilter, type CrudSort } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { ExportResource } from '@skranke/api';

/** A list's criteria as its export takes them: every row, so no pagination; blank filters left out. */
export function listExportInput(filters: CrudFilter[] | undefined, sorters: CrudSort[] | undefined) {
  const given = (filters ?? []).filter((f) => f.value !== undefined && f.value !== null && f.value !== '');
  return { filters: given, sorters: sorters ?? [] };
}

const frameName = 'skranke-export';

/**
 * The hidden frame the export forms post into. A download leaves it empty; a refusal (400, 403) loads the server's
 * JSON error into it instead of replacing the page, and is then shown as a notification.
 */
function exportFrame(onError: (message: string) => void): HTMLIFrameElement {
  let frame = document.querySelector<HTMLIFrameElement>(`iframe[name="${frameName}"]`);
  if (!frame) {
    frame = document.createElement('iframe');
    frame.name = frameName;
    frame.title = frameName;
    frame.hidden = true;
    frame.tabIndex = -1;
    document.body.append(frame);
  }
  frame.onload = () => {
    const text = frame.contentDocument?.body?.textContent?.trim();
    if (!text) return;
    try {
      onError((JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text);
    } catch {
      onError(text);
    }
  };
  return frame;
}

/**
 * Downloads an export as the browser's own download: a plain form post (cookie auth, SameSite=Strict), so the file
 * streams to disk however many rows it has. The criteria go in the body, never the URL: they may hold a CPR number.
 */
export function useCsvExport() {
  const { t } = useTranslation();
  const { open } = useNotification();
  return (resource: ExportResource, input: unknown) => {
    exportFrame((message) => open?.({ type: 'error', message: t('export.failed'), description: message }));
    const form = document.createElement('form');
    form.method = 'post';
    form.action = `/export/${resource}`;
    form.target = frameName;
    form.hidden = true;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'input';
    field.value = JSON.stringify(input);
    form.append(field);
    document.body.append(form);
    form.submit();
    form.remove();
  };
}

type ExportButtonProps = Omit<ButtonProps, 'onClick'> & {
  resource: ExportResource;
  /** The procedure's input: a list's filters and sorters, or a report's range. */
  input: unknown;
  /** What is exported, when a page has more than one export: the button's accessible name. */
  name?: string;
};

/** "Eksportér CSV": every row matching what the page shows now. */
export function ExportButton({ resource, input, name, ...props }: ExportButtonProps) {
  const { t } = useTranslation();
  const download = useCsvExport();
  return (
    <Button
      icon={<DownloadOutlined />}
      aria-label={name ? t('export.csvNamed', { name }) : undefined}
      {...props}
      onClick={() => download(resource, input)}
    >
      {t('export.csv')}
    </Button>
  );
}
