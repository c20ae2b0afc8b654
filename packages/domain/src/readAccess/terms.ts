/**
 * Every word about read accesses, in Danish (English: `readAccess.en.ts`, apart, so the browser's first load carries only
 * the Danish): the names of fields and values, which screens, letters and CSV files share; the screens' own texts;
 * why an input or an action is refused; what its audit entries are called.
 */
export const da = {
  'readAccess.fields.id': 'Nr.',
  'readAccess.fields.citizenId': 'Giverens borgernummer i Skranke',
  'readAccess.fields.createdAt': 'Oprettet',
  'readAccess.fields.activatedAt': 'Aktiveret',
  'readAccess.fields.revokedAt': 'Tilbagekaldt',
  'readAccess.fields.receiverName': 'Modtagerens navn',
  'readAccess.fields.receiverCpr': 'Modtagerens CPR-nummer',
  'readAccess.fields.rights': 'Rettigheder',
  'readAccess.fields.endsOn': 'Slutdato',
  'readAccess.fields.endsOnHint': 'Skriv datoen som dd.mm.åååå.',
  'readAccess.fields.status': 'Status',
  'readAccess.fields.visitId': 'Betjening, hvor giverens identitet er godkendt i dag',
  'readAccess.fields.powerOfAttorney': 'Fuldmagt foreligger',
  'readAccess.rights.read': 'Læse',
  'readAccess.rights.readWrite': 'Læse og skrive',
  'readAccess.status.requested': 'Anmodet',
  'readAccess.status.active': 'Aktiv',
  'readAccess.status.expired': 'Udløbet',
  'readAccess.status.revoked': 'Tilbagekaldt',

  // Its screens.
  'readAccess.readAccess': 'Læseadgangen',
  'readAccess.section': 'Læseadgange',
  'readAccess.create.title': 'Opret læseadgang',
  'readAccess.none': 'Borgeren har ingen læseadgange.',
  'readAccess.form.visitPlaceholder': 'Vælg betjening',
  'readAccess.form.noVisits': 'Borgeren har ingen godkendte betjeninger i dag.',
  'readAccess.form.visitOption': 'Betjening nr. {{id}} · {{service}}',
  'readAccess.form.giver': 'Giver: {{name}}, {{cpr}}',
  'readAccess.form.needsCitizen': 'Åbn borgeren, og vælg "Opret læseadgang" derfra.',
  'readAccess.activate': 'Aktivér',
  'readAccess.activateNamed': 'Aktivér læseadgang for {{name}}',
  'readAccess.revoke': 'Tilbagekald',
  'readAccess.revokeNamed': 'Tilbagekald læseadgang for {{name}}',
  'readAccess.revokeTitle': 'Tilbagekald læseadgang for {{name}}',
  'readAccess.reason': 'Begrundelse',
  'readAccess.done': 'Læseadgangen har nu status {{status}}.',
  'readAccess.backToCitizen': 'Til borgeren',

  // Why an input or an action is refused.
  'readAccess.identityRequired': 'Giverens identitet skal være godkendt i en betjening i dag, eller der skal foreligge en fuldmagt.',
  'readAccess.visitNotVerifiedToday': 'Betjeningen skal være giverens egen, godkendt i dag.',
  'readAccess.endInPast': 'Slutdatoen skal ligge efter i dag.',
  'readAccess.receiverIsGiver': 'Borgeren kan ikke give læseadgang til sig selv.',
  'readAccess.notRequested': 'Læseadgangen er allerede aktiveret eller tilbagekaldt.',
  'readAccess.notActive': 'Kun en aktiv læseadgang kan tilbagekaldes.',

  // Its audit entries.
  'audit.entity.readAccess': 'Læseadgang',
};
