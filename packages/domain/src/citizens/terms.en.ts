import type { da } from './terms.js';

export const en: Record<keyof typeof da, string> = {
  'citizens.fields.id': 'No.',
  'citizens.fields.cpr': 'CPR number',
  'citizens.fields.cprPlaceholder': 'DDMMYY-XXXX',
  'citizens.fields.name': 'Name',
  'citizens.fields.hasFixedAddress': 'Has a fixed address in the civil registry',
  'citizens.fields.addressProtected': 'Name and address protection',
  'citizens.fields.address': 'Address',
  'citizens.fields.postalAddress': 'Postal address',
  'citizens.fields.addressStatus': 'Address status',
  'citizens.fields.phone': 'Phone',
  'citizens.fields.email': 'E-mail',
  'citizens.fields.guardianship': 'Guardianship',
  'citizens.fields.guardianName': "Guardian's name",
  'citizens.fields.notes': 'Notes',
  'citizens.fields.age': 'Age',
  'citizens.fields.birthDate': 'Date of birth',
  'citizens.fields.isSubstituteCpr': 'Substitute CPR number',
  'citizens.fields.createdAt': 'Created',
  'citizens.fields.updatedAt': 'Updated',

  // Its screens.
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

  // Why an input or an action is refused.
  'citizen.addressRequired': 'Enter the address from the civil registry.',
  'citizen.postalAddressRequired': 'The citizen has no fixed address: enter a postal address.',
  'citizen.guardianNameRequired': "Enter the guardian's name.",
  'citizen.cprTaken': 'A citizen with this CPR number already exists.',

  // Its audit entries.
  'audit.entity.citizen': 'Citizen',
};

