import { statusTag } from '../../components/StatusTag';

const StateTag = statusTag<'active' | 'inactive'>('staff.state', { active: 'done', inactive: 'ended' });

/** Active, or deactivated (cannot log in; kept, because the name stays on cases and in the audit log). */
export function StaffStateTag({ active }: { active: boolean }) {
  return <StateTag status={active ? 'active' : 'inactive'} />;
}
