import type { da } from './common.js';

export const en: Record<keyof typeof da, string> = {
  'common.yes': 'Yes',
  'common.no': 'No',
};

