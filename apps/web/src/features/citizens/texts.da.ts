/**
 * The citizen pages' texts in Danish, the default language (English: `texts.en.ts`, loaded when chosen). The names of
 * fields and values come from the domain's terms, shared with the server's letters and CSV files.
 */
export const da = {
  'citizens.citizens': 'Borgeren',
  'citizens.menu': 'Borgere',
  'citizens.list.title': 'Borgere',
  'citizens.show.title': 'Borger',
  'citizens.show.failed': 'Borgeren kan ikke vises',
  'citizens.create.title': 'Ny borger',
  'citizens.edit.title': 'Ret borger',
  'citizens.search.label': 'Søg på navn eller CPR-nummer',
  'citizens.search.submit': 'Søg',
  'citizens.addressProtected.help': 'Adressen vises kun på borgerens egen side, aldrig i lister, eksport, rapporter eller breve.',
  'citizens.addressProtected.tag': 'Adressebeskyttet',
  'citizens.age': '{{count}} år',
  'citizens.addressStatus.fixed': 'Fast adresse',
  'citizens.addressStatus.postalOnly': 'Kun postadresse',
  'citizens.guardianship.none': 'Ingen',
  'citizens.guardianship.guardianship': 'Værgemål',

  'citizens.show.newVisit': 'Ny betjening for denne borger',
};
