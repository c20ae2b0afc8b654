import type { RouterOutputs } from '@skranke/api';

/** A row of the list, with the deadline flags computed on the server for today. */
export type ComplaintListItem = RouterOutputs['complaints']['list']['data'][number];
/** The full complaint with its citizen card, timeline and attachment list. */
export type Complaint = RouterOutputs['complaints']['get'];
export type TimelineEvent = Complaint['timeline'][number];
export type Attachment = Complaint['attachments'][number];
export type VisitOption = RouterOutputs['visits']['list']['data'][number];

export type ComplaintSubject = ComplaintListItem['subject'];
export type ComplaintChannel = ComplaintListItem['channel'];
export type ComplaintScheme = ComplaintListItem['scheme'];
