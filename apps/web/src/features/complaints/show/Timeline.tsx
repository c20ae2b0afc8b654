import { Timeline as AntdTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../format';
import type { MessageKey } from '@skranke/domain';
import type { TimelineEvent } from '../types';

/** The timeline's field names: the form's fields, plus what follow-up changes. */
const fieldLabels: Record<string, MessageKey> = {
  channel: 'complaints.fields.channel',
  subject: 'complaints.fields.subject',
  scheme: 'complaints.fields.scheme',
  complainantName: 'complaints.fields.complainantName',
  complainantPhone: 'complaints.fields.complainantPhone',
  description: 'complaints.fields.description',
  mitIdUserId: 'complaints.fields.mitIdUserId',
  complainantAddress: 'complaints.fields.complainantAddress',
  filedOnBehalf: 'complaints.fields.filedOnBehalf',
  onBehalfOfName: 'complaints.fields.onBehalfOfName',
  powerOfAttorney: 'complaints.fields.powerOfAttorney',
  citizenId: 'complaints.fields.citizenId',
  visitId: 'complaints.fields.visitId',
  status: 'complaints.fields.status',
  assignee: 'complaints.fields.assignee',
  forwardedVia: 'complaints.fields.forwardedVia',
};

/** Fields whose values are codes, and the prefix of the texts that name them. */
const codedFields: Record<string, string> = {
  // The domain's lower-case statuses read well in a sentence: "Status: modtaget → under behandling".
  status: 'complaint.status',
  channel: 'complaints.channel',
  subject: 'complaints.subject',
  scheme: 'complaints.scheme',
  forwardedVia: 'complaints.forwardedVia',
};

/** A long text (a description) is shown as its beginning; the whole text is on the complaint itself. */
const maxValueLength = 120;

const preWrap = { whiteSpace: 'pre-wrap' } as const;

export function ComplaintTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  // The keys are built from codes the server sends; an unknown one falls back to the code itself.
  const text = (key: string, options?: Record<string, unknown>) => String(t(key as MessageKey, options as never));

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return text('complaints.timeline.nothing');
    if (typeof raw === 'boolean') return text(raw ? 'complaints.timeline.yes' : 'complaints.timeline.no');
    const prefix = codedFields[field];
    if (prefix) return text(`${prefix}.${String(raw)}`, { defaultValue: String(raw) });
    const shown = String(raw);
    return shown.length > maxValueLength ? `${shown.slice(0, maxValueLength)} …` : shown;
  };

  const title = (event: TimelineEvent) =>
    event.kind === 'attachment'
      ? text('complaints.timeline.attachment', { name: event.comment ?? '' })
      : text(`complaints.timeline.${event.kind}`);

  return (
    <AntdTimeline
      items={events.map((event) => ({
        key: event.id,
        children: (
          <div>
            <Typography.Text strong>{title(event)}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {t('complaints.timeline.meta', { time: formatDateTime(event.at), staff: event.staffName })}
            </Typography.Text>
            {Object.entries(event.changes ?? {}).map(([field, [before, after]]) => (
              <div key={field}>
                {t('complaints.timeline.change', {
                  field: fieldLabels[field] ? t(fieldLabels[field]) : field,
                  before: value(field, before),
                  after: value(field, after),
                })}
              </div>
            ))}
            {event.comment && event.kind !== 'attachment' && (
              <Typography.Paragraph style={{ ...preWrap, margin: '4px 0 0' }}>{event.comment}</Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
