/** Names used by every screen, in screens and CSV files alike. */
export const da = {
  'common.yes': 'Ja',
  'common.no': 'Nej',
};
