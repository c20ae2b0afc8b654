import { Route } from 'react-router';
import { StopOutlined } from '@ant-design/icons';
import { Guarded } from '../../components/Guarded';
import { i18n } from '../../i18n';
import { lazyPage } from '../../lazyPage';
import { api } from '../../api/client';
import type { WebFeature } from '../types';

const BlockCreate = lazyPage(() => import('./create'), 'BlockCreate');
const BlockList = lazyPage(() => import('./list'), 'BlockList');
const BlockShow = lazyPage(() => import('./show'), 'BlockShow');

export const blocksFeature: WebFeature = {
  resource: () => ({
    name: 'blocks',
    list: '/blocks',
    create: '/blocks/create',
    show: '/blocks/:id',
    meta: { label: i18n.t('blocks.menu'), icon: <StopOutlined /> },
  }),
  routes: (
    <Route path="/blocks" element={<Guarded />}>
      <Route index element={<BlockList />} />
      <Route path="create" element={<BlockCreate />} />
      <Route path=":id" element={<BlockShow />} />
    </Route>
  ),
  counterActions: ['list', 'show', 'create'],
  // A blocking request is a record of what was done; it is not edited afterwards.
  data: { list: api.blocks.list, get: api.blocks.get, create: api.blocks.create },
};
