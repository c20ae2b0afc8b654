import { Route } from 'react-router';
import { UserOutlined } from '@ant-design/icons';
import { Guarded } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import { administration, type AdminArea } from '../types';

const StaffCreate = lazyPage(() => import('./create'), 'StaffCreate');
const StaffEdit = lazyPage(() => import('./edit'), 'StaffEdit');
const StaffList = lazyPage(() => import('./list'), 'StaffList');
const StaffShow = lazyPage(() => import('./show'), 'StaffShow');

export const staffArea: AdminArea = {
  resource: () => ({
    name: 'staff',
    list: '/staff',
    create: '/staff/create',
    show: '/staff/:id',
    edit: '/staff/:id/edit',
    meta: { label: i18n.t('staff.menu'), icon: <UserOutlined />, parent: administration },
  }),
  routes: (
    <Route path="/staff" element={<Guarded />}>
      <Route index element={<StaffList />} />
      <Route path="create" element={<StaffCreate />} />
      <Route path=":id" element={<StaffShow />} />
      <Route path=":id/edit" element={<StaffEdit />} />
    </Route>
  ),
  adminActions: ['list', 'show', 'create', 'edit'],
  // Accounts are deactivated, never deleted: their names stay on the cases and in the audit log.
  data: { list: api.staff.list, get: api.staff.get, create: api.staff.create, update: api.staff.update },
};
