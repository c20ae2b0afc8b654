import { Route } from 'react-router';
import { SolutionOutlined } from '@ant-design/icons';
import { Guarded } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const VisitList = lazyPage(() => import('./list'), 'VisitList');
const VisitCounterPage = lazyPage(() => import('./new'), 'VisitCounterPage');
const VisitShow = lazyPage(() => import('./show'), 'VisitShow');

export const visitsFeature: WebFeature = {
  resource: () => ({
    name: 'visits',
    list: '/visits',
    create: '/visits/new',
    show: '/visits/:id',
    meta: { label: i18n.t('visits.menu'), icon: <SolutionOutlined /> },
  }),
  routes: (
    <Route path="/visits" element={<Guarded />}>
      <Route index element={<VisitList />} />
      <Route path="new" element={<VisitCounterPage />} />
      <Route path=":id" element={<VisitShow />} />
    </Route>
  ),
  counterActions: ['list', 'show', 'create'],
  // A visit changes only through the counter's own steps (complete, refuse, abort), never by editing.
  data: { list: api.visits.list, get: api.visits.get, create: api.visits.create },
};
