import { Route } from 'react-router';
import { TeamOutlined } from '@ant-design/icons';
import { Guarded } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const CitizenCreate = lazyPage(() => import('./create'), 'CitizenCreate');
const CitizenEdit = lazyPage(() => import('./edit'), 'CitizenEdit');
const CitizenList = lazyPage(() => import('./list'), 'CitizenList');
const CitizenShow = lazyPage(() => import('./show'), 'CitizenShow');

export const citizensFeature: WebFeature = {
  resource: () => ({
    name: 'citizens',
    list: '/citizens',
    create: '/citizens/create',
    show: '/citizens/:id',
    edit: '/citizens/:id/edit',
    meta: { label: i18n.t('citizens.menu'), icon: <TeamOutlined /> },
  }),
  routes: (
    <Route path="/citizens" element={<Guarded />}>
      <Route index element={<CitizenList />} />
      <Route path="create" element={<CitizenCreate />} />
      <Route path=":id" element={<CitizenShow />} />
      <Route path=":id/edit" element={<CitizenEdit />} />
    </Route>
  ),
  counterActions: ['list', 'show', 'create', 'edit'],
  data: { list: api.citizens.list, get: api.citizens.get, create: api.citizens.create, update: api.citizens.update },
};
