/**
 * Every word about citizens, in Danish (English: `citizens.en.ts`, apart, so the browser's first load carries only
 * the Danish): the names of fields and values, which screens, letters and CSV files share; the screens' own texts;
 * why an input or an action is refused; what its audit entries are called.
 */
export const da = {
  'citizens.fields.id': 'Nr.',
  'citizens.fields.cpr': 'CPR-nummer',
  'citizens.fields.cprPlaceholder': 'DDMMÅÅ-XXXX',
  'citizens.fields.name': 'Navn',
  'citizens.fields.hasFixedAddress': 'Har fast adresse i folkeregistret',
  'citizens.fields.addressProtected': 'Navne- og adressebeskyttelse',
  'citizens.fields.address': 'Adresse',
  'citizens.fields.postalAddress': 'Postadresse',
  'citizens.fields.addressStatus': 'Adresseforhold',
  'citizens.fields.phone': 'Telefon',
  'citizens.fields.email': 'E-mail',
  'citizens.fields.guardianship': 'Værgemål',
  'citizens.fields.guardianName': 'Værgens navn',
  'citizens.fields.notes': 'Noter',
  'citizens.fields.age': 'Alder',
  'citizens.fields.birthDate': 'Fødselsdato',
  'citizens.fields.isSubstituteCpr': 'Erstatningspersonnummer',
  'citizens.fields.createdAt': 'Oprettet',
  'citizens.fields.updatedAt': 'Opdateret',

  // Its screens.
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

  // Why an input or an action is refused.
  'citizen.addressRequired': 'Skriv adressen fra folkeregistret.',
  'citizen.postalAddressRequired': 'Borgeren har ingen fast adresse: skriv en postadresse.',
  'citizen.guardianNameRequired': 'Skriv værgens navn.',
  'citizen.cprTaken': 'Der findes allerede en borger med dette CPR-nummer.',

  // Its audit entries.
  'audit.entity.citizen': 'Borger',
};
