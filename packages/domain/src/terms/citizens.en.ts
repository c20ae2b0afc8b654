import type { da } from './citizens.js';

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
};

