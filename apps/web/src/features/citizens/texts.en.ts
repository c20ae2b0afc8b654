import type { da } from './texts.da';

export const en: Record<keyof typeof da, string> = {
  'citizens.citizens': 'The citizen',
  'citizens.menu': 'Citizens',
  'citizens.list.title': 'Citizens',
  'citizens.show.title': 'Citizen',
  'citizens.show.failed': 'The citizen cannot be shown',
  'citizens.create.title': 'New citizen',
  'citizens.edit.title': 'Edit citizen',
  'citizens.search.label': 'Search by name or CPR number',
  'citizens.search.submit': 'Search',
  'citizens.addressProtected.help': "The address shows only on the citizen's own page, never in lists, exports, reports or letters.",
  'citizens.addressProtected.tag': 'Address protected',
  'citizens.age': '{{count}} years',
  'citizens.addressStatus.fixed': 'Fixed address',
  'citizens.addressStatus.postalOnly': 'Postal address only',
  'citizens.guardianship.none': 'None',
  'citizens.guardianship.guardianship': 'Guardianship',

  'citizens.show.newVisit': 'New visit for this citizen',
};
