import type { RouterOutputs } from '@skranke/api';

/** An account in the admin's list (an admin's list has usernames and e-mails; a colleague's only names). */
export type StaffListItem = Extract<RouterOutputs['staff']['list']['data'][number], { username: string }>;
/** One account with what was done to it. */
export type StaffAccount = RouterOutputs['staff']['get'];
export type StaffHistoryEntry = StaffAccount['history'][number];
