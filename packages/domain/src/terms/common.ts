/** Names used by every screen, in screens and CSV files alike. */
const da = {
  'common.yes': 'Ja',
  'common.no': 'Nej',
};

const en: Record<keyof typeof da, string> = {
  'common.yes': 'Yes',
  'common.no': 'No',
};

export const commonTerms = { da, en };
